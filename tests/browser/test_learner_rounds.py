"""Issue 21 on a phone (390x844) in Dari, Tigrinya and Arabic: a short round scored in whole questions,
Norwegian above every heading and button, word cards, and a glossary that searches as the learner types."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from playwright.sync_api import Page, expect

from minplan.catalogue import load_content
from tests.browser.helpers import SUPPORT_RTL, horizontal_overflow, wait_for_app

pytestmark = pytest.mark.browser

SHOTS = Path("/tmp/shots-learnquiz")
LANGUAGES = ["prs", "ti", "ar"]
CONTENT = load_content()
KLAGE = CONTENT.glossary["klage"]
LESSON = CONTENT.lessons[0]


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def _tap(page: Page, locator) -> None:
    locator.scroll_into_view_if_needed()
    locator.tap()
    wait_for_app(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_self_test_starts_with_a_round_of_ten_scored_in_whole_questions(phone_page: Page, app_url: str, language: str):
    page = phone_page
    page.goto(f"{app_url}/selvtest?lang={language}")
    wait_for_app(page)
    _shot(page, f"{language}-quiz-rounds")
    _tap(page, page.get_by_role("button", name=re.compile(r"10 spørsmål, blandet")))
    expect(page.get_by_text(re.compile(r"^1 av 10\b"))).to_be_visible()
    expect(page.get_by_role("button", name=re.compile(r"^Sjekk svaret"))).to_be_visible()
    _shot(page, f"{language}-quiz-round-q1")
    params = {key: values[0] for key, values in parse_qs(urlparse(page.url).query).items()}
    assert len(params["q_ask"].split(".")) == 10
    page.goto(f"{app_url}/selvtest?{urlencode(params | {'q_pos': '10'})}")
    wait_for_app(page)
    main = page.locator("[data-testid='stMain']")
    expect(main.get_by_text(re.compile(r"^\d+ av 10 riktige$"))).to_be_visible()
    text = main.inner_text()
    assert "poeng" not in text and not re.search(r"\d,\d", text)
    expect(main.get_by_role("heading", name="Resultat", exact=False).first).to_be_visible()
    _shot(page, f"{language}-quiz-round-result")
    assert horizontal_overflow(page) == 0


def test_norwegian_is_in_every_heading_and_button_with_arabic_chosen(phone_page: Page, app_url: str):
    page = phone_page
    page.goto(f"{app_url}/{LESSON.id}?lang=ar")
    wait_for_app(page)
    main = page.locator("[data-testid='stMain']")
    expect(main.get_by_role("heading", name="Det viktigste")).to_be_visible()
    expect(main.get_by_role("heading", name="Sjekk deg selv")).to_be_visible()
    expect(main.get_by_role("button", name=re.compile(r"^Sjekk svaret"))).to_be_attached()
    _shot(page, "ar-lesson-headings")
    page.goto(f"{app_url}/ordliste?lang=ar")
    wait_for_app(page)
    expect(main.get_by_role("heading", name="Ordliste")).to_be_visible()
    expect(main.locator("[class*='st-key-under-rtl-ar']").get_by_text(re.compile("قائمة الكلمات")).first).to_be_visible()
    _shot(page, "ar-glossary-heading")


@pytest.mark.parametrize("language", LANGUAGES)
def test_glossary_searches_as_the_learner_types_with_the_exact_word_first(phone_page: Page, app_url: str, language: str):
    page = phone_page
    page.goto(f"{app_url}/ordliste?lang={language}")
    wait_for_app(page)
    field = page.locator(".st-key-glossary-query input")
    field.tap()
    field.press_sequentially(KLAGE.word[language], delay=30)
    page.wait_for_timeout(300)
    first = page.evaluate("""() => {
      const boxes = [...document.querySelectorAll("[class*='st-key-glossary-term-']")]
        .filter(box => box.offsetParent !== null)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      return boxes.map(box => box.querySelector("strong").innerText.trim().split(String.fromCharCode(10))[0].trim());
    }""")
    assert first and first[0] == "klage", first[:5]
    assert len(first) < len(CONTENT.glossary)
    assert field.input_value() == KLAGE.word[language]
    _shot(page, f"{language}-glossary-typed")
    italic = page.evaluate("""selector => [...document.querySelectorAll(selector)]
        .filter(el => getComputedStyle(el).fontStyle === "italic").length""", f":is({SUPPORT_RTL}) em")
    assert italic == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_glossary_cards_come_again_until_known(phone_page: Page, app_url: str, language: str):
    page = phone_page
    page.goto(f"{app_url}/ordliste?lang={language}")
    wait_for_app(page)
    _tap(page, page.locator(".st-key-glossary-mode").get_by_text(re.compile(r"^Øv med kort")).first)
    total = len(CONTENT.glossary)
    expect(page.get_by_text(f"{total} kort igjen. Du kan 0.")).to_be_visible()
    card = page.locator(".st-key-glossary-card")
    first_word = card.locator("h2").inner_text()
    _shot(page, f"{language}-cards-front")
    _tap(page, page.get_by_role("button", name=re.compile(r"^Snu kortet")))
    first_term = next(term for term in CONTENT.glossary.values() if term.word["nb"] == first_word)
    expect(card.get_by_text(first_term.word[language]).first).to_be_visible()
    _shot(page, f"{language}-cards-back")
    _tap(page, page.get_by_role("button", name=re.compile(r"^Kan ikke ennå")))
    expect(card.locator("h2")).not_to_have_text(first_word)
    expect(page.get_by_text(f"{total} kort igjen. Du kan 0.")).to_be_visible()
    _tap(page, page.get_by_role("button", name=re.compile(r"^Snu kortet")))
    _tap(page, page.get_by_role("button", name=re.compile(r"^Kan\b(?! ikke)")))
    expect(page.get_by_text(f"{total - 1} kort igjen. Du kan 1.")).to_be_visible()
    assert horizontal_overflow(page) == 0
