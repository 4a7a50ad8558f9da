"""Projector slides come from the lesson itself, paragraphs build up a slide at a time (about 15 steps a lesson),
and every step of the deck can be reached and no further."""
from __future__ import annotations

from statistics import median

import pytest

from minplan.catalogue import load_content
from minplan.content.text import DatedText
from minplan.lesson.slides import (
    BLOCK,
    BUILT_UP,
    WORD_ROWS,
    build_slides,
    built_up,
    locate,
    sentences,
    short_parts,
    table_part,
    table_slides,
    word_columns,
)

LESSONS = load_content().lessons


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_slides_cover_the_whole_lesson(lesson):
    slides = build_slides(lesson)
    kinds = [slide.kind for slide in slides]
    assert kinds[0] == "title" and kinds[-1] == "question"
    text = [part for slide in slides if slide.kind == "text" for part in slide.items]
    assert " ".join(part["nb"] for part in text) == " ".join(" ".join(sentences(p["nb"])) for p in lesson.explanation)
    assert ("ladder" in kinds) == bool(lesson.ladder) and ("table" in kinds) == bool(lesson.table)
    assert [point for slide in slides if slide.kind == "points" for point in slide.items] == list(lesson.key_points)


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_with_a_support_language_a_slide_holds_half_as_much_norwegian_in_the_same_steps(lesson):
    """Every text is then shown twice, so a slide that builds up holds half the Norwegian (one part may hold more);
    the class still sees the same parts one step at a time, on more slides (a table and the words take more too)."""
    alone, paired = build_slides(lesson), build_slides(lesson, "ar")
    assert len(paired) >= len(alone)
    assert [part for slide in alone for part in slide.items] == [part for slide in paired for part in slide.items]
    assert sum(slide.steps for slide in alone if slide.kind in BUILT_UP) == sum(slide.steps for slide in paired if slide.kind in BUILT_UP)
    for slide in paired:
        if slide.kind in ("points", "text", "example"):
            parts = [part["nb"] for part in slide.items]
            assert len(parts) == 1 or sum(map(len, parts)) <= BLOCK // 2, parts


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
def test_a_text_slide_holds_about_a_block_in_every_language(lesson):
    for slide in build_slides(lesson):
        if slide.kind in ("text", "example"):
            parts = [part["nb"] for part in slide.items]
            assert len(parts) == 1 or sum(map(len, parts)) <= BLOCK, parts
            assert all(set(part) == set(lesson.explanation[0]) for part in slide.items), "every language is on every part"


def test_a_lesson_is_about_fifteen_steps():
    """It was 18 to 64 steps (lesson 2: 35), one or two sentences at a time; now 13 to 26, half of them 18 or fewer
    (the question's answer is a step of its own, so the clicker shows it; a long table takes a few)."""
    steps = sorted(sum(slide.steps for slide in build_slides(lesson)) for lesson in LESSONS)
    assert steps[-1] <= 26 and median(steps) <= 18, steps


def test_paragraphs_build_up_on_one_slide_until_the_next_would_not_fit():
    short, long = {"nb": "Kort avsnitt.", "en": "Short paragraph."}, {"nb": "Lang setning. " * 33, "en": "Long sentence. " * 33}
    slides = built_up("text", [short, short, long, short])
    assert [[part["nb"] for part in slide.items] for slide in slides] == [[short["nb"]] * 2, [long["nb"].strip(), short["nb"]]]
    assert [slide.steps for slide in slides] == [2, 2]


def test_a_built_up_slide_shows_one_more_paragraph_each_step():
    slides = [slide for slide in build_slides(LESSONS[1]) if slide.kind != "title"]
    text = next(slide for slide in slides if slide.kind == "text" and len(slide.items) > 1)
    deck = build_slides(LESSONS[1])
    start = sum(slide.steps for slide in deck[:deck.index(text)])
    assert [locate(deck, start + index).shown for index in range(len(text.items))] == list(range(1, len(text.items) + 1))


def test_a_long_paragraph_is_cut_at_the_same_sentences_in_every_language():
    text = {"nb": "Du har en plan. Den er din. " * 10 + "Kommunen lager den med deg. Du kan klage. " * 6,
            "ar": "لديك خطة. إنها لك. " * 10 + "البلدية تضعها معك. يمكنك أن تعترض. " * 6}
    parts = short_parts(text)
    assert len(parts) == 2 and all(sum(map(len, sentences(part["nb"]))) <= BLOCK for part in parts)
    assert [len(sentences(part["nb"])) for part in parts] == [len(sentences(part["ar"])) for part in parts]


