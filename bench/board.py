"""What the benchmarks share: the class pages' Norwegian words they wait for, and reading the join code off the board.

The benches drive the class over Streamlit's websocket and wait for these words; tests/classroom/test_pages.py
runs the pages and finds each of them, so a changed word fails there at once, not as a bench waiting out its time."""
from __future__ import annotations

import re

from streamlit.proto.WidgetStates_pb2 import WidgetState

ALL_LABEL = "Alle"
"""The start form's choice of every question of the source (views/classroom/teacher.py, «Hvor mange spørsmål?»)."""
LESSONS_SOURCE = "Kontrollspørsmålene"
"""How the start form's choice of the lessons' check questions begins."""
JOINED = re.compile(r"^(\d+) er med")
"""The lobby's count of phones that joined."""
COUNT = re.compile(r"(\d+) av (\d+) har svart")
"""The open question's count of answers."""
SENT_TEXT = "Svaret ditt er sendt"
"""What a phone shows once its answer has reached the class."""
RIGHT_ANSWER = "Riktig svar"
"""What the board shows once a question's answers are revealed (views/classroom/board.py, answers_chart)."""
RESULTS = "Resultatet for klassen"
"""The heading of the class's results."""


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
