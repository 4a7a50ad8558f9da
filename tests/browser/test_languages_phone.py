"""Support languages in a real browser: Arabic and Dari run right-to-left beside left-to-right Norwegian."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from minplan.catalogue import load_content
from tests.browser.helpers import SUPPORT, horizontal_overflow, screenshot, wait_for_app

CONTENT = load_content()
LESSON = CONTENT.lessons[0]
SUPPORT_BLOCK = SUPPORT


@pytest.mark.parametrize("language", [language.code for language in CONTENT.languages[1:]])
def test_lesson_in_each_support_language_fits_a_phone(phone_page, app_url, language):
    phone_page.goto(f"{app_url}/{LESSON.id}?lang={language}")
    wait_for_app(phone_page)
    blocks = phone_page.locator(SUPPORT_BLOCK)
    assert blocks.count() > 0
    shown = "".join(blocks.all_inner_texts())
    assert LESSON.key_points[0][language] in re.sub("[\u200f\u2068\u2069]", "", shown)  # without the bidi marks
    assert horizontal_overflow(phone_page) <= 0
    screenshot(phone_page, f"phone-language-{language}")


@pytest.mark.parametrize("language", ["ar", "prs"])
def test_right_to_left_support_text_beside_left_to_right_norwegian(phone_page, app_url, language):
    phone_page.goto(f"{app_url}/{LESSON.id}?lang={language}")
    wait_for_app(phone_page)
    expect(phone_page.locator(SUPPORT_BLOCK).first).to_have_css("direction", "rtl")
    norwegian = phone_page.get_by_text(LESSON.explanation[0]["nb"].split(".")[0], exact=False).first
    expect(norwegian).to_have_css("direction", "ltr")
    assert horizontal_overflow(phone_page) <= 0
