"""Draw a goal ladder (programme start, sub-goals in time, end goal) as an SVG picture.

Vertical, so it fits a phone; the viewBox scales it up for a projector.
Labels come from content or from a participant's typing, so they are escaped.
In a right-to-left language the picture is mirrored: the line near the right edge, labels running
leftwards from it and dates to its right, so no label sits on a dot or is cut at the left edge.
"""
from __future__ import annotations

from dataclasses import dataclass
from textwrap import wrap
from xml.sax.saxutils import escape

WIDTH = 360
ROW = 64
TOP = 24
LINE_CHARS = 24
LINE_X = 92


@dataclass(frozen=True)
class Rung:
    """One step on the ladder: what to reach, and when (free text such as "år 1" or "2027-03")."""

    label: str
    when: str = ""


def ladder_svg(start: str | Rung, steps: list[Rung], end: str | Rung, title: str, direction: str = "ltr") -> str:
    """An SVG of start → steps → end, top to bottom, with `title` for screen readers.

    Start and end may carry a date too (a Rung), like the seed's welder ladder (01.01.21 … 01.01.23).
    `direction` "rtl" mirrors it for Arabic and Dari.
    """
    rungs = [_rung(start)] + list(steps) + [_rung(end)]
    height = TOP * 2 + ROW * (len(rungs) - 1) + 24
    rtl = direction == "rtl"
    x = WIDTH - LINE_X if rtl else LINE_X
    side = -1 if rtl else 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'role="img" aria-label="{escape(title, {chr(34): "&quot;"})}" font-family="sans-serif" '
        f'direction="{"rtl" if rtl else "ltr"}">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{x}" y1="{TOP}" x2="{x}" y2="{TOP + ROW * (len(rungs) - 1)}" stroke="#1d4f91" stroke-width="4"/>',
    ]
    for index, rung in enumerate(rungs):
        y = TOP + ROW * index
        last = index == len(rungs) - 1
        first = index == 0
        fill = "#1d4f91" if first or last else "#ffffff"
        radius = 13 if first or last else 10
        parts.append(f'<circle cx="{x}" cy="{y}" r="{radius}" fill="{fill}" stroke="#1d4f91" stroke-width="4"/>')
        lines = _two_lines(rung.label)
        weight = "bold" if first or last else "normal"
        for line_number, line in enumerate(lines):
            parts.append(
                f'<text x="{x + side * 28}" y="{y + 6 + line_number * 19}" font-size="17" font-weight="{weight}" '
                f'fill="#14171a">{escape(line)}</text>'
            )
        if rung.when:
            parts.append(
                f'<text x="{x - side * 20}" y="{y + 5}" font-size="14" text-anchor="end" fill="#3d4651">{escape(rung.when)}</text>'
            )
    parts.append("</svg>")
    return "\n".join(parts)


def _rung(rung: str | Rung) -> Rung:
    return rung if isinstance(rung, Rung) else Rung(rung)


def _two_lines(label: str) -> list[str]:
    """At most two lines; a longer label ends in an ellipsis so nothing is cut off silently."""
    lines = wrap(label, LINE_CHARS) or [""]
    if len(lines) <= 2:
        return lines
    return [lines[0], lines[1][: LINE_CHARS - 1].rstrip() + "…"]
