"""The projector in a real browser: slides a teacher would show, at 1920x1080 and 1280x720, in Norwegian and Arabic.

Every slide has a heading and large type, nothing scrolls sideways, the step counter and key hint are readable,
Tilbake/Neste sit in a bar at the bottom of the screen, and keys, clicker and mouse move the deck. Every slide (text,
the goal ladder, a fact table, the video, the word buttons, the question and its answer) ends above the bar, also in
Arabic at 1280x720, where every text is there twice: a clicker cannot scroll.
"""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from minplan.catalogue import load_content
from minplan.content.models import Lesson
from minplan.lesson.slides import build_slides
from tests.browser.helpers import PROJECTOR, horizontal_overflow, screenshot, wait_for_app

LESSONS = load_content().lessons
LESSON = LESSONS[1]
LONGEST_TABLE = max((lesson for lesson in LESSONS if lesson.table),
                    key=lambda lesson: sum(len(cell["nb"]) for row in lesson.table.rows for cell in row))
SIZES = {"1920": PROJECTOR, "1280": {"width": 1280, "height": 720}}
TEXT = "p, li, td, th"
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
UNDER_BAR = """() => {
  const bar = document.querySelector('.st-key-projector-controls').getBoundingClientRect().top;
  const shown = [...document.querySelectorAll(`.st-key-projector-slide :is(p, li, h1, h2, h3, img, iframe, video, table,
      button, [data-testid=stAlert], [data-testid=stExpander])`)]
    .filter(element => element.checkVisibility()).map(element => element.getBoundingClientRect()).filter(box => box.height > 0);
  return Math.max(...shown.map(box => box.bottom)) - bar;
}"""
"""How far the slide runs under the bar: its texts, pictures, tables, video, buttons and folds (not a fold's hidden inside)."""
SMALLEST = """(slide, selector) => Math.min(...[...slide.querySelectorAll(selector)]
    .filter(element => element.offsetParent && element.innerText.trim() && !element.closest('[data-testid=stCaptionContainer]'))
    .map(element => parseFloat(getComputedStyle(element).fontSize)))"""


def _first_steps(language: str) -> dict[str, tuple[Lesson, int]]:
    """Each kind of slide once: the lesson that has it (for a table the one with most text) and the step that shows it
    (a slide that builds up fully revealed)."""
    steps: dict[str, tuple[Lesson, int]] = {}
    for lesson in [LONGEST_TABLE, *LESSONS]:
        step = 0
        for slide in build_slides(lesson, language or None):
            steps.setdefault(slide.kind, (lesson, step + slide.steps - 1))
            step += slide.steps
    return steps


def _caption(page: Page, step: int) -> None:
    expect(page.locator(".st-key-projector-where")).to_contain_text(f"Steg {step} av")


@pytest.fixture
def screen(browser, request):
    context = browser.new_context(viewport=SIZES[request.param], locale="nb-NO")
    yield context.new_page()
    context.close()


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


@pytest.mark.parametrize("screen", list(SIZES), indirect=True)
@pytest.mark.parametrize("language", ["", "ar"], ids=["nb", "ar"])
def test_every_kind_of_slide_has_a_heading_large_type_and_the_controls_at_the_bottom(screen: Page, app_url, language):
    viewport = screen.viewport_size
    for kind, (lesson, step) in _first_steps(language).items():
        screen.goto(f"{app_url}/{lesson.id}?mode=projector&step={step}{'&lang=' + language if language else ''}")
        wait_for_app(screen)
        slide = screen.locator(".st-key-projector-slide")
        expect(slide.locator("h1, h2, h3").first).to_be_visible()
        name = f"projector-{language or 'nb'}-{viewport['width']}-{kind}"
        screenshot(screen, name, full_page=False)
        assert horizontal_overflow(screen) <= 0, f"{name} scrolls sideways"
        if viewport["width"] >= PROJECTOR["width"]:
            smallest = slide.evaluate(SMALLEST, TEXT)
            assert smallest >= 40, f"{name}: text of {smallest} px is too small for the back row"
        bar = screen.locator(".st-key-projector-controls")
        assert bar.evaluate("element => getComputedStyle(element).position") == "fixed"
        assert (over := screen.evaluate(UNDER_BAR)) < 2, f"{name}: the slide runs {over:.0f} px under the bar"
        forward = screen.locator(".st-key-projector-next button, .st-key-projector-next-lesson a").bounding_box()
        assert viewport["height"] - (forward["y"] + forward["height"]) <= 40, f"{name}: Neste is not at the bottom"
        counter = screen.locator(".st-key-projector-where p").first
        assert counter.evaluate("element => parseFloat(getComputedStyle(element).fontSize)") >= 24
        hint = screen.locator(".st-key-projector-where [data-testid='stCaptionContainer'] p")
        assert hint.evaluate("element => parseFloat(getComputedStyle(element).fontSize)") >= 17.6
        if kind in ("title", "text", "table", "ladder"):
            serious = [violation["id"] for violation in Axe().run(screen, options=WCAG_21_AA).response["violations"]
                       if violation["impact"] in ("serious", "critical")]
            assert serious == [], f"{name}: {serious}"


def test_a_click_then_the_clicker_leaves_no_focus_frame_but_the_keyboard_shows_one(projector_page, app_url):
    page = projector_page
    page.goto(f"{app_url}/{LESSON.id}?mode=projector")
    wait_for_app(page)
    page.wait_for_function("() => window.__minplanKeys === true")
    page.locator(".st-key-projector-next button").click()
    wait_for_app(page)
    page.keyboard.press("PageDown")
    _caption(page, 3)
    page.wait_for_timeout(300)
    frame = """() => { const s = getComputedStyle(document.activeElement);
        return [s.outlineStyle === 'none' ? 'none' : 'outline', s.boxShadow]; }"""
    assert page.evaluate(frame) == ["none", "none"], "a frame stays around the clicked button"
    screenshot(page, "projector-after-click-and-clicker", full_page=False)
    page.locator(".st-key-projector-back button").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('.st-key-projector-next') !== null")
    assert page.evaluate("() => document.activeElement.matches(':focus-visible')")
    assert page.evaluate(frame)[0] == "outline", "keyboard users see where the focus is"
    screenshot(page, "projector-keyboard-focus", full_page=False)


@pytest.mark.parametrize("screen", ["1280"], indirect=True)
def test_every_slide_in_every_lesson_ends_above_the_bar_in_arabic_on_a_small_screen(screen: Page, app_url):
    """Arabic at 1280x720 is the tightest case: each text twice, in a script that needs more room. Before, slides of
    text ran up to 335 px under the bar, lesson 8's table 1,036 px, lesson 4's ladder 1,449 px and its video 445 px."""
    under = []
    for number, lesson in enumerate(LESSONS, start=1):
        step = 0
        for slide in build_slides(lesson, "ar"):
            step += slide.steps
            screen.goto(f"{app_url}/{lesson.id}?mode=projector&step={step - 1}&lang=ar")
            wait_for_app(screen)
            expect(screen.locator(".st-key-projector-where")).to_contain_text(f"Steg {step} av")
            if (over := screen.evaluate(UNDER_BAR)) >= 2:
                under.append(f"lesson {number}, step {step} ({slide.kind}): {over:.0f} px")
    assert under == [], f"slides that run under the bar: {under}"
