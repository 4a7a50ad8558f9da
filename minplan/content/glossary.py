"""Searching and ordering the glossary the way a Norwegian dictionary does (... x y z æ ø å)."""
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


def search_terms(terms: Iterable[Term], query: str, language: str = BASE_LANGUAGE) -> list[Term]:
    """Terms that mention `query`: those whose word matches first, each group alphabetical."""
    needle = query.strip().casefold()
    found = []
    for term in terms:
        haystack = " ".join(
            [term.word[BASE_LANGUAGE], pick(term.word, language), pick(term.explanation, language), pick(term.example, language)]
        ).casefold()
        if needle in haystack:
            found.append(term)
    return sorted(found, key=lambda term: (needle not in term.word[BASE_LANGUAGE].casefold(), norwegian_key(term.word[BASE_LANGUAGE])))
