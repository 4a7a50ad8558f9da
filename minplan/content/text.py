"""Texts keyed by language code: `nb` always, support languages when they exist.

A text that states a rule with a known start or end may also carry `valid_from`, `valid_until` (ISO dates)
and `recheck` (a Norwegian note for editors). They are read off into attributes of a `DatedText`, so every
other reader (translations, terms, LIX, exports, views) still sees a mapping of language codes only.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Any

from pydantic import AfterValidator, StringConstraints, ValidatorFunctionWrapHandler, WrapValidator
from pydantic_core import PydanticCustomError

from minplan.content.problems import SaidError, said

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
            raise SaidError(f"'{code}' is not a language code (use two or three small letters, like nb, en, uk)",
                            said("yamlwords.language_code", code=code))
        if _looks_blank(text):
            raise SaidError(f"the '{code}' text is empty", said("yamlwords.text_empty", code=code))
        if found := _BIDI_CONTROLS.search(text) or _CONTROLS.search(text):
            mark = f"U+{ord(found.group()):04X}"
            raise SaidError(f"the '{code}' text holds an invisible control character ({mark}); remove it",
                            said("yamlwords.text_control", code=code, mark=mark))
    if BASE_LANGUAGE not in value:
        raise SaidError("the Norwegian text (nb) is missing; every text needs nb first", said("yamlwords.text_no_nb"))
    return value


DATE_KEYS = ("valid_from", "valid_until", "recheck")
"""The keys a text, a quiz question or a lesson may carry beside its language codes: when its rule holds."""


class DatedText(dict):
    """A text by language code, with the dates of the rule it states (None when it states none)."""

    __slots__ = ("valid_from", "valid_until", "recheck")

    def __init__(self, texts: dict[str, str], valid_from: dt.date | None = None,
                 valid_until: dt.date | None = None, recheck: str | None = None):
        super().__init__(texts)
        self.valid_from, self.valid_until, self.recheck = valid_from, valid_until, recheck

    def __reduce__(self):
        return (DatedText, (dict(self), self.valid_from, self.valid_until, self.recheck))


def parse_date(value: Any) -> dt.date | None:
    """`value` as a date (YAML reads 2026-07-01 as one; a quoted "2026-07-01" is accepted too), else None."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def date_value(key: str, value: Any) -> dt.date:
    """`value` as a date, or a `text_date` error naming `key`, so the problem points at that line."""
    found = parse_date(value)
    if found is not None:
        return found
    raise PydanticCustomError("text_date", "'{value}' is not a date; write it like 2026-07-01",
                              {"key": key, "value": str(value), "said": said("yamlwords.not_a_date", value=value)})


def check_dates(valid_from: dt.date | None, valid_until: dt.date | None, recheck: Any) -> None:
    """Refuse an end before the start, or a re-check note that is not a line of text."""
    if valid_from and valid_until and valid_until < valid_from:
        until, start = valid_until.isoformat(), valid_from.isoformat()
        raise PydanticCustomError("text_date", "valid_until ({until}) comes before valid_from ({start})",
                                  {"key": "valid_until", "until": until, "start": start,
                                   "said": said("yamlwords.ends_before_start", until=until, start=start)})
    if recheck is not None and (not isinstance(recheck, str) or not recheck.strip()):
        raise PydanticCustomError("text_date", "must be a note in Norwegian on what to re-check",
                                  {"key": "recheck", "said": said("yamlwords.recheck")})


def _with_dates(value: Any, handler: ValidatorFunctionWrapHandler) -> DatedText:
    """Read `valid_from`, `valid_until` and `recheck` off a text, validate the rest as languages."""
    if not isinstance(value, dict):
        return DatedText(handler(value))
    found = {key: value[key] for key in DATE_KEYS if key in value}
    languages = handler({key: text for key, text in value.items() if key not in DATE_KEYS})
    valid_from = date_value("valid_from", found["valid_from"]) if "valid_from" in found else None
    valid_until = date_value("valid_until", found["valid_until"]) if "valid_until" in found else None
    check_dates(valid_from, valid_until, found.get("recheck"))
    return DatedText(languages, valid_from, valid_until, found.get("recheck"))


Text = Annotated[dict[str, str], AfterValidator(_check_text), WrapValidator(_with_dates)]
"""A human-readable text: a mapping from language code to the text in that language (a DatedText)."""


def language_part(node: Any) -> dict[str, str] | None:
    """For raw YAML data: the languages of a text mapping without its date keys; None when `node` is no text."""
    if not isinstance(node, dict) or BASE_LANGUAGE not in node:
        return None
    languages = {key: value for key, value in node.items() if key not in DATE_KEYS}
    return languages if all(isinstance(value, str) for value in languages.values()) else None


def pick(text: dict[str, str], language: str) -> str:
    """The text in `language`, or the Norwegian text when that translation is missing."""
    return text.get(language) or text[BASE_LANGUAGE]


def has_translation(text: dict[str, str], language: str) -> bool:
    """True when `text` exists in `language` itself rather than by falling back to nb."""
    return bool(text.get(language))
