"""Texts keyed by language code: `nb` always, support languages when they exist."""
from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

BASE_LANGUAGE = "nb"
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")

LanguageCode = Annotated[str, StringConstraints(pattern=_LANGUAGE_CODE.pattern)]
"""A language code such as nb, en, uk, ar, ti, prs or so."""


_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""Embedding, override and isolate controls: they can reorder what a reader sees; the app isolates text itself."""
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Terminal and other control characters; a text holds letters, spaces, tabs and line breaks."""
_BLANK_MARKS = {"\u2800", "\u3164", "\u115f", "\u1160", "\uffa0"}
"""Characters that look like nothing but are not spaces (Braille blank, Hangul fillers)."""


def _looks_blank(text: str) -> bool:
    """True when nothing visible is left once spaces, format characters (U+200B, U+FEFF …) and fillers go."""
    return all(char.isspace() or char in _BLANK_MARKS or unicodedata.category(char) == "Cf" for char in text)


def _check_text(value: dict[str, str]) -> dict[str, str]:
    for code, text in value.items():
        if not _LANGUAGE_CODE.match(code):
            raise ValueError(f"'{code}' is not a language code (use two or three small letters, like nb, en, uk)")
        if _looks_blank(text):
            raise ValueError(f"the '{code}' text is empty")
        if found := _BIDI_CONTROLS.search(text) or _CONTROLS.search(text):
            raise ValueError(f"the '{code}' text holds an invisible control character (U+{ord(found.group()):04X}); remove it")
    if BASE_LANGUAGE not in value:
        raise ValueError("the Norwegian text (nb) is missing; every text needs nb first")
    return value


Text = Annotated[dict[str, str], AfterValidator(_check_text)]
"""A human-readable text: a mapping from language code to the text in that language."""


def pick(text: dict[str, str], language: str) -> str:
    """The text in `language`, or the Norwegian text when that translation is missing."""
    return text.get(language) or text[BASE_LANGUAGE]


def has_translation(text: dict[str, str], language: str) -> bool:
    """True when `text` exists in `language` itself rather than by falling back to nb."""
    return bool(text.get(language))