def test_a_dated_paragraph_keeps_its_dates_when_cut():
    dated = DatedText({"nb": "En setning. " * 60}, None, None, None)
    assert all(isinstance(part, DatedText) for part in short_parts(dated))


def test_a_date_or_an_abbreviation_does_not_end_a_sentence():
    assert sentences("Reglene gjelder fra 1. januar 2026. Spør f.eks. læreren.") == \
        ["Reglene gjelder fra 1. januar 2026.", "Spør f.eks. læreren."]
    assert sentences("Han sa «Ja.» Så gikk han.") == ["Han sa «Ja.»", "Så gikk han."]


def test_long_sentences_fill_a_part_each_up_to_the_block():
    long = "Dette er en lang setning som handler om planen og om alt som skal stå i den, og den slutter aldri. "
    parts = short_parts({"nb": long * 6 + "Kort."})
    assert all(sum(map(len, sentences(part["nb"]))) <= BLOCK for part in parts) and len(parts) == 2


def test_a_translation_with_other_sentences_is_spread_over_the_same_slides():
    sentence = "Dette er en setning med noen ord i seg. "
    parts = short_parts({"nb": sentence * 16, "en": "One. " * 10})
    assert len(parts) == 2 and [part["en"].count("One.") for part in parts] == [5, 5]


@pytest.mark.parametrize("support", [None, "ar", "so"])
@pytest.mark.parametrize("lesson", [lesson for lesson in LESSONS if lesson.table], ids=lambda lesson: lesson.id)
def test_a_fact_table_is_shown_a_few_rows_at_a_time_with_its_note_at_the_end(lesson, support):
    """Each row once per language, in order; the note once, after the last row; with a support language every set
    of rows in Norwegian and then the same rows translated."""
    slides = [slide for slide in build_slides(lesson, support) if slide.kind == "table"]
    for translated in (False, True) if support else (False,):
        parts = [table_part(lesson.table, slide.span) for slide in slides if slide.translated == translated]
        assert [row for part in parts for row in part.rows] == lesson.table.rows
        assert [part.note for part in parts] == [None] * (len(parts) - 1) + [lesson.table.note]
        assert all(part.columns == lesson.table.columns and part.caption == lesson.table.caption for part in parts)
    if support:
        assert [slide.translated for slide in slides] == [False, True] * (len(slides) // 2)
        assert [slide.span for slide in slides[::2]] == [slide.span for slide in slides[1::2]]


def test_a_long_table_takes_more_slides_than_a_short_one_and_a_long_note_may_take_its_own():
    """Lesson 8's table (four columns, long cells, a long note) fitted 4 rows on a slide and ran 187 px under the bar
    at 1280x720; the rows that fit now depend on how much text they hold."""
    long = next(lesson.table for lesson in LESSONS if lesson.id == "hvor-lenge-varer-programmet")
    short = long.model_copy(update={"rows": [[{"nb": "Ja"}] * 4] * 5, "note": None})
    assert len(table_slides(short, None)) == 1 and len(table_slides(long, None)) >= 3
    noted = short.model_copy(update={"note": {"nb": "En lang merknad. " * 40}})
    last = table_part(noted, table_slides(noted, None)[-1].span)
    assert last.rows == [] and last.note == noted.note


def test_a_table_missing_in_the_support_language_is_shown_in_norwegian_only():
    table = next(lesson.table for lesson in LESSONS if lesson.table)
    half = table.model_copy(update={"rows": [[{"nb": cell["nb"]} for cell in row] for row in table.rows]})
    blank = table.model_copy(update={"rows": [[{"nb": cell["nb"], "ar": ""} for cell in row] for row in table.rows]})
    assert not any(slide.translated for slide in table_slides(half, "ar") + table_slides(blank, "ar"))


@pytest.mark.parametrize("support", [None, "ar"])
@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.id)
def test_the_key_words_are_spread_over_slides_of_at_most_four_rows_of_buttons(lesson, support):
    spans = [slide.span for slide in build_slides(lesson, support) if slide.kind == "words"]
    assert [index for start, end in spans for index in range(start, end)] == list(range(len(lesson.terms)))
    assert all(0 < end - start <= WORD_ROWS * word_columns(paired=support is not None) for start, end in spans)
