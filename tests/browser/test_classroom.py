"""A live class in one Chromium: the teacher's board at projector size and three phones in their own contexts.

The phones join by the code, answer, one reloads and keeps its answer, the board counts
the answers and shows the chart, and each phone sees its verdict and, at the end, its score.
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from minplan.catalogue import load_content
from minplan.quiz.kinds import quizzes
from tests.browser.helpers import PHONE, PROJECTOR, horizontal_overflow, screenshot, wait_for_app

QUIZ = next(quiz for quiz in quizzes(load_content()) if quiz.id == "eksempel")
FIRST = QUIZ.questions[0]
RIGHT = next(option.text["nb"] for option in FIRST.options if option.id == FIRST.answer)
WRONG = next(option.text["nb"] for option in FIRST.options if option.id != FIRST.answer)
ERRORS = "[data-testid='stException']"
PIN = "246810"
LIVE = 15_000
"""Milliseconds to wait for a live update: phones look every 3 s, the board every second."""


@pytest.fixture
def board(browser):
    context = browser.new_context(viewport=PROJECTOR, locale="nb-NO")
    yield context.new_page()
    context.close()


@pytest.fixture
def phones(browser):
    contexts = [browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                                    locale="nb-NO") for _ in range(3)]
    yield [context.new_page() for context in contexts]
    for context in contexts:
        context.close()


def _click(page: Page, name: str) -> None:
    page.get_by_role("button", name=name).click()
    wait_for_app(page)


def _tap(page: Page, locator) -> None:
    locator.scroll_into_view_if_needed()
    locator.tap()
    wait_for_app(page)


def _join(page: Page, app_url: str, code: str, nickname: str) -> None:
    page.goto(f"{app_url}/klasse?kode={code}")
    wait_for_app(page)
    if nickname:
        page.get_by_role("textbox", name="Kallenavn (hvis du vil)").fill(nickname)
    _tap(page, page.get_by_role("button", name="Bli med"))
    expect(page.get_by_text("Læreren starter snart", exact=False)).to_be_visible()


def test_a_class_of_three_phones_answers_live_on_the_board(board: Page, phones: list[Page], app_url: str):
    board.goto(f"{app_url}/klasse-laerer")
    wait_for_app(board)
    board.get_by_text(re.compile(r"^Eksempel")).click()
    board.get_by_label("Velg en PIN-kode (minst 6 tegn)", exact=True).fill(PIN)
    _click(board, "Start klassequizen")
    expect(board.get_by_text("Koden er", exact=True)).to_be_visible()
    code = board.locator(".st-key-class-code").inner_text().strip()
    assert len(code) == 8
    expect(board.get_by_text("QR-koden kommer", exact=False)).to_be_visible()

    for page, nickname in zip(phones, ["Sara", "", "<b>Bo</b>"]):
        _join(page, app_url, code, nickname)
    screenshot(phones[0], "class-phone-1-waiting")
    expect(board.get_by_text("3 er med")).to_be_visible(timeout=LIVE)
    expect(board.get_by_text("Kallenavn: Sara, bBob")).to_be_visible()
    screenshot(board, "class-board-1-lobby", full_page=False)

    _click(board, "Start første spørsmål")
    for page, choice in zip(phones, [RIGHT, WRONG, RIGHT]):
        expect(page.get_by_text(FIRST.prompt["nb"])).to_be_visible(timeout=LIVE)
        _tap(page, page.get_by_text(re.compile(rf"^[A-D]\. {re.escape(choice)}$")))
        _tap(page, page.get_by_role("button", name="Send svaret"))
        expect(page.get_by_text("Svaret ditt er sendt", exact=False)).to_be_visible()
        assert horizontal_overflow(page) <= 0
    screenshot(phones[1], "class-phone-2-sent")
    phones[2].reload()
    wait_for_app(phones[2])
    expect(phones[2].get_by_text("Svaret ditt er sendt", exact=False)).to_be_visible()
    expect(board.get_by_text("3 av 3 har svart")).to_be_visible(timeout=LIVE)
    screenshot(board, "class-board-2-answers-in", full_page=False)

    _click(board, "Vis svarene")
    expect(board.get_by_text("Riktig svar")).to_be_visible()
    expect(board.locator(".classhour-bar-count").first).to_be_visible()
    screenshot(board, "class-board-3-chart", full_page=False)
    expect(phones[0].get_by_text("Riktig!")).to_be_visible(timeout=LIVE)
    expect(phones[1].get_by_text("Ikke riktig.")).to_be_visible(timeout=LIVE)
    screenshot(phones[1], "class-phone-3-wrong")

    for _ in QUIZ.questions[1:]:
        _click(board, "Neste spørsmål")
        _click(board, "Vis svarene")
    _click(board, "Se resultatet")
    expect(board.get_by_text("Resultatet for klassen")).to_be_visible()
    expect(board.get_by_text("Klassen svarte riktig på de fleste", exact=False)).to_be_visible()
    screenshot(board, "class-board-4-results")
    asked = len(QUIZ.questions)
    expect(phones[0].get_by_text(f"Du hadde 1 av {asked} riktige.")).to_be_visible(timeout=LIVE)
    expect(phones[1].get_by_text(f"Du hadde 0 av {asked} riktige.")).to_be_visible(timeout=LIVE)
    screenshot(phones[0], "class-phone-4-score")
    for page in [board, *phones]:
        assert page.locator(ERRORS).count() == 0


def test_a_wrong_code_on_a_phone_gives_a_plain_message(phone_page: Page, app_url: str):
    page = phone_page
    page.goto(f"{app_url}/klasse")
    wait_for_app(page)
    page.get_by_role("textbox", name="Kode").fill("ZZZZZZ")
    _tap(page, page.get_by_role("button", name="Bli med"))
    expect(page.get_by_text("Vi fant ingen klasse med denne koden", exact=False)).to_be_visible()
    assert horizontal_overflow(page) <= 0
    screenshot(page, "class-phone-wrong-code")
