"""A lesson's first lines arrive with the page itself (issue 24): readable before Streamlit's scripts, gone after."""
from __future__ import annotations

from minplan.catalogue import load_content
from tests.browser.helpers import screenshot, wait_for_app

LESSON = load_content().lessons[0]


def test_without_streamlits_scripts_the_lesson_still_reads_in_norwegian_and_arabic(phone_page, app_url):
    phone_page.route("**/static/js/**", lambda route: route.abort())  # a network that has not brought them yet
    phone_page.goto(f"{app_url}/{LESSON.id}?lang=ar")
    phone_page.get_by_text(LESSON.key_points[0]["nb"]).wait_for(state="visible", timeout=30_000)
    arabic = phone_page.locator('#mp-preview [lang="ar"]').first
    assert arabic.evaluate("element => getComputedStyle(element).direction") == "rtl"
    assert phone_page.locator("#mp-preview h1").inner_text() == LESSON.title["nb"]
    fonts = phone_page.evaluate("() => document.fonts.ready.then(() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family))")
    assert any("Minplan Sans" in family for family in fonts) and any("Noto Sans Arabic" in family for family in fonts)
    screenshot(phone_page, "first-view-before-scripts-ar", full_page=False)


def test_once_the_app_has_drawn_the_lesson_the_preview_is_gone(phone_page, app_url):
    phone_page.goto(f"{app_url}/{LESSON.id}?lang=ar")
    wait_for_app(phone_page)
    assert phone_page.locator("#mp-preview").count() == 0
    title = phone_page.locator("[data-testid='stMain'] h1").first
    assert title.inner_text().startswith(LESSON.title["nb"])
    box = title.bounding_box()
    assert phone_page.evaluate("([x, y]) => !!document.elementFromPoint(x, y).closest('[data-testid=stMain]')",
                               [box["x"] + 5, box["y"] + 5])
