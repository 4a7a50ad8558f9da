"""Matching a browser's language to a support language, so the app can suggest it."""
from __future__ import annotations

from collections.abc import Iterable

from minplan.content.text import BASE_LANGUAGE

_ALIASES = {"fa-af": "prs", "nb-no": "nb", "no": "nb", "nn": "nb"}
"""Browsers say fa-AF for Dari and no/nn for Norwegian; our codes are prs and nb."""


def suggest_language(locale: str | None, support_codes: Iterable[str]) -> str | None:
    """The support language that matches `locale` (e.g. "uk-UA" gives "uk"), or None."""
    tag = (locale or "").strip().lower().replace("_", "-")
    code = _ALIASES.get(tag) or _ALIASES.get(tag.split("-")[0]) or tag.split("-")[0]
    return code if code in set(support_codes) and code != BASE_LANGUAGE else None
