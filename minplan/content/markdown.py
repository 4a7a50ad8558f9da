"""Show text typed by a user as plain text inside Markdown: no links, images or formatting."""
from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def escape_markdown(text: str) -> str:
    """Backslash every Markdown character, so user text cannot become a link, image or HTML."""
    return _SPECIAL.sub(r"\\\1", text)
