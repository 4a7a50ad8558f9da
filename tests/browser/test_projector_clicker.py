"""The projector obeys the clicker from the moment it is switched on, builds paragraphs up, goes on to the next
lesson, numbers lessons by their place, and keeps the teacher's controls in Norwegian (issue 20, walk findings 3, 5, 12).

Screenshots of the projector at 1280x720 and 1920x1080, in Norwegian and with Arabic, go to /tmp/shots-projector/.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from minplan.catalogue import load_content
from minplan.lesson.slides import build_slides
from tests.browser.helpers import PROJECTOR, wait_for_app

LESSONS = load_content().lessons
LESSON = LESSONS[1]
SHOTS = Path("/tmp/shots-projector")
SIZES = {"1920": PROJECTOR, "1280": {"width": 1280, "height": 720}}


@pytest.fixture
def screen(browser, request):
    context = browser.new_context(viewport=SIZES[getattr(request, "param", "1280")], locale="nb-NO")
    yield context.new_page()
    context.close()


def _step(page: Page, number: int) -> None:
    expect(page.locator(".st-key-projector-where")).to_contain_text(f"Steg {number} av")


def _open(page: Page, url: str) -> None:
    page.goto(url)
    wait_for_app(page)


def test_the_clicker_works_right_after_the_sidebar_switch_and_space_never_switches_it_off(screen: Page, app_url):
    _open(screen, f"{app_url}/{LESSON.id}")
    screen.locator("[data-testid=stSidebar]").get_by_text("Projektorvisning", exact=True).click()
    _step(screen, 1)
    wait_for_app(screen)
    screen.keyboard.press("PageDown")
    _step(screen, 2)
    screen.keyboard.press(" ")
    _step(screen, 3)
    expect(screen.locator(".st-key-projector-controls")).to_be_visible()
    screen.keyboard.press("PageUp")
    _step(screen, 2)


def test_vis_pa_tavla_at_the_top_of_a_lesson_starts_the_projector_and_the_clicker(screen: Page, app_url):
    _open(screen, f"{app_url}/{LESSON.id}")
    screen.get_by_role("button", name="Vis på tavla").click()
    _step(screen, 1)
    wait_for_app(screen)
    screen.keyboard.press("ArrowRight")
    _step(screen, 2)


def test_lessons_are_numbered_by_their_place_in_the_menu_the_page_and_the_slides(screen: Page, app_url):
    index = len(LESSONS) - 2  # past the gap in `order` (…, 9, 11, 12)
    lesson = LESSONS[index]
    _open(screen, f"{app_url}/{lesson.id}")
    menu = screen.locator(".st-key-menu")
    expect(menu.get_by_text(f"{index + 1}. {lesson.title['nb']}", exact=True)).to_be_visible()
    expect(menu.get_by_text(f"{len(LESSONS)}. {LESSONS[-1].title['nb']}", exact=True)).to_be_visible()
    expect(screen.get_by_text(f"{index + 1} av {len(LESSONS)}").first).to_be_visible()
    _open(screen, f"{app_url}/{lesson.id}?mode=projector&step={len(lesson.key_points)}")
    expect(screen.locator(".st-key-projector-slide [data-testid=stCaptionContainer]").first).to_contain_text(f"{index + 1}. ")


def test_paragraphs_build_up_on_a_slide(screen: Page, app_url):
    slides = build_slides(LESSON)
    first = next(index for index, slide in enumerate(slides) if slide.kind == "text" and len(slide.items) > 1)
    step = sum(slide.steps for slide in slides[:first])
    items = slides[first].items
    _open(screen, f"{app_url}/{LESSON.id}?mode=projector&step={step}")
    slide = screen.locator(".st-key-projector-slide")
    expect(slide).to_contain_text(items[0]["nb"])
    expect(slide).not_to_contain_text(items[1]["nb"])
    screen.locator(".st-key-projector-next button").click()
    expect(slide).to_contain_text(items[1]["nb"])
    expect(slide).to_contain_text(items[0]["nb"])
    assert sum(slide.steps for slide in slides) <= 20, "about 15 steps a lesson"


def test_the_clicker_shows_the_answer_to_the_question_before_it_moves_on(screen: Page, app_url):
    total = sum(slide.steps for slide in build_slides(LESSON))
    _open(screen, f"{app_url}/{LESSON.id}?mode=projector&step={total - 2}")
    answer = screen.locator(".st-key-projector-next button")
    expect(answer).to_have_text(re.compile("Vis svaret"))
    box = answer.bounding_box()
    assert box["y"] + box["height"] <= screen.viewport_size["height"] and box["height"] >= 64, "big, in the bar, on screen"
    expect(screen.locator("[data-testid=stAlertContentSuccess]")).to_have_count(0)
    screen.locator(".st-key-projector-slide").click(position={"x": 5, "y": 5})
    screen.keyboard.press("PageDown")
    _step(screen, total)
    expect(screen.locator("[data-testid=stAlertContentSuccess]")).to_be_visible()


def test_the_last_step_goes_on_to_the_next_lesson_by_clicker(screen: Page, app_url):
    upcoming = LESSONS[2]
    _open(screen, f"{app_url}/{LESSON.id}?mode=projector&step=99999")
    expect(screen.locator(".st-key-projector-controls")).to_contain_text(f"Neste leksjon: {upcoming.title['nb']}")
    expect(screen.locator("[data-testid=stAlertContentSuccess]")).to_be_visible()
    screen.locator(".st-key-projector-slide").click(position={"x": 5, "y": 5})
    screen.keyboard.press("PageDown")
    expect(screen).to_have_url(re.compile(rf"/{upcoming.id}\?(.*&)?mode=projector"))
    wait_for_app(screen)
    expect(screen.locator(".st-key-projector-slide h1")).to_have_text(upcoming.title["nb"])
    _step(screen, 1)


@pytest.mark.parametrize("screen", list(SIZES), indirect=True)
@pytest.mark.parametrize("language", ["nb", "ar"])
def test_projector_screens_with_the_teachers_controls_in_norwegian(screen: Page, app_url, language):
    SHOTS.mkdir(exist_ok=True)
    slides = build_slides(LESSON, None if language == "nb" else language)
    text = max(range(len(slides)), key=lambda index: len(slides[index].items) if slides[index].kind == "text" else 0)
    built = sum(slide.steps for slide in slides[:text + 1]) - 1
    lang = "" if language == "nb" else f"&lang={language}"
    asked = sum(slide.steps for slide in slides) - 2
    for name, step in {"text": built, "question": asked, "answer": 99999}.items():
        _open(screen, f"{app_url}/{LESSON.id}?mode=projector&step={step}{lang}")
        bar = screen.locator(".st-key-projector-controls")
        expect(bar).to_contain_text("Steg")
        expect(bar).to_contain_text("Tilbake")
        screen.screenshot(path=str(SHOTS / f"{language}-{screen.viewport_size['width']}-{name}.png"))
    if screen.viewport_size["width"] == 1280:
        _open(screen, f"{app_url}/{LESSON.id}?{lang.lstrip('&')}")
        switch = screen.locator("[data-testid=stSidebar]").get_by_text("Projektorvisning", exact=True)
        expect(switch).to_be_visible()
        switch.scroll_into_view_if_needed()
        screen.screenshot(path=str(SHOTS / f"{language}-sidebar.png"))
        lines = switch.evaluate("element => element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)")
        assert lines < 1.5, f"the switch's label breaks inside a word ({lines:.1f} lines)"
