"""Matching a browser's language to a support language, so the app can suggest it.

A phone says its language as a tag (fa-IR, fa-AF, uk-UA, nb-NO); each language in ui/languages.yaml
lists under `voices` the tags that mean it. Many Afghan participants' phones say Persian (fa, fa-IR),
so Dari lists fa as well as fa-AF: the list is data, not a table in code.
"""
from __future__ import annotations

from collections.abc import Iterable

from minplan.content.models import Language
from minplan.content.text import BASE_LANGUAGE


def _tag(text: str) -> str:
    return text.strip().lower().replace("_", "-")


def suggest_language(locale: str | None, languages: Iterable[Language]) -> str | None:
    """The support language whose tags match `locale` (e.g. "uk-UA" gives "uk", "fa-IR" gives "prs"), or None.

    The whole tag is tried first (fa-AF), then its language alone (fa); Norwegian is never suggested."""
    tag = _tag(locale or "")
    if not tag:
        return None
    for wanted in (tag, tag.split("-")[0]):
        for language in languages:
            if wanted in {_tag(voice) for voice in [language.code, *language.voices]}:
                return language.code if language.code != BASE_LANGUAGE else None
    return None
