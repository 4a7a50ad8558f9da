"""The projector in a real browser: large type at 1920x1080 and 1280x720, moved by keys and clicker."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from minplan.content.loader import load_content
from tests.browser.helpers import horizontal_overflow, screenshot, wait_for_app

LESSON = load_content().lessons[1]


def _caption(page, step: int) -> None:
    expect(page.get_by_text(f"· {step} /")).to_be_visible()


@pytest.mark.parametrize("key", ["PageDown", "ArrowRight", " "])
def test_clicker_and_arrow_keys_move_forward_and_back(projector_page, app_url, key):
    projector_page.goto(f"{app_url}/{LESSON.id}?mode=projector")
    wait_for_app(projector_page)
    _caption(projector_page, 1)
    projector_page.wait_for_function("() => window.__minplanKeys === true")
    projector_page.keyboard.press(key)
    _caption(projector_page, 2)
    expect(projector_page.get_by_text(LESSON.key_points[0]["nb"])).to_be_visible()
    projector_page.keyboard.press("PageUp")
    _caption(projector_page, 1)


def test_projector_text_is_large_and_fits(projector_page, app_url):
    projector_page.goto(f"{app_url}/{LESSON.id}?mode=projector&step=3")
    wait_for_app(projector_page)
    point = projector_page.get_by_text(LESSON.key_points[0]["nb"]).element_handle()
    projector_page.wait_for_function("element => parseFloat(getComputedStyle(element).fontSize) >= 40", arg=point, timeout=10_000)
    assert horizontal_overflow(projector_page) <= 0
    screenshot(projector_page, "projector-1920-points", full_page=False)
    projector_page.set_viewport_size({"width": 1280, "height": 720})
    wait_for_app(projector_page)
    assert horizontal_overflow(projector_page) <= 0
    screenshot(projector_page, "projector-1280-points", full_page=False)
