"""Draw a goal ladder (programme start, sub-goals in time, end goal) as an SVG picture.

Vertical, so it fits a phone; lying down (`timeline_svg`) for a classroom screen, which is wide and low:
standing, the picture would be taller than the screen.
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
        lines = _lines(rung.label, LINE_CHARS, 2)
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


ACROSS = 1200
"""The width of a lying ladder's picture; each rung gets an equal column of it, its label wrapped below the dot."""
ACROSS_FONT = 30
ACROSS_LINES = 4


def timeline_svg(start: str | Rung, steps: list[Rung], end: str | Rung, title: str) -> str:
    """The same ladder lying down, start at the left: the dates above the line, each label below its dot.

    A label wraps within its column, at most ACROSS_LINES lines; one word longer than the column makes that
    label's type smaller rather than run into its neighbour.
    """
    rungs = [_rung(start)] + list(steps) + [_rung(end)]
    column = ACROSS / len(rungs)
    chars = max(int(column / (ACROSS_FONT * 0.55)), 4)
    labels = [_lines(rung.label, chars, ACROSS_LINES, whole_words=True) for rung in rungs]
    middle = 64
    height = middle + 52 + ACROSS_FONT * 1.2 * max(map(len, labels)) + 8
    first, last = column / 2, ACROSS - column / 2
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {ACROSS} {height:.0f}" width="100%" '
        f'role="img" aria-label="{escape(title, {chr(34): "&quot;"})}" font-family="sans-serif">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{first:.0f}" y1="{middle}" x2="{last:.0f}" y2="{middle}" stroke="#1d4f91" stroke-width="6"/>',
    ]
    for index, (rung, lines) in enumerate(zip(rungs, labels)):
        x = column * (index + 0.5)
        ends = index in (0, len(rungs) - 1)
        parts.append(f'<circle cx="{x:.0f}" cy="{middle}" r="{20 if ends else 15}" fill="{"#1d4f91" if ends else "#ffffff"}" '
                     'stroke="#1d4f91" stroke-width="6"/>')
        if rung.when:
            parts.append(f'<text x="{x:.0f}" y="{middle - 30}" font-size="{ACROSS_FONT * 0.8:.0f}" text-anchor="middle" '
                         f'fill="#3d4651">{escape(rung.when)}</text>')
        longest = max((len(word) for line in lines for word in line.split()), default=1)
        size = min(ACROSS_FONT, (column - 8) / (0.55 * longest))
        for number, line in enumerate(lines):
            parts.append(f'<text x="{x:.0f}" y="{middle + 52 + number * ACROSS_FONT * 1.2:.0f}" font-size="{size:.0f}" '
                         f'text-anchor="middle" font-weight="{"bold" if ends else "normal"}" fill="#14171a">{escape(line)}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _rung(rung: str | Rung) -> Rung:
    return rung if isinstance(rung, Rung) else Rung(rung)


def _lines(label: str, chars: int, most: int, whole_words: bool = False) -> list[str]:
    """At most `most` lines of about `chars`; a longer label ends in an ellipsis so nothing is cut off silently.
    `whole_words` keeps a long word whole (the picture then makes its type smaller)."""
    lines = wrap(label, chars, break_long_words=not whole_words) or [""]
    if len(lines) <= most:
        return lines
    return lines[: most - 1] + [lines[most - 1][: chars - 1].rstrip() + "…"]
