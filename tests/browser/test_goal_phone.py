"""The goal exercise in a real browser: the ladder on a phone and a projector, a reload, the download and its printout."""
from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from playwright.sync_api import Page, expect

from minplan.content.bidi import in_direction
from minplan.catalogue import load_content
from minplan.goal.branch import Answer
from minplan.goal.sketch import add, choose_job, give_answer, start_sketch
from minplan.goal.sketch_export import Side, export_html
from minplan.content.text import pick
from minplan.goal.kinds import job_catalogue
from tests.browser.helpers import SCREENSHOTS, SUPPORT_RTL, horizontal_overflow, make_pdf, screenshot, wait_for_app
from views.goal.page import URL_PATH

CONTENT = load_content()
ERRORS = "[data-testid='stException'], [data-testid='stAlertContentError']"
LADDER = "[data-testid='stImage'] img"


def _answer(page: Page, app_url: str, label: str, language: str = "nb") -> None:
    page.goto(f"{app_url}/{URL_PATH}" + (f"?lang={language}" if language != "nb" else ""))
    wait_for_app(page)
    direction = next(known.direction for known in CONTENT.languages if known.code == language)
    question = in_direction(pick(CONTENT.ui["goal.question"], language), direction)  # as the app shows it (bidi marks)
    # with a support language each answer shows the Norwegian first, the support language beneath (issue 21 §3)
    name = label if language == "nb" else re.compile(f"^{re.escape(label)}\\b")
    page.get_by_role("radiogroup", name=question).get_by_role("radio", name=name, exact=True).click()
    wait_for_app(page)
    expect(page.locator(LADDER)).to_be_visible()


def _ladder_shot(page: Page, name: str) -> None:
    ladder = page.locator(LADDER)
    ladder.scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(exist_ok=True)
    ladder.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def test_goal_ladder_fits_a_phone(phone_page, app_url):
    _answer(phone_page, app_url, "Ja")
    assert phone_page.locator(ERRORS).count() == 0
    assert horizontal_overflow(phone_page) <= 0
    box = phone_page.locator(LADDER).bounding_box()
    assert box["width"] >= 300, "the ladder should use the phone's width"
    answers = phone_page.get_by_role("radiogroup", name="2. Krever det utdanning?").get_by_role("radio").all()
    edits = phone_page.get_by_role("button", name=re.compile("^(Før|Etter|Fjern)$")).all()
    assert len(answers) == 3 and len(edits) >= 9
    branches = phone_page.get_by_role("radiogroup", name="3. Hva vil du planlegge?").get_by_role("radio").all()
    assert len(branches) == 2
    for button in answers + edits[:6] + [phone_page.locator("[data-testid='stRadioOption']").first]:
        assert button.bounding_box()["height"] >= 44, button.inner_text()
    _ladder_shot(phone_page, "phone-goal-ladder")
    screenshot(phone_page, "phone-goal-page")


def test_goal_ladder_reads_on_a_projector(projector_page, app_url):
    _answer(projector_page, app_url, "Nei")
    assert projector_page.locator(ERRORS).count() == 0
    assert horizontal_overflow(projector_page) <= 0
    _ladder_shot(projector_page, "projector-goal-ladder")
    projector_page.locator(LADDER).scroll_into_view_if_needed()
    screenshot(projector_page, "projector-goal-page", full_page=False)


def test_sketch_survives_a_phone_reload(phone_page, app_url):
    _answer(phone_page, app_url, "Nei")
    phone_page.get_by_role("button", name="Fjern").first.click()
    wait_for_app(phone_page)
    expect(phone_page).to_have_url(re.compile(r"skisse=[A-Za-z0-9_-]+"))
    before = phone_page.locator(LADDER).get_attribute("src")
    phone_page.reload()
    wait_for_app(phone_page)
    expect(phone_page.locator(LADDER)).to_be_visible()
    assert phone_page.locator(LADDER).get_attribute("src") == before


def test_download_gives_the_sketch_to_take_to_the_advisor(phone_page, app_url):
    _answer(phone_page, app_url, "Ja")
    make_pdf(phone_page)
    assert phone_page.locator("[data-testid='stDownloadButton']").count() == 1
    with phone_page.expect_download() as download:
        phone_page.get_by_role("button", name="Last ned planen (PDF)").click()
    saved = download.value
    assert saved.suggested_filename == "min-plan-maler.pdf"
    text = " ".join(subprocess.run(["pdftotext", saved.path(), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Bli maler" in text and "Spørsmål til programrådgiveren" in text and "Kommunen fatter vedtaket om planen" in text


def _longest_sketch(job_id):
    """A sketch as long as the page allows: twelve sub-goals of 60 characters in three scripts."""
    sketch = give_answer(choose_job(start_sketch(None, dt.date(2026, 11, 1)), job_id, "Сварник / لحام / sveiser"),
                         Answer.YES, job_catalogue(CONTENT))
    words = ["Kurs i norsk for sveisere på kveldstid hver tirsdag og",
             "Курс зварювання для дорослих у вечірній школі щотижня",
             "دورة لحام للكبار في المدرسة المسائية كل أسبوع مع المعلم"]
    number = 0
    while len(sketch.steps) < 12:
        sketch = add(sketch, 30 + number, text=f"{words[number % 3]} {number}")
        number += 1
    return sketch


@pytest.mark.parametrize("job_id", [None] + [job.id for job in job_catalogue(CONTENT).jobs])
def test_printed_sketch_fits_one_page_in_every_script(browser, job_id):
    """The longest sketch for every job, with Norwegian, Cyrillic and Arabic text, prints on one A4 page."""
    say = lambda key: pick(CONTENT.ui[key], "nb")  # noqa: E731
    page = browser.new_page()
    page.set_content(export_html(_longest_sketch(job_id), job_catalogue(CONTENT), [Side("nb", say)], sources=CONTENT.sources))
    pdf = page.pdf(format="A4", print_background=True)
    if job_id == "helsefagarbeider":
        page.emulate_media(media="print")
        page.set_viewport_size({"width": 794, "height": 1123})
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "print-goal-sketch.png"), full_page=True)
    page.close()
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1


@pytest.mark.parametrize("label", ["Ja", "Nei", "Vet ikke"])
def test_every_answer_leads_to_a_ladder_without_errors(phone_page, app_url, label):
    _answer(phone_page, app_url, label)
    assert phone_page.locator(ERRORS).count() == 0


def test_goal_page_in_arabic_fits_a_phone(phone_page, app_url):
    _answer(phone_page, app_url, "Ja", language="ar")
    assert phone_page.locator(ERRORS).count() == 0
    assert horizontal_overflow(phone_page) <= 0
    support = phone_page.locator(SUPPORT_RTL).first
    assert support.evaluate("element => getComputedStyle(element).direction") == "rtl"
    screenshot(phone_page, "phone-goal-page-ar")
