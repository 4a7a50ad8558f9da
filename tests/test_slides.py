"""Projector slides come from the lesson itself, and every step of the deck can be reached and no further."""
from __future__ import annotations

import pytest

from minplan.content.loader import load_content
from minplan.lesson.slides import build_slides, locate

LESSONS = load_content().lessons


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_slides_cover_the_whole_lesson(lesson):
    slides = build_slides(lesson)
    kinds = [slide.kind for slide in slides]
    assert kinds[0] == "title" and kinds[-1] == "question"
    assert sum(1 for kind in kinds if kind == "text") == len(lesson.explanation)
    assert ("ladder" in kinds) == bool(lesson.ladder) and ("table" in kinds) == bool(lesson.table)
    points = next(slide for slide in slides if slide.kind == "points")
    assert list(points.items) == list(lesson.key_points)


def test_key_points_are_revealed_one_step_at_a_time():
    slides = build_slides(LESSONS[0])
    points = len(LESSONS[0].key_points)
    shown = [locate(slides, step).shown for step in range(1, 1 + points)]
    assert shown == list(range(1, points + 1))
    assert locate(slides, 1 + points).slide == 2


def test_positions_are_clamped_to_the_deck():
    slides = build_slides(LESSONS[0])
    last = locate(slides, 10_000)
    assert last.step == last.total - 1 and last.slide == len(slides) - 1
    assert locate(slides, -5).step == 0
