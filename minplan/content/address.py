"""Numbers read from a page's address (URL), which anyone can edit.

`str.isdigit` accepts «²» and «٣», which `int` refuses, and `int` takes its time over
thousands of digits; so only short runs of ASCII digits count as numbers here.
"""
from __future__ import annotations

import re

MAX_DIGITS = 9
_DIGITS = re.compile(rf"[0-9]{{1,{MAX_DIGITS}}}")


def address_number(raw: object, below: int) -> int | None:
    """The whole number in `raw` when it is 0 ≤ n < `below` written in ASCII digits, else None."""
    text = raw if isinstance(raw, str) else ""
    if not _DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if value < below else None
