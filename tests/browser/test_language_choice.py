"""The support language survives the first tap to another page, and no Streamlit English shows
("View 7 more", "View less", "Choose an option"): the menu is in sections, the start page links
every participant activity. Norwegian, Arabic and Dari; phone, laptop and projector sizes."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from minplan.catalogue import load_content
from minplan.quiz.kinds import quizzes
from tests.browser.helpers import PHONE, PROJECTOR, SUPPORT, choose_option, horizontal_overflow, screenshot, wait_for_app

CONTENT = load_content()
FIRST = CONTENT.lessons[0]
NAMES = {language.code: language.name for language in CONTENT.languages}
LAPTOP = {"width": 1280, "height": 720}
SIZES = {"phone": PHONE, "laptop": LAPTOP, "projector": PROJECTOR}
SUPPORT_BLOCK = SUPPORT
STREAMLIT_ENGLISH = re.compile(r"View \d+ more|View less|Choose an option")


def _page(browser, size: str, locale: str = "nb-NO") -> Page:
    phone = size == "phone"
    context = browser.new_context(viewport=SIZES[size], locale=locale, is_mobile=phone, has_touch=phone)
    return context.new_page()


def _pick(page: Page, code: str) -> None:
    """Choose a support language in the start page's own picker (not the sidebar's)."""
    choose_option(page, page.locator("[data-testid='stMain']").get_by_role("combobox").first, NAMES[code])


@pytest.mark.parametrize("code", ["ar", "prs", "uk"])
def test_language_chosen_on_the_start_page_survives_the_first_tap_to_a_lesson(browser, app_url, code):
    page = _page(browser, "phone")
    page.goto(app_url)
    wait_for_app(page)
    _pick(page, code)
    expect(page).to_have_url(re.compile(rf"lang={code}\b"))
    page.locator(f"[data-testid='stMain'] a[href*='{FIRST.id}']").first.click()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(rf"/{FIRST.id}\?.*lang={code}"))
    assert page.locator(SUPPORT_BLOCK).count() > 0
    screenshot(page, f"language-kept-after-first-tap-{code}", full_page=False)
    page.locator(f"[data-testid='stMain'] a[href*='{CONTENT.lessons[1].id}']").first.click()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(rf"/{CONTENT.lessons[1].id}\?.*lang={code}"))
    page.context.close()


def test_the_suggested_language_button_survives_the_first_tap_to_a_menu_page(browser, app_url):
    page = _page(browser, "laptop", locale="uk-UA")
    page.goto(app_url)
    wait_for_app(page)
    page.locator("[data-testid='stMain']").get_by_role("button", name=f"Bruk {NAMES['uk']}").click()
    wait_for_app(page)
    page.locator("[data-testid='stSidebar'] .st-key-menu a[href*='ordliste']").click()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(r"/ordliste\?.*lang=uk"))
    expect(page.locator("[data-testid='stSidebar']").get_by_role("combobox")).to_have_value(NAMES["uk"])
    page.context.close()


def test_going_back_to_norwegian_only_is_kept_too(browser, app_url):
    page = _page(browser, "phone")
    page.goto(f"{app_url}/?lang=ar")
    wait_for_app(page)
    page.locator("[data-testid='stMain']").get_by_role("combobox").first.click()
    page.get_by_role("option").first.click()
    wait_for_app(page)
    assert "lang=" not in page.url
    page.locator(f"[data-testid='stMain'] a[href*='{FIRST.id}']").first.click()
    wait_for_app(page)
    assert "lang=" not in page.url and page.locator(SUPPORT_BLOCK).count() == 0
    page.context.close()


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("code", ["nb", "ar", "prs"])
def test_no_streamlit_english_in_the_menu_or_pickers(browser, app_url, size, code):
    page = _page(browser, size)
    page.goto(f"{app_url}/?lang={code}" if code != "nb" else app_url)
    wait_for_app(page)
    if size != "phone":
        expect(page.locator("[data-testid='stSidebar'] .st-key-menu")).to_be_visible()
    text = page.locator("body").inner_text()
    placeholders = page.eval_on_selector_all("input[placeholder]", "inputs => inputs.map(input => input.placeholder)")
    assert not STREAMLIT_ENGLISH.search(text), STREAMLIT_ENGLISH.search(text)
    assert not any(STREAMLIT_ENGLISH.search(placeholder) for placeholder in placeholders), placeholders
    assert horizontal_overflow(page) <= 0
    screenshot(page, f"menu-{code}-{size}", full_page=False)
    page.context.close()


def test_menu_shows_lessons_practice_and_teacher_sections_with_every_page_visible(browser, app_url):
    page = _page(browser, "laptop")
    page.goto(f"{app_url}/?lang=ar")
    wait_for_app(page)
    nav = page.locator("[data-testid='stSidebar'] .st-key-menu")
    for norwegian in ["Leksjoner", "Øv", "For læreren"]:
        expect(nav.get_by_text(re.compile(rf"^{norwegian} · ")).first).to_be_visible()
    for path in ["fra-jobb-til-plan", "ordliste", "klasse", "klasse-laerer", CONTENT.lessons[-1].id]:
        expect(nav.locator(f"a[href^='{path}?']")).to_be_visible()
    page.context.close()


@pytest.mark.parametrize("code", ["nb", "ar"])
def test_start_page_links_every_participant_activity(browser, app_url, code):
    page = _page(browser, "phone")
    page.goto(f"{app_url}/?lang={code}" if code != "nb" else app_url)
    wait_for_app(page)
    main = page.locator("[data-testid='stMain']")
    for path in ["fra-jobb-til-plan", "ordliste", "klasse", *(quiz.id for quiz in quizzes(CONTENT) if quiz.menu)]:
        expect(main.locator(f"a[href*='/{path}?'], a[href$='/{path}'], a[href^='{path}']").first).to_be_attached()
    page.context.close()
