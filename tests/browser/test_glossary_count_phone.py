"""The glossary's count line follows the search as the learner types, on a phone (390x844) in Arabic."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page

from minplan.catalogue import load_content
from minplan.content.bidi import plain
from minplan.content.text import pick
from tests.browser.helpers import screenshot, wait_for_app

pytestmark = pytest.mark.browser

CONTENT = load_content()
VISIBLE = """() => [...document.querySelectorAll("[class*='st-key-glossary-term-']")]
  .filter(box => box.offsetParent !== null).length"""


def said(number: int) -> str:
    """The count line as the page says it, in Norwegian and Arabic beneath, without its invisible direction marks."""
    return "\n".join(plain(pick(CONTENT.ui["glossary.count"], code)).format(count=number) for code in ("nb", "ar"))


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
    screenshot(page, "glossary-count-typed-ar", full_page=False)
    field.press_sequentially("qqq", delay=30)
    page.wait_for_timeout(300)
    assert page.evaluate(VISIBLE) == 0
    norwegian, arabic = plain(count.inner_text()).split("\n")
    assert norwegian.startswith("Ingen ord passer til «klageqqq».") and "«klageqqq»" in arabic
    field.press_sequentially("$&", delay=30)  # a replacement pattern in JavaScript, typed: shown as typed
    page.wait_for_timeout(300)
    assert "«klageqqq$&»" in count.inner_text()
    field.fill("")
    field.press_sequentially("k", delay=30)
    field.press("Backspace")
    page.wait_for_timeout(300)
    assert plain(count.inner_text()) == said(len(CONTENT.glossary))
