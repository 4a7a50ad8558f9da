"""Right-to-left texts keep their Norwegian words, codes, numbers and placeholders whole and in order."""
from minplan.content.bidi import FSI, PDI, RLM, in_direction, isolate, isolate_ltr


def test_norwegian_word_in_brackets_is_isolated_inside_the_brackets():
    assert isolate_ltr("خطة الاندماج (integreringsplan).") == f"خطة الاندماج ({FSI}integreringsplan{PDI})."


def test_class_code_with_digits_and_letters_stays_one_piece():
    assert isolate_ltr("الرمز 7UH9XD الآن") == f"الرمز {FSI}7UH9XD{PDI} الآن"


def test_several_norwegian_words_with_inner_punctuation_are_one_piece():
    assert isolate_ltr("انظر (kap. 4, § 12)") == f"انظر ({FSI}kap. 4{PDI}, § {FSI}12{PDI})"


def test_placeholder_is_isolated_whole_so_the_value_put_in_later_is_too():
    text = isolate_ltr("مرحبا {nickname}!")
    assert text == f"مرحبا {FSI}{{nickname}}{PDI}!"
    assert text.format(nickname="Ali 2") == f"مرحبا {FSI}Ali 2{PDI}!"


def test_markdown_link_address_is_left_untouched():
    assert isolate_ltr("[klage](https://lovdata.no/x-1)") == f"[{FSI}klage{PDI}](https://lovdata.no/x-1)"


def test_markdown_marks_survive():
    assert isolate_ltr("- **klage**: اعتراض") == f"- **{FSI}klage{PDI}**: اعتراض"


def test_running_twice_changes_nothing_more():
    once = isolate_ltr("كلمة integreringsplan و 7UH9XD")
    assert isolate_ltr(once) == once


def test_left_to_right_languages_are_unchanged():
    assert in_direction("Planen (kap. 4) 7UH9XD", "ltr") == "Planen (kap. 4) 7UH9XD"


def test_right_to_left_languages_are_isolated_and_marked_right_to_left():
    assert in_direction("الرمز 7UH9XD", "rtl") == f"{RLM}الرمز {FSI}7UH9XD{PDI}"


def test_a_line_opening_with_a_norwegian_name_still_runs_right_to_left():
    assert in_direction("Ali لم يدرس.", "rtl") == f"{RLM}{FSI}Ali{PDI} لم يدرس."


def test_the_mark_goes_after_markdown_list_marks_on_every_line():
    assert in_direction("- klage: اعتراض\n2. Ali هنا", "rtl") == f"- {RLM}{FSI}klage{PDI}: اعتراض\n2. {RLM}{FSI}Ali{PDI} هنا"


def test_marking_twice_changes_nothing_more():
    once = in_direction("- Ali هنا", "rtl")
    assert in_direction(once, "rtl") == once


def test_norwegian_letters_are_latin_too():
    assert isolate_ltr("كلمة «sluttmål» و «videregående»") == f"كلمة «{FSI}sluttmål{PDI}» و «{FSI}videregående{PDI}»"


def test_isolate_wraps_one_piece():
    assert isolate("7UH9XD") == f"{FSI}7UH9XD{PDI}"
