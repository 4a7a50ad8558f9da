"""Texts keyed by language code: `nb` always, support languages when they exist."""
from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

BASE_LANGUAGE = "nb"
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")

LanguageCode = Annotated[str, StringConstraints(pattern=_LANGUAGE_CODE.pattern)]
"""A language code such as nb, en, uk, ar, ti, prs or so."""


def _check_text(value: dict[str, str]) -> dict[str, str]:
    for code, text in value.items():
        if not _LANGUAGE_CODE.match(code):
            raise ValueError(f"'{code}' is not a language code (use two or three small letters, like nb, en, uk)")
        if not text.strip():
            raise ValueError(f"the '{code}' text is empty")
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
