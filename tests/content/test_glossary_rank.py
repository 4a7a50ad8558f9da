"""Glossary search ranks exact words first, then words that start with the search, then words that contain
it, then explanations, in either language (minplan/content/glossary.py; newcomer walk, finding 13)."""
from __future__ import annotations

from minplan.catalogue import load_content
from minplan.content.glossary import EXACT, IN_TEXT, IN_WORD, PREFIX, rank, search_terms

TERMS = list(load_content().glossary.values())
KLAGE = next(term for term in TERMS if term.word["nb"] == "klage")


def words(query: str, language: str) -> list[str]:
    return [term.word["nb"] for term in search_terms(TERMS, query, language)]


def test_the_exact_norwegian_word_comes_first():
    assert words("klage", "nb")[0] == "klage"
    assert words("  KLAGE ", "ar")[0] == "klage"


def test_the_exact_support_language_word_comes_first_in_arabic_dari_and_tigrinya():
    for language in ("ar", "prs", "ti"):
        assert words(KLAGE.word[language], language)[0] == "klage", language


def test_tiers_exact_prefix_in_word_in_text():
    assert rank(KLAGE, "klage") == EXACT
    assert rank(KLAGE, "kla") == PREFIX
    assert rank(KLAGE, "lage") == IN_WORD
    frist = next(term for term in TERMS if term.word["nb"] == "klagefrist")
    assert rank(frist, "klage") == PREFIX
    assert rank(KLAGE, "zzzz") is None
    assert rank(KLAGE, "hiwet") == IN_TEXT


def test_prefix_hits_come_before_words_that_only_mention_it():
    found = words("klage", "nb")
    assert found.index("klagefrist") < found.index("begrunnelse")
