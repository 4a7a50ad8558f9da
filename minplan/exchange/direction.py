"""Right to left in other tools: an Arabic or Dari text that begins with a Latin word gets a RIGHT-TO-LEFT MARK.

Moodle, itslearning, Kahoot, Quizlet and Anki take a paragraph's direction from its first strong letter, so
«Samira تحب …» or «NAV مكتب …» would be laid out left to right there, with the name and the full stop at the
wrong end. The app does this itself (minplan/content/bidi.py); these files leave the app, so the mark goes
into the text. Other texts are exported unchanged.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from minplan.content.bidi import RLM
from minplan.content.kinds import KINDS as GROUND_KINDS
from minplan.content.loader import Catalogue, content_root

_STARTS_LATIN = re.compile(r"^[\W\d_]*[A-Za-z\u00c0-\u024f]")


def in_tool_direction(text: str, language: str) -> str:
    """`text` (in `language`) with a leading RLM when the language is written right to left and the text's
    first letter is Latin."""
    if language in _right_to_left(content_root()) and _STARTS_LATIN.match(text) and not text.startswith(RLM):
        return RLM + text
    return text


@cache
def _right_to_left(root: Path) -> frozenset[str]:
    languages = Catalogue(tuple(kind for kind in GROUND_KINDS if kind.name == "languages")).load(root).languages
    return frozenset(language.code for language in languages if language.direction == "rtl")
