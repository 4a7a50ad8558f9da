"""A lesson as projector slides, one idea per screen, key points revealed one step at a time.

Built from the same Lesson the phone view shows, so there is no second copy of the content.
A position is one number (a step through all slides), which keeps it easy to put in the URL
and to move with a keyboard or a presentation clicker.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from minplan.content.models import Lesson

SlideKind = Literal["title", "points", "text", "ladder", "table", "example", "video", "question", "words"]


@dataclass(frozen=True)
class Slide:
    """One screen: what kind it is, and the texts it shows; `items` of a points slide appear one by one."""

    kind: SlideKind
    items: tuple[dict[str, str], ...] = field(default_factory=tuple)

    @property
    def steps(self) -> int:
        return len(self.items) if self.kind == "points" else 1


def build_slides(lesson: Lesson) -> list[Slide]:
    """The slides of a lesson, in teaching order."""
    slides = [Slide("title", (lesson.title, lesson.goal)), Slide("points", tuple(lesson.key_points))]
    slides += [Slide("text", (paragraph,)) for paragraph in lesson.explanation]
    if lesson.ladder:
        slides.append(Slide("ladder"))
    if lesson.table:
        slides.append(Slide("table"))
    slides.append(Slide("example", (lesson.example,)))
    if lesson.video:
        slides.append(Slide("video"))
    slides.append(Slide("words"))
    slides.append(Slide("question", (lesson.check.prompt,)))
    return slides


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
