"""Searching and ordering the glossary the way a Norwegian dictionary does (... x y z æ ø å), exact hits first.

A search ranks each term: the word itself (Norwegian or support language) typed exactly, then a word that
starts with the search, then a word that contains it, then a term whose explanation or example mentions it.
The page filters as the learner types with the same tiers: `search_fields` gives the browser the words and
the text it compares, so only the four comparisons are done there (views/content/glossary.py).
"""
from __future__ import annotations

from collections.abc import Iterable

from minplan.content.models import Term
from minplan.content.text import BASE_LANGUAGE, pick

_NORWEGIAN_ORDER = {"æ": "{", "ø": "|", "å": "}"}  # the three characters after z in ASCII


def norwegian_key(word: str) -> str:
    """A sort key that puts æ, ø and å after z, ignoring case."""
    return "".join(_NORWEGIAN_ORDER.get(char, char) for char in word.casefold())


def first_letter(term: Term) -> str:
    return term.word[BASE_LANGUAGE][:1].upper()


EXACT, PREFIX, IN_WORD, IN_TEXT = range(4)


def search_fields(term: Term, language: str = BASE_LANGUAGE) -> tuple[list[str], str]:
    """What a search compares, casefolded: the word in Norwegian and in `language`, and all its text."""
    words = list(dict.fromkeys([term.word[BASE_LANGUAGE].casefold(), pick(term.word, language).casefold()]))
    text = " ".join([*words, pick(term.explanation, language).casefold(), pick(term.example, language).casefold(),
                     term.explanation[BASE_LANGUAGE].casefold(), term.example[BASE_LANGUAGE].casefold()])
    return words, text


def rank(term: Term, query: str, language: str = BASE_LANGUAGE) -> int | None:
    """How well `term` answers `query` (EXACT best, IN_TEXT last), or None when it does not mention it."""
    needle = query.strip().casefold()
    words, text = search_fields(term, language)
    if needle in words:
        return EXACT
    if any(word.startswith(needle) for word in words):
        return PREFIX
    if any(needle in word for word in words):
        return IN_WORD
    return IN_TEXT if needle in text else None


def search_terms(terms: Iterable[Term], query: str, language: str = BASE_LANGUAGE) -> list[Term]:
    """Terms that mention `query`, best hits first (see `rank`), each tier in Norwegian alphabetical order."""
    ranked = [(tier, term) for term in terms if (tier := rank(term, query, language)) is not None]
    return [term for _, term in sorted(ranked, key=lambda pair: (pair[0], norwegian_key(pair[1].word[BASE_LANGUAGE])))]
