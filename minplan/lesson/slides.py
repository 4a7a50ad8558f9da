"""A lesson as projector slides, one idea per screen, built up one step at a time.

Built from the same Lesson the phone view shows, so there is no second copy of the content.
A position is one number (a step through all slides), which keeps it easy to put in the URL
and to move with a keyboard or a presentation clicker. Paragraphs build up on a slide as the key
points do: each step adds a paragraph (a long one is cut at sentences into a few parts) until the
slide holds about as much as the back row can read, so a lesson is about 15 steps, and the class
keeps the sentence before in view instead of seeing one sentence replace another.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from math import ceil
from dataclasses import dataclass, field
from typing import Literal

from minplan.content.models import Lesson, Table
from minplan.content.text import BASE_LANGUAGE, DatedText, has_translation

BLOCK = 480
"""At most about this many characters of Norwegian on one text slide (a single longer sentence is the exception).
With a support language every text is shown twice, so a slide then holds half as much Norwegian (a part of a
paragraph, and so a step, stays the same: the class sees the same steps, on more slides)."""

TABLE_LINES = 12
"""At most about this many lines of a fact table on one slide, its header and note included, so its type can stay large
enough for the back row (a line of table text is about 35 px high at 1280x720, 53 px at 1920x1080)."""

TABLE_LINE = 70
"""About this many characters of table text fill a line across the screen; a table's columns share it."""

NOTE_LINE = 85
"""About this many characters of a table's note fill a line (one text across the screen, without a cell's padding)."""

WORD_ROWS = 4
"""At most this many rows of word buttons on one slide (three across, two with a support language)."""

_SENTENCE_END = re.compile(r"[.!?\u061f\u1362\u1367\u2026]+[\"'\u00bb\u201d\u2019)\]]*\s+")
"""Full stop, question or exclamation mark (also Arabic ؟ and Ethiopic ። ፧), closing quotes, then a space."""

SlideKind = Literal["title", "points", "text", "ladder", "table", "example", "video", "question", "words"]


@dataclass(frozen=True)
class Slide:
    """One screen: what kind it is, and the texts it shows; `items` of a points slide appear one by one."""

    kind: SlideKind
    items: tuple[dict[str, str], ...] = field(default_factory=tuple)
    span: tuple[int, int] = (0, 0)
    """For a table or words slide: which of the table's rows, or of the lesson's words, it shows."""
    translated: bool = False
    """For a table slide: the same rows as the slide before, in the support language (two tables in one slide
    would not fit the screen)."""

    @property
    def steps(self) -> int:
        """How many presses of Neste (or the clicker) the slide takes: one per item of a slide that builds up,
        two for the question (the question, then its answer), else one."""
        if self.kind in BUILT_UP:
            return len(self.items)
        return 2 if self.kind == "question" else 1


BUILT_UP = ("points", "text", "example")
"""Kinds of slide whose items appear one per step, each added below the ones before."""


def build_slides(lesson: Lesson, support: str | None = None) -> list[Slide]:
    """The slides of a lesson, in teaching order; `support` the code of a language shown beside the Norwegian."""
    budget = BLOCK // 2 if support else BLOCK
    slides = [Slide("title", (lesson.title, lesson.goal))]
    slides += built_up("points", lesson.key_points, budget)
    slides += built_up("text", lesson.explanation, budget)
    if lesson.ladder:
        slides.append(Slide("ladder"))
    if lesson.table:
        slides += table_slides(lesson.table, support)
    slides += built_up("example", [lesson.example], budget)
    if lesson.video:
        slides.append(Slide("video"))
    across = word_columns(paired=support is not None)
    count = len(lesson.terms)
    slides += [Slide("words", span=span) for span in _spread(count, ceil(count / (across * WORD_ROWS)))]
    slides.append(Slide("question", (lesson.check.prompt,)))
    return slides


def word_columns(paired: bool) -> int:
    """Word buttons side by side: three, or two when each button names its word in two languages."""
    return 2 if paired else 3


