"""The staff page «Oversettelser» on a phone and on the projector: each language's counts and the list of
where fit the screen without sideways scrolling; Arabic chosen as support language, it still reads."""
from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.helpers import horizontal_overflow, screenshot, wait_for_app


def test_translations_page_fits_a_phone_and_lists_every_language(phone_page, app_url):
    phone_page.goto(f"{app_url}/oversettelser?lang=ar")
    wait_for_app(phone_page)
    main = phone_page.locator("[data-testid='stMain']")
    for code, name in (("en", "English"), ("uk", "Українська"), ("ar", "العربية"), ("ti", "ትግርኛ"), ("prs", "دری"), ("so", "Soomaali")):
        expect(phone_page.locator(f".st-key-translations-{code}")).to_contain_text(name)
        expect(phone_page.locator(f".st-key-translations-{code}")).to_contain_text("kontrollert")
    main.locator("[data-testid='stExpander'] summary").nth(3).click()  # en, uk, ar, then ti
    wait_for_app(phone_page)
    assert horizontal_overflow(phone_page) == 0
    screenshot(phone_page, "translations-phone-ar")


def test_translations_page_on_the_projector(projector_page, app_url):
    projector_page.goto(f"{app_url}/oversettelser")
    wait_for_app(projector_page)
    expect(projector_page.locator(".st-key-translations-ti")).to_contain_text("ikke kontrollert")
    assert horizontal_overflow(projector_page) == 0
    screenshot(projector_page, "translations-projector")
