"""Widgets whose JavaScript would break a phone page's 600 kB (issue 24) stay out of the views.

Streamlit loads a widget's code the first time a page shows one, even inside a closed expander.
`st.code` (and a fenced code block in markdown) pulls in its syntax highlighter with every Prism
language: 408 kB brotli, 1.5 MB unpacked. That made the quiz page in Arabic weigh 1 MB, for a
list of export problems in a closed fold for teachers; `st.text` shows the same lines, unrendered,
for 1 kB. The charts, tables and data frames below are of the same kind.
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = re.compile(r"\bst\.(code|json|dataframe|data_editor|altair_chart|vega_lite_chart|plotly_chart|pydeck_chart|"
                   r"map|line_chart|bar_chart|area_chart|scatter_chart|graphviz_chart|latex|pyplot|bokeh_chart)\(")
ALLOWED = {("views/classroom/board.py", "altair_chart")}
"""The teacher's board on a projector (wired network, one screen per class), not a participant's phone."""
FENCE = re.compile(r"^\s*(```|~~~)", re.MULTILINE)


def test_no_view_uses_a_widget_with_a_heavy_chunk():
    found = {(str(path.relative_to(ROOT)), match.group(1))
             for path in [*(ROOT / "views").rglob("*.py"), ROOT / "minplan_app.py"]
             for match in HEAVY.finditer(path.read_text(encoding="utf-8"))}
    assert found - ALLOWED == set(), "these widgets load hundreds of kB of JavaScript on a phone"


def test_no_text_has_a_fenced_code_block():
    """Markdown would draw it with the same syntax highlighter as st.code."""
    texts = [path for folder in ("lessons", "quizzes", "exercises", "local", "ui") for path in (ROOT / folder).rglob("*.yaml")]
    assert len(texts) > 10
    fenced = [str(path.relative_to(ROOT)) for path in texts if FENCE.search(path.read_text(encoding="utf-8"))]
    assert fenced == []
