"""The printed lesson fits one A4 page, and only the teacher's copy carries the right answer.

Every lesson is printed as the app prints it (with the «Hvem spør jeg?» card where the lesson has one) and
read back with pdfinfo and pdftotext. By default each lesson is printed beside the support language whose
texts are longest, the one most likely to spill over (Norwegian alone runs over the whole width, so it is
always shorter): 22 PDFs, about 40 s of CPU (60 s on two shared, busy cores). MINPLAN_PRINT_SWEEP=1 prints
every lesson in Norwegian alone and beside every language (77 handouts and 77 teacher's copies, 5 to 8
minutes there).
"""
from __future__ import annotations

import os
import re
import subprocess

import pytest

from minplan.catalogue import load_content
from minplan.content.text import BASE_LANGUAGE, pick
from minplan.exchange.handout import short_address
from minplan.exchange.pdf import lesson_pdf
from minplan.local.card import card_html, has_card
from minplan.translation.gaps import texts_in
from tests.conftest import ROOT
from tests.exchange.columns import column_text

CONTENT = load_content(ROOT)
LANGUAGES = [language.code for language in CONTENT.languages]
TICK = "✓"
SWEEP = os.environ.get("MINPLAN_PRINT_SWEEP") == "1"


def _longest(lesson) -> str:
    """The support language in which this lesson's texts have the most letters."""
    texts = [text for _, text in texts_in(lesson.model_dump(mode="json"))]
    return max((code for code in LANGUAGES if code != BASE_LANGUAGE), key=lambda code: sum(len(pick(text, code)) for text in texts))


CASES = [(lesson.id, code) for lesson in CONTENT.lessons
         for code in (LANGUAGES if SWEEP else [_longest(lesson)])]


def _print(lesson_id: str, language: str, teacher: bool) -> bytes:
    """The handout as the lesson page's button makes it (the general card, no municipality chosen)."""
    lesson = CONTENT.lesson(lesson_id)
    direction = CONTENT.language(language).direction if language != BASE_LANGUAGE else "ltr"
    card = card_html(CONTENT, None, language, direction) if has_card(lesson) else ""
    return lesson_pdf(lesson, CONTENT, language, card, teacher=teacher)


def _pages(pdf: bytes) -> int:
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def _text(pdf: bytes) -> str:
    """The PDF's text with every run of spaces and line breaks made one space."""
    return " ".join(subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode().split())


def _norwegian(pdf: bytes, lesson_id: str, language: str) -> str:
    """The Norwegian column's text alone (pdftotext may otherwise interleave the two columns' lines)."""
    return " ".join(column_text(pdf, CONTENT.lesson(lesson_id), language, right=False).split())


def _answer_label(language: str) -> str:
    return pick(CONTENT.ui["print.answer"], language)


def _one_page(lesson_id: str, language: str, teacher: bool) -> tuple[bytes, str]:
    """The printed copy, after checking it is one page; with its text."""
    pdf = _print(lesson_id, language, teacher)
    assert _pages(pdf) == 1, (lesson_id, language, "teacher" if teacher else "participant")
    return pdf, _text(pdf)


@pytest.mark.parametrize(("lesson_id", "language"), CASES)
def test_participant_handout_is_one_page_without_the_answer(lesson_id, language):
    _, text = _one_page(lesson_id, language, teacher=False)
    assert CONTENT.lesson(lesson_id).check.prompt[BASE_LANGUAGE].split()[0] in text, "the check question itself is printed"
    assert _answer_label(BASE_LANGUAGE) not in text and _answer_label(language) not in text
    assert TICK not in text, "no option is ticked"


@pytest.mark.parametrize(("lesson_id", "language"), CASES)
def test_teacher_copy_is_one_page_with_the_answer_and_says_whose_it_is(lesson_id, language):
    pdf, text = _one_page(lesson_id, language, teacher=True)
    check = CONTENT.lesson(lesson_id).check
    right = next(option for option in check.options if option.id == check.answer)
    assert f"{_answer_label(BASE_LANGUAGE)} {right.text[BASE_LANGUAGE]}" in _norwegian(pdf, lesson_id, language)
    assert pick(CONTENT.ui["handout.teacher_mark"], BASE_LANGUAGE) in text
    assert text.count(TICK) == (2 if language != BASE_LANGUAGE else 1), "the right option is ticked in each column"


def test_every_source_is_on_the_handout_with_title_publisher_date_and_address():
    lesson = max(CONTENT.lessons, key=lambda found: len(found.sources))
    text = _joined(_text(_print(lesson.id, "so", teacher=False)))
    for cited in lesson.sources:
        source = CONTENT.sources[cited.id]
        parts = [source.title, source.publisher, source.shown_date(), short_address(str(source.url)) if source.url else None]
        for part in filter(None, parts):
            assert _joined(part) in text, (source.id, part)


def _joined(text: str) -> str:
    """Without spaces and hyphens: an address wraps anywhere, and pdftotext drops a hyphen that ends a line."""
    return re.sub(r"[\s\-]", "", text)


def test_addresses_are_shortened_but_lead_to_the_same_page():
    assert short_address("https://www.imdi.no/kvalifisering/regelverk/") == "imdi.no/kvalifisering/regelverk"
    assert short_address("https://lovdata.no/dokument/NL/lov/2020-11-06-127") == "lovdata.no/dokument/NL/lov/2020-11-06-127"


def test_a_lesson_too_long_for_one_page_breaks_cleanly_onto_a_well_filled_second_page():
    lesson = CONTENT.lesson("dine-rettigheter")
    longer = lesson.model_copy(update={"key_points": lesson.key_points * 2})  # at 8 pt: a few lines too many
    pdf = lesson_pdf(longer, CONTENT, "so")
    assert _pages(pdf) == 2
    second = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert len([line for line in second.splitlines() if line.strip()]) >= 15, second
