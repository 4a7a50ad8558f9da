"""A learner's phone at 390×844 in Dari, Tigrinya and Arabic (issue 21, parts 4, 6 and 7): a fresh visit that
remembers, «Glem meg» that forgets, no English word from Streamlit on any page, and the Arabic plan sheet with its ladder."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

from minplan.catalogue import load_content
from minplan.content.bidi import plain
from minplan.content.text import pick
from tests.browser.helpers import PHONE, make_pdf, wait_for_app
from views.classroom.participant import URL_PATH as JOIN
from views.links import GLOSSARY
from views.quiz.page import OWN_QUIZ

CONTENT = load_content()
SHOTS = Path("/tmp/shots-learnphone")
LANGUAGES = ["prs", "ti", "ar"]
FIRST = CONTENT.lessons[0].id
ENGLISH = ["Press Enter", "to apply", "submit form", "No results", "Upload", "Drag and drop", "per file", "Browse files",
           "Choose an option", "No options", "Clear all"]
"""Words Streamlit 1.67 draws by itself, in English whatever the page's language."""


def _shot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def _open(page, address: str) -> None:
    page.goto(address)
    wait_for_app(page)


@pytest.fixture
def phone(browser):
    """One phone: pages opened in it share its storage, as tabs on a real phone do."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale="nb-NO")
    yield context
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_fresh_visit_on_the_bare_address_remembers_language_and_lessons(phone, app_url, language):
    first = phone.new_page()
    _open(first, f"{app_url}/?lang={language}&done={FIRST}")
    first.close()
    fresh = phone.new_page()
    _open(fresh, f"{app_url}/")
    assert f"lang={language}" in fresh.url and f"done={FIRST}" in fresh.url
    said = plain(fresh.locator("[data-testid='stProgress']").first.inner_text())
    assert pick(CONTENT.ui["home.progress"], language).format(done=1, total=len(CONTENT.lessons)) in said, said
    _shot(fresh, f"remembered-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_glem_meg_forgets_on_this_phone(phone, app_url, language):
    page = phone.new_page()
    _open(page, f"{app_url}/?lang={language}&done={FIRST}")
    button = page.get_by_role("button", name=re.compile("Glem meg"))
    button.scroll_into_view_if_needed()
    _shot(page, f"forget-button-{language}")
    button.click()
    wait_for_app(page)
    page.wait_for_function("() => localStorage.getItem('minplan') === null")
    assert "lang=" not in page.url and "done=" not in page.url
    fresh = phone.new_page()
    _open(fresh, f"{app_url}/")
    assert "lang=" not in fresh.url and "done=" not in fresh.url
    assert fresh.get_by_role("button", name=re.compile("Glem meg")).count() == 0


@pytest.mark.parametrize("locale", ["fa", "fa-IR", "fa-AF"])
def test_every_persian_phone_is_offered_dari(browser, app_url, locale):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale=locale)
    page = context.new_page()
    _open(page, f"{app_url}/")
    expect(page.get_by_role("button", name="Bruk دری").first).to_be_visible()  # waits out a rerun still drawing
    context.close()


def _pages(page, app_url: str) -> list[str]:
    """Every page in the menu, as the app lists it (discovered, not listed here)."""
    _open(page, f"{app_url}/")
    links = page.locator("[data-testid='stSidebar'] a[href]").evaluate_all("links => links.map(link => link.getAttribute('href'))")
    return sorted({re.sub(r"^(https?://[^/]+)?/?", "", link).split("?")[0] for link in links})


def _english(page) -> list[str]:
    """The English words visible on the page (hidden elements do not count: innerText leaves them out)."""
    text = page.evaluate("() => document.body.innerText")
    return [word for word in ENGLISH if word in text]


WITH_FIELDS = {"", GLOSSARY, OWN_QUIZ, JOIN}
"""The pages with text fields, a search list or the uploader, where Streamlit's own English words would show."""


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_word_reaches_the_learner(phone, app_url, language):
    """Every page in Arabic; in Dari and Tigrinya the pages with fields (Streamlit's words do not depend on
    the language, ours do), so the walk stays within CI's time."""
    page = phone.new_page()
    found = {}
    for path in [path for path in _pages(page, app_url) if language == "ar" or path in WITH_FIELDS]:
        _open(page, f"{app_url}/{path}?lang={language}")
        for field in page.locator("[data-testid='stMain'] input[type='text']:visible").all()[:2]:
            field.fill("zzq")  # a text field shows its hints while typed in, a select list «No results»
            page.wait_for_timeout(300)
            if words := _english(page):
                found[f"{path} (typing)"] = words
            _shot(page, f"typing-{path or 'start'}-{language}")
            page.keyboard.press("Escape")
        if words := _english(page):
            found[path] = words
    _open(page, f"{app_url}/egen-test?lang={language}")
    page.locator("[data-testid='stFileUploader']").scroll_into_view_if_needed()
    _shot(page, f"uploader-{language}")
    assert not found, found


def test_the_arabic_plan_sheet_is_one_page_in_both_languages_with_its_ladder(phone, app_url):
    page = phone.new_page()
    _open(page, f"{app_url}/fra-jobb-til-plan?lang=ar")
    page.locator("[data-testid='stMain'] button", has_text="نعم").first.click()  # «Krever det utdanning?» Ja
    wait_for_app(page)
    make_pdf(page)
    buttons = page.locator("[data-testid='stDownloadButton']")
    assert buttons.count() == 1
    buttons.scroll_into_view_if_needed()
    _shot(page, "sketch-button-ar")
    with page.expect_download() as download:
        page.get_by_role("button", name=re.compile(r"Last ned planen \(PDF\)")).click()
    SHOTS.mkdir(exist_ok=True)
    pdf = SHOTS / "sketch-ar.pdf"
    download.value.save_as(pdf)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\n", info)
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert "Delmål" in text and "Spørsmål til programrådgiveren" in text, "the Norwegian column"
    assert re.search("[\u0600-\u06ff]{3}", text), "the Arabic column"
    assert "Introprogram start" in text and re.search(r"\d\d\.20\d\d", text), "the ladder: its start and its months"
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(SHOTS / "sketch-ar")], check=True)
