"""Where the printed lesson's Norwegian column ends on the page, so pdftotext can read each column alone.

The support column is wider when its texts run longer (minplan/exchange/handout.py, support_share); the
boundary is the middle of the gap between the columns, in PDF points on an A4 page.
"""
from __future__ import annotations

import subprocess

from minplan.exchange.handout import GAP_MM, MARGIN_MM, support_share

A4 = (595.28, 841.89)
POINTS_PER_MM = 72 / 25.4


def boundary(lesson, language: str) -> float:
    """The x (pt) of the middle of the gap between the Norwegian and the support column."""
    side, gap = MARGIN_MM[1] * POINTS_PER_MM, GAP_MM * POINTS_PER_MM
    columns = A4[0] - 2 * side - gap
    return side + columns * (1 - support_share(lesson, language)) + gap / 2


def column_text(pdf: bytes, lesson, language: str, right: bool) -> str:
    """The text of the Norwegian (left) or support (right) column of every page, page after page."""
    split = round(boundary(lesson, language))
    x, width = (split, round(A4[0]) - split) if right else (0, split)
    return subprocess.run(["pdftotext", "-x", str(x), "-y", "0", "-W", str(width), "-H", str(round(A4[1])), "-", "-"],
                          input=pdf, capture_output=True, check=True).stdout.decode()
