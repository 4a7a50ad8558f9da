"""Soft hyphens in long Norwegian words, so a narrow table cell on a phone breaks "videre-gående"
with a hyphen at a syllable instead of cutting the word anywhere ("videregåen de").

Browsers on Linux and many Android phones have no Norwegian hyphenation of their own (CSS
`hyphens: auto` needs it), so the break points are put into the text: invisible U+00AD, shown
as a hyphen only where the line breaks. Pyphen carries LibreOffice's Norwegian patterns.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pyphen

SOFT_HYPHEN = "\u00ad"
MIN_LENGTH = 8
_WORD = re.compile(rf"[A-Za-zÆØÅæøåÀ-ÿ]{{{MIN_LENGTH},}}")


@lru_cache(maxsize=4)
def _dictionary(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=language, left=3, right=3)


def soft_hyphens(text: str, language: str = "nb") -> str:
    """`text` with soft hyphens at the syllable breaks of every word of eight letters or more."""
    dictionary = _dictionary(language)
    return _WORD.sub(lambda word: dictionary.inserted(word.group(0), hyphen=SOFT_HYPHEN), text)
