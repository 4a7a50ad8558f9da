"""What the benchmarks share: reading the join code off the teacher's board."""
from __future__ import annotations

import re

from streamlit.proto.WidgetStates_pb2 import WidgetState

ALL_LABEL = "Alle"
"""The start form's choice of every question of the source (views/classroom/teacher.py, «Hvor mange spørsmål?»)."""


def board_code(texts: list[str], label: str = "Koden er") -> str | None:
    """The join code on the teacher's board: the first code-shaped text that follows `label`
    (the board shows the label and the big code as two blocks)."""
    for before, text in zip(texts, texts[1:]):
        if before == label and re.fullmatch(r"[A-Z0-9]{8}", text):
            return text
    return None


def every_question(widget_id: str) -> WidgetState:
    """The start form's «Hvor mange spørsmål?» set to «Alle», as the browser sends it."""
    state = WidgetState(id=widget_id)
    state.string_array_value.data.append(ALL_LABEL)
    return state
