"""A problem found in a content file, as a value the CLI, the app and tests share."""
from __future__ import annotations

import re
from dataclasses import dataclass

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
"""Characters that could move a terminal's cursor, repaint a line or reorder what is shown."""


def printable(text: str) -> str:
    """`text` with control and direction characters written as escapes (\\x1b, \\u202e), shown, never obeyed."""
    return _UNPRINTABLE.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file: where it is and what to do about it, in plain words."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return printable(f"{self.file}:{self.line}: {self.field}: {self.message}")
