"""What fonts a phone downloads, and that every icon is still drawn as an icon (issue 24).

At 390x844 in nb, ar and ti, on the start page, a lesson (sidebar open, folds open), the quiz and the
class join page: no response carries Streamlit's full icon font (375 kB) or its full Source Sans
(170 kB); every word drawn in the icon font is one of minplan.serving.fonts.ICONS and is drawn as one
glyph about a line high, not as the letters of its name; the text is drawn in Minplan Sans. The
screenshots (tests/screenshots/weight-*.png) are for a person to look at.
"""
from __future__ import annotations

import pytest

from minplan.catalogue import load_content
from minplan.serving.fonts import ICONS
from tests.browser.helpers import PHONE, screenshot, wait_for_app

LESSON = load_content().lessons[0].id
PAGES = {"start": "", "lesson": LESSON, "quiz": "selvtest", "class": "klasse"}
ICON_WORDS = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.children.length === 0 && getComputedStyle(e).fontFamily.includes('Material Symbols')
               && e.textContent.trim() && e.getClientRects().length)
  .map(e => ({word: e.textContent.trim(), width: e.getBoundingClientRect().width,
              size: parseFloat(getComputedStyle(e).fontSize)}))"""


@pytest.mark.parametrize("language", ["nb", "ar", "ti"])
def test_only_the_font_subsets_are_downloaded_and_icons_stay_icons(browser, app_url, language):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                                  locale="nb-NO")
    page = context.new_page()
    fonts: dict[str, int] = {}

    def record(response) -> None:
        if ".woff" in response.url and response.status == 200:
            fonts[response.url.rsplit("/", 1)[-1]] = len(response.body())

    page.on("response", record)
    drawn: dict[str, tuple[float, float]] = {}
    for name, path in PAGES.items():
        page.goto(f"{app_url}/{path}?lang={language}")
        wait_for_app(page)
        if name == "lesson":
            for fold in page.locator("[data-testid='stExpander'] summary").all()[:2]:
                fold.click()
            wait_for_app(page)
        page.evaluate("() => document.fonts.ready.then(() => true)")
        screenshot(page, f"weight-after-{language}-{name}", full_page=False)
        if name == "lesson":
            page.locator("[data-testid='stExpandSidebarButton']").click()
            page.locator("[data-testid='stSidebarCollapseButton']").wait_for(state="attached")
            page.wait_for_timeout(500)
            page.evaluate("() => document.fonts.ready.then(() => true)")
            screenshot(page, f"weight-after-{language}-sidebar", full_page=False)
            drawn |= {item["word"]: (item["width"], item["size"]) for item in page.evaluate(ICON_WORDS)}
            page.locator("[data-testid='stSidebarCollapseButton'] button, [data-testid='stSidebarCollapseButton']").first.click()
        drawn |= {item["word"]: (item["width"], item["size"]) for item in page.evaluate(ICON_WORDS)}
    context.close()
    assert fonts, "no font was downloaded at all"
    too_big = {name: size for name, size in fonts.items() if size > 70_000}
    assert not too_big, f"a full font was downloaded: {too_big}"
    assert not any(name.startswith("SourceSansVF") for name in fonts), fonts
    assert "MinplanSans-Latin.woff2" in fonts
    unknown = set(drawn) - ICONS
    assert not unknown, f"icons drawn that the subset lacks (add to ICONS, rebuild): {sorted(unknown)}"
    as_words = {word: size for word, size in drawn.items() if size[0] > 2 * size[1]}
    assert not as_words, f"icons drawn as words, not glyphs: {as_words}"
    assert {"keyboard_double_arrow_right", "keyboard_double_arrow_left"} & set(drawn)
