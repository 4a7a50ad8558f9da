"""The glossary's count line follows the search as the learner types, on a phone (390x844) in Arabic."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from minplan.catalogue import load_content
from minplan.content.bidi import plain
from minplan.content.text import pick
from tests.browser.helpers import wait_for_app

pytestmark = pytest.mark.browser

SHOTS = Path("/tmp/shots-giftwords")
CONTENT = load_content()
VISIBLE = """() => [...document.querySelectorAll("[class*='st-key-glossary-term-']")]
  .filter(box => box.offsetParent !== null).length"""


def said(number: int) -> str:
    """The count line as the page says it in Arabic, without its invisible direction marks."""
    return plain(pick(CONTENT.ui["glossary.count"], "ar")).format(count=number)


def test_the_word_count_follows_the_search_as_the_learner_types(phone_page: Page, app_url: str):
    page = phone_page
    page.goto(f"{app_url}/ordliste?lang=ar")
    wait_for_app(page)
    count = page.locator(".st-key-glossary-count p")
    assert plain(count.inner_text()) == said(len(CONTENT.glossary))
    field = page.locator(".st-key-glossary-query input")
    field.tap()
    field.press_sequentially("klage", delay=30)
    page.wait_for_timeout(300)
    shown = page.evaluate(VISIBLE)
    assert 0 < shown < len(CONTENT.glossary)
    assert plain(count.inner_text()) == said(shown)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "ar-glossary-count-typed.png"))
    field.press_sequentially("qqq", delay=30)
    page.wait_for_timeout(300)
    assert page.evaluate(VISIBLE) == 0
    assert "klageqqq" in count.inner_text()
    field.fill("")
    field.press_sequentially("k", delay=30)
    field.press("Backspace")
    page.wait_for_timeout(300)
    assert plain(count.inner_text()) == said(len(CONTENT.glossary))
