"""Long Norwegian words get soft hyphens at syllables, so narrow table cells break them with a hyphen."""
from minplan.content.hyphens import SOFT_HYPHEN, soft_hyphens


def test_long_word_gets_soft_hyphens_between_syllables():
    hyphenated = soft_hyphens("videregående")
    assert hyphenated.replace(SOFT_HYPHEN, "") == "videregående"
    assert SOFT_HYPHEN in hyphenated
    assert all(len(part) >= 2 for part in hyphenated.split(SOFT_HYPHEN))


def test_short_words_and_spaces_are_left_alone():
    assert soft_hyphens("Du og NAV lager planen") == "Du og NAV lager planen"


def test_each_word_of_a_sentence_is_hyphenated_on_its_own():
    hyphenated = soft_hyphens("Introduksjonsprogrammet og integreringsplanen")
    assert hyphenated.replace(SOFT_HYPHEN, "") == "Introduksjonsprogrammet og integreringsplanen"
    assert " og " in hyphenated and hyphenated.count(SOFT_HYPHEN) >= 4
