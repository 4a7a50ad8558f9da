"""Projector slides come from the lesson itself, and every step of the deck can be reached and no further."""
from __future__ import annotations

import pytest

from minplan.catalogue import load_content
from minplan.lesson.slides import MAX_SENTENCES, TABLE_ROWS, build_slides, locate, sentences, short_parts, table_part

LESSONS = load_content().lessons


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_slides_cover_the_whole_lesson(lesson):
    slides = build_slides(lesson)
    kinds = [slide.kind for slide in slides]
    assert kinds[0] == "title" and kinds[-1] == "question"
    text = [slide.items[0] for slide in slides if slide.kind == "text"]
    assert " ".join(part["nb"] for part in text) == " ".join(" ".join(sentences(p["nb"])) for p in lesson.explanation)
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


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_a_text_slide_holds_at_most_two_sentences_in_every_language(lesson):
    for slide in build_slides(lesson):
        if slide.kind in ("text", "example"):
            part = slide.items[0]
            assert len(sentences(part["nb"])) <= MAX_SENTENCES, part["nb"]
            assert set(part) == set(lesson.explanation[0]), "every language is on every part"


def test_a_long_paragraph_is_cut_at_the_same_sentences_in_every_language():
    text = {"nb": "Du har en plan. Den er din. Kommunen lager den med deg. Du kan klage.",
            "ar": "لديك خطة. إنها لك. البلدية تضعها معك. يمكنك أن تعترض.",
            "ti": "ሓደ መደብ ኣለኩም። ናትኩም እዩ። ምምሕዳር ምሳኹም ይሰርሖ። ክትከስሱ ትኽእሉ።"}
    parts = short_parts(text)
    assert [part["nb"] for part in parts] == ["Du har en plan. Den er din.", "Kommunen lager den med deg. Du kan klage."]
    assert [part["ar"] for part in parts] == ["لديك خطة. إنها لك.", "البلدية تضعها معك. يمكنك أن تعترض."]
    assert [part["ti"] for part in parts] == ["ሓደ መደብ ኣለኩም። ናትኩም እዩ።", "ምምሕዳር ምሳኹም ይሰርሖ። ክትከስሱ ትኽእሉ።"]


def test_a_date_or_an_abbreviation_does_not_end_a_sentence():
    assert sentences("Reglene gjelder fra 1. januar 2026. Spør f.eks. læreren.") == \
        ["Reglene gjelder fra 1. januar 2026.", "Spør f.eks. læreren."]
    assert sentences("Han sa «Ja.» Så gikk han.") == ["Han sa «Ja.»", "Så gikk han."]


def test_two_long_sentences_get_a_slide_each():
    long = "Dette er en lang setning som handler om planen og om alt som skal stå i den, og den slutter aldri. "
    parts = short_parts({"nb": long * 2 + "Kort."})
    assert [len(sentences(part["nb"])) for part in parts] == [1, 2]


def test_a_translation_with_other_sentences_is_spread_over_the_same_slides():
    parts = short_parts({"nb": "En. To. Tre. Fire.", "en": "One and two. Three. Four."})
    assert [part["nb"] for part in parts] == ["En. To.", "Tre. Fire."]
    assert [part["en"] for part in parts] == ["One and two. Three.", "Four."]


@pytest.mark.parametrize("lesson", [lesson for lesson in LESSONS if lesson.table], ids=lambda lesson: lesson.id)
def test_a_fact_table_is_shown_a_few_rows_at_a_time_with_its_note_at_the_end(lesson):
    parts = [table_part(lesson.table, slide.rows) for slide in build_slides(lesson) if slide.kind == "table"]
    assert all(1 <= len(part.rows) <= TABLE_ROWS for part in parts)
    assert [row for part in parts for row in part.rows] == lesson.table.rows
    assert [part.note for part in parts] == [None] * (len(parts) - 1) + [lesson.table.note]
    assert all(part.columns == lesson.table.columns and part.caption == lesson.table.caption for part in parts)
