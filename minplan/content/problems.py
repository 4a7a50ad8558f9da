"""A problem found in a content file, as a value the CLI, the app and tests share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field as extra

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
"""Characters that could move a terminal's cursor, repaint a line or reorder what is shown."""


def printable(text: str) -> str:
    """`text` with control and direction characters written as escapes (\\x1b, \\u202e), shown, never obeyed."""
    return _UNPRINTABLE.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True)
class Said:
    """A message as interface keys (ui/*.yaml) and the values they hold, so a page can say it in the
    reader's languages while the CLI prints the English one; the keys' sentences are said one after another."""

    keys: tuple[str, ...]
    values: tuple[tuple[str, str], ...] = ()

    def then(self, key: str) -> Said:
        """The same message with one more sentence after it (e.g. «left out»)."""
        return Said(self.keys + (key,), self.values)


def said(*keys: str, **values: object) -> Said:
    """A Said from its keys and named values (numbers become text)."""
    return Said(keys, tuple((name, str(value)) for name, value in values.items()))


THE_FILE = said("giftwords.place_file")
"""Where a problem of the whole file is («filen»), for a page that says it in the reader's languages."""


class SaidError(ValueError):
    """A validator's refusal: its English words for `minplan check`, and the same message as interface keys
    (`said`), so a teacher's upload page says it in Norwegian and the support language."""

    def __init__(self, message: str, message_said: Said):
        super().__init__(message)
        self.said = message_said


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file: where it is and what to do about it, in plain words.

    `said` and `place` (optional) are the message and the field as interface keys, for a page that shows
    the problem in the reader's languages; they take no part in comparing or sorting problems."""

    file: str
    line: int
    field: str
    message: str
    said: Said | None = extra(default=None, compare=False)
    place: Said | None = extra(default=None, compare=False)

    def __str__(self) -> str:
        return printable(f"{self.file}:{self.line}: {self.field}: {self.message}")
