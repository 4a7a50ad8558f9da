"""Every page at phone and projector size: it renders, shows no error, and never scrolls sideways."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from minplan.catalogue import load_content
from tests.conftest import page_paths
from tests.browser.helpers import horizontal_overflow, screenshot, wait_for_app

PAGES = page_paths()
ERRORS = "[data-testid='stException'], [data-testid='stAlertContentError']"


def _open(page, url: str) -> None:
    page.goto(url)
    wait_for_app(page)


@pytest.mark.parametrize("path", PAGES)
def test_page_fits_a_phone_without_errors(phone_page, app_url, path):
    _open(phone_page, f"{app_url}/{path}")
    assert phone_page.locator("h1").first.is_visible()
    assert phone_page.locator(ERRORS).count() == 0
    assert phone_page.get_by_text("Page not found").count() == 0
    assert horizontal_overflow(phone_page) <= 0
    screenshot(phone_page, f"phone-{path or 'start'}")


@pytest.mark.parametrize("path", ["", load_content().lessons[3].id])
def test_page_reads_on_a_projector(projector_page, app_url, path):
    _open(projector_page, f"{app_url}/{path}")
    assert projector_page.locator(ERRORS).count() == 0
    assert projector_page.get_by_text("Page not found").count() == 0
    assert horizontal_overflow(projector_page) <= 0
    screenshot(projector_page, f"projector-{path or 'start'}", full_page=False)


def test_progress_survives_a_reload(phone_page, app_url):
    first = load_content().lessons[0].id
    _open(phone_page, f"{app_url}/{first}")
    phone_page.get_by_role("radiogroup").first.scroll_into_view_if_needed()
    lesson = load_content().lesson(first)
    right = next(option for option in lesson.check.options if option.id == lesson.check.answer)
    phone_page.get_by_text(right.text["nb"], exact=True).click()
    wait_for_app(phone_page)
    phone_page.get_by_role("button", name="Sjekk svaret").click()
    expect(phone_page.get_by_text("Riktig!")).to_be_visible()
    expect(phone_page).to_have_url(f"{app_url}/{first}?done={first}")
    phone_page.reload()
    wait_for_app(phone_page)
    phone_page.locator("[data-testid='stMain'] [data-testid='stPageLink']").get_by_text("Start", exact=True).click()
    expect(phone_page.get_by_text(f"1 av {len(load_content().lessons)} leksjoner ferdig")).to_be_visible()
