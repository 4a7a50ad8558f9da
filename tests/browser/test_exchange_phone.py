"""Exchange in a real browser on a phone: the lesson PDF and the sketch PDF download, a GIFT upload runs."""
from __future__ import annotations

import re
import subprocess

from playwright.sync_api import expect

from minplan.catalogue import load_content
from minplan.quiz.kinds import quizzes
from tests.browser.helpers import horizontal_overflow, make_pdf, screenshot, wait_for_app

CONTENT = load_content()
ERRORS = "[data-testid='stException'], [data-testid='stAlertContentError']"


def _pdf_text(path: str) -> str:
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout


def _download(page, name: str | re.Pattern, shot: str | None = None):
    """Press the download button called `name` (after a screenshot of it, when `shot` is given); the download."""
    button = page.get_by_role("button", name=name)
    button.scroll_into_view_if_needed()
    if shot:
        screenshot(page, shot, full_page=False)
    with page.expect_download() as download:
        button.click()
    return download.value


def test_lesson_pdf_downloads_in_norwegian_and_arabic(phone_page, app_url):
    lesson = CONTENT.lessons[1]
    phone_page.goto(f"{app_url}/{lesson.id}?lang=ar")
    wait_for_app(phone_page)
    make_pdf(phone_page)
    saved = _download(phone_page, re.compile(r"نزّل كملف\W*PDF"), "exchange-lesson-pdf-button-ar")  # PDF is isolated in Arabic
    assert saved.suggested_filename == f"{lesson.id}-ar.pdf"
    text = " ".join(_pdf_text(saved.path()).split())
    assert lesson.title["nb"] in text and "kommune" in text
    assert phone_page.locator(ERRORS).count() == 0
    assert horizontal_overflow(phone_page) == 0


def test_sketch_pdf_downloads(phone_page, app_url):
    phone_page.goto(f"{app_url}/fra-jobb-til-plan")
    wait_for_app(phone_page)
    question = CONTENT.ui["goal.question"]["nb"]
    phone_page.get_by_role("radiogroup", name=question).get_by_role("radio", name="Ja", exact=True).click()
    wait_for_app(phone_page)
    make_pdf(phone_page)
    saved = _download(phone_page, "Last ned planen (PDF)")
    assert saved.suggested_filename.endswith(".pdf")
    assert "Delmål" in _pdf_text(saved.path())


def test_gift_upload_runs_and_lists_what_was_left_out(phone_page, app_url, tmp_path):
    gift = tmp_path / "moodle.gift"
    gift.write_text("::Plan::Hvem lager planen? {=Du og kommunen ~Bare kommunen#Nei.}\n\nSkriv om planen. {}\n", encoding="utf-8")
    phone_page.goto(f"{app_url}/egen-test")
    wait_for_app(phone_page)
    phone_page.locator("input[type=file]").set_input_files(str(gift))
    wait_for_app(phone_page)
    expect(phone_page.get_by_text("1 spørsmål kom ikke med")).to_be_visible()
    expect(phone_page.locator("[data-testid='stMain']").get_by_text("Hvem lager planen?").first).to_be_visible()
    screenshot(phone_page, "exchange-gift-upload")
    assert horizontal_overflow(phone_page) == 0


def test_quiz_page_gives_the_quiz_to_moodle_and_kahoot(phone_page, app_url):
    quiz = quizzes(CONTENT)[0]
    phone_page.goto(f"{app_url}/{quiz.id}")
    wait_for_app(phone_page)
    phone_page.get_by_text("For lærere: ta testen med til andre verktøy").click()
    gift = _download(phone_page, "Last ned for Moodle og itslearning (GIFT)", "exchange-quiz-downloads")
    assert f"::{quiz.questions[0].id}::" in open(gift.path(), encoding="utf-8").read()
    assert _download(phone_page, "Last ned for Kahoot (Excel)").suggested_filename.endswith(".xlsx")
    assert horizontal_overflow(phone_page) == 0


def test_glossary_page_gives_flashcards(phone_page, app_url):
    phone_page.goto(f"{app_url}/ordliste?lang=uk")
    wait_for_app(phone_page)
    cards = _download(phone_page, "Завантажити для Quizlet", "exchange-glossary-flashcards-uk")
    first = open(cards.path(), encoding="utf-8").readline()
    term = next(iter(CONTENT.glossary.values()))
    assert first.startswith(f"{term.word['nb']}\t{term.word['uk']} – ")
