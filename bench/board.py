"""What the benchmarks share: reading the join code off the teacher's board."""
from __future__ import annotations

import re


def board_code(texts: list[str], label: str = "Koden er") -> str | None:
    """The join code on the teacher's board: the first code-shaped text that follows `label`
    (the board shows the label and the big code as two blocks)."""
    for before, text in zip(texts, texts[1:]):
        if before == label and re.fullmatch(r"[A-Z0-9]{8}", text):
            return text
    return None