def table_slides(table: Table, support: str | None) -> list[Slide]:
    """A fact table a few rows at a time, as many as fit the screen, its note counted as one more row (so it comes with
    the last rows, or alone after them); with a support language that has the whole table, each set of rows is shown
    in Norwegian and then in the support language."""
    codes = [BASE_LANGUAGE]
    if support and all(has_translation(cell, support) for row in [table.columns, *table.rows] for cell in row):
        codes.append(support)
    width = len(table.columns)

    def lines(cells: Sequence[dict[str, str]]) -> float:
        return 0.5 + max(ceil(len(cell.get(code, "")) * width / TABLE_LINE) for cell in cells for code in codes)

    # The header row, and on a support language's slide its caption under the Norwegian heading.
    head = lines(table.columns) + (1 + ceil(len(table.caption[codes[-1]]) / TABLE_LINE) if len(codes) > 1 else 0)
    costs = [lines(row) for row in table.rows]
    if table.note:
        costs.append(1 + max(ceil(len(table.note.get(code, "")) / NOTE_LINE) for code in codes))
    spans, start, used = [], 0, head
    for index, cost in enumerate(costs):
        if index > start and used + cost > TABLE_LINES:
            spans.append((start, index))
            start, used = index, head
        used += cost
    spans.append((start, len(costs)))
    return [Slide("table", span=span, translated=code != BASE_LANGUAGE) for span in spans for code in codes]


def built_up(kind: SlideKind, paragraphs: Sequence[dict[str, str]], budget: int = BLOCK) -> list[Slide]:
    """Slides that build up: one part of a paragraph per step, a new slide when the next would make the slide hold
    more than `budget` characters of Norwegian."""
    slides: list[Slide] = []
    block: list[dict[str, str]] = []
    for part in (part for paragraph in paragraphs for part in short_parts(paragraph)):
        if block and sum(len(shown[BASE_LANGUAGE]) for shown in block) + len(part[BASE_LANGUAGE]) > budget:
            slides.append(Slide(kind, tuple(block)))
            block = []
        block.append(part)
    return slides + ([Slide(kind, tuple(block))] if block else [])


_PARTS: dict[tuple[int, tuple[int, int]], tuple[Table, Table]] = {}
"""Each part of a table made once, so the Arrow table views/lesson/blocks.py keeps for it is made once too."""


def table_part(table: Table, span: tuple[int, int]) -> Table:
    """The rows of `table` one slide shows; the note counts as the row after the last."""
    kept = _PARTS.get((id(table), span))
    if kept is None or kept[0] is not table:
        start, end = span
        note = table.note if start <= len(table.rows) < end else None
        kept = _PARTS[(id(table), span)] = (table, table.model_copy(update={"rows": table.rows[start:end], "note": note}))
    return kept[1]


def sentences(text: str) -> list[str]:
    """The sentences of a text; a full stop before a small letter ("1. januar", "f.eks. du") ends none."""
    found, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        if text[end.end():end.end() + 1].islower():
            continue
        found.append(text[start:end.end()].strip())
        start = end.end()
    found.append(text[start:].strip())
    return [sentence for sentence in found if sentence]


def short_parts(text: dict[str, str]) -> list[dict[str, str]]:
    """A text cut into parts of at most BLOCK characters, cut at the same sentences in every language;
    each part keeps the text's dates, so a slide of a rule that ran out shows its notice too.

    A translation with another number of sentences than the Norwegian is spread evenly over the same
    number of parts, so every part still shows the support language beside its Norwegian.
    """
    norwegian = sentences(text[BASE_LANGUAGE])
    cuts = _groups([len(sentence) for sentence in norwegian])
    parts: list[dict[str, str]] = [{} for _ in cuts]
    for code, value in text.items():
        own = sentences(value)
        spans = cuts if len(own) == len(norwegian) else _spread(len(own), len(cuts))
        for part, (start, end) in zip(parts, spans):
            if own[start:end]:
                part[code] = " ".join(own[start:end])
    if isinstance(text, DatedText):
        return [DatedText(part, text.valid_from, text.valid_until, text.recheck) for part in parts]
    return parts


def _groups(lengths: Sequence[int]) -> list[tuple[int, int]]:
    """Spans of sentences for each part: a new part when the next sentence would make it longer than BLOCK."""
    spans: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(lengths) + 1):
        ends_here = index == len(lengths) or sum(lengths[start:index + 1]) > BLOCK
        if ends_here:
            spans.append((start, index))
            start = index
    return spans


def _spread(count: int, parts: int) -> list[tuple[int, int]]:
    return [(round(index * count / parts), round((index + 1) * count / parts)) for index in range(parts)]


@dataclass(frozen=True)
class Position:
    """Where the projector is: which slide, and how many of its points are shown."""

    slide: int
    shown: int
    step: int
    total: int


def locate(slides: list[Slide], step: int) -> Position:
    """The slide and reveal state for `step`, clamped to the deck (a tampered URL cannot break it)."""
    total = sum(slide.steps for slide in slides)
    step = min(max(step, 0), total - 1)
    remaining = step
    for index, slide in enumerate(slides):
        if remaining < slide.steps:
            return Position(slide=index, shown=remaining + 1, step=step, total=total)
        remaining -= slide.steps
    raise AssertionError("unreachable: step was clamped to the deck")
