"""The class board on a classroom screen: each step fits one screen, the code and QR code read from the back row,
the board and the phones letter the choices alike, and a local address is flagged.

Run with the lessons' check questions (the longest prompts and explanations), in Norwegian and in Arabic
(the interface and every text then also in Arabic), at 1920x1080 and 1280x720.
"""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.browser.helpers import PROJECTOR, horizontal_overflow, screenshot, wait_for_app

SMALL = {"width": 1280, "height": 720}
SIZES = {"1920": PROJECTOR, "1280": SMALL}
HEIGHT = """() => Math.max(...[...document.querySelectorAll('[data-testid=stMain], section.main, body')]
    .map(element => element.scrollHeight))"""
LIVE = 15_000
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def _query(language: str) -> str:
    return f"?lang={language}" if language else ""


def _fits(board: Page, name: str) -> None:
    """No scrolling either way, the step button fully on screen, the board the whole width."""
    viewport = board.viewport_size
    board.wait_for_timeout(300)
    wait_for_app(board)
    height = board.evaluate(HEIGHT)
    screenshot(board, f"class-board-{name}-{viewport['width']}", full_page=False)
    assert height <= viewport["height"], f"{name}: the page is {height} px tall, taller than the screen"
    assert horizontal_overflow(board) <= 0
    step = board.locator(".st-key-class-step button").bounding_box()
    assert step["y"] + step["height"] <= viewport["height"], f"{name}: the next button is below the screen"
    assert board.locator(".st-key-class-board").bounding_box()["width"] >= 0.85 * viewport["width"], \
        f"{name}: the board is a narrow column"


def _serious_problems(page: Page) -> list[str]:
    """WCAG 2.1 AA violations that axe-core rates serious or critical."""
    violations = Axe().run(page, options=WCAG_21_AA).response["violations"]
    return [f"{violation['id']}: {[(node['target'], node['failureSummary']) for node in violation['nodes'][:3]]}"
            for violation in violations
            if violation["impact"] in ("serious", "critical")]


def _join(phone: Page, app_url: str, code: str, language: str) -> None:
    phone.goto(f"{app_url}/klasse{_query(language)}{'&' if language else '?'}kode={code}")
    wait_for_app(phone)
    phone.locator("[data-testid='stForm'] input").nth(1).fill("Sara")
    phone.locator("[data-testid='stForm'] button").click()
    wait_for_app(phone)
    expect(phone.locator("[data-testid='stAlert']").first).to_be_visible()


@pytest.fixture
def board(browser, request):
    context = browser.new_context(viewport=SIZES[request.param], locale="nb-NO")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("board", list(SIZES), indirect=True)
@pytest.mark.parametrize("language", ["", "ar"], ids=["nb", "ar"])
def test_each_step_of_the_board_fits_one_screen_and_reads_from_the_back(board: Page, phone_page: Page, app_url: str,
                                                                         language: str):
    phone = phone_page
    wide = board.viewport_size["width"] >= PROJECTOR["width"]
    board.goto(f"{app_url}/klasse-laerer{_query(language)}")
    wait_for_app(board)
    board.locator(".st-key-class-source [data-testid='stRadioOption']").last.click()
    board.locator(".st-key-class-pin input").fill("246810")
    board.locator(".st-key-class-start button").click()
    wait_for_app(board)
    expect(board.locator("[data-testid='stSidebarContent']")).not_to_be_in_viewport()

    code_text = board.locator(".st-key-class-code p")
    code = code_text.inner_text().strip()
    assert len(code) == 8 and " " not in code
    font = float(code_text.evaluate("element => parseFloat(getComputedStyle(element).fontSize)"))
    assert font >= (100 if wide else 64), "the code is readable from the back row"
    assert code_text.bounding_box()["height"] < 1.6 * font, "the code stays on one line"
    expect(board.locator(".st-key-class-no-qr")).to_be_visible()
    expect(board.locator("[data-testid='stAlert']").first).to_be_visible()
    board.locator(".st-key-class-address input").fill("http://192.168.1.20:8501")
    board.locator(".st-key-class-address input").press("Enter")
    wait_for_app(board)
    qr = board.locator(".st-key-class-qr img")
    qr.evaluate("image => image.complete && image.naturalWidth ? true : new Promise(done => image.onload = done)")
    assert qr.bounding_box()["width"] >= 0.4 * board.viewport_size["height"], "the QR code can be scanned from the back row"
    _join(phone, app_url, code, language)
    expect(board.get_by_text("Sara", exact=False)).to_be_visible(timeout=LIVE)
    _fits(board, f"{language or 'nb'}-1-lobby")
    assert _serious_problems(board) == []

    board.locator(".st-key-class-step button").click()
    wait_for_app(board)
    _fits(board, f"{language or 'nb'}-2-question")
    tiles = board.locator(".classhour-tile").all_inner_texts()
    on_board = [f"{tile.strip()[0]}. {tile.strip()[1:].strip()}" for tile in tiles]
    expect(phone.locator(".st-key-quiz-question [data-testid='stRadioOption']").first).to_be_visible(timeout=LIVE)
    on_phone = [line.strip() for line in phone.locator(".st-key-quiz-question [data-testid='stRadioOption']").all_inner_texts()]
    assert [line[:2] for line in on_board] == ["A.", "B.", "C.", "D."][:len(on_board)]
    assert [line.splitlines()[0] for line in on_phone] == [line.splitlines()[0] for line in on_board], \
        "the phone shows the board's letters in the board's order"
    screenshot(phone, f"class-phone-{language or 'nb'}-lettered")

    phone.locator(".st-key-quiz-question [data-testid='stRadioOption']").first.click()
    wait_for_app(phone)
    phone.locator("[data-testid='stBaseButton-primary']").last.click()
    wait_for_app(phone)
    board.locator(".st-key-class-step button").click()
    wait_for_app(board)
    expect(board.locator(".classhour-bar-count").first).to_be_visible()
    _fits(board, f"{language or 'nb'}-3-answers")
    assert _serious_problems(board) == []

    board.locator(".st-key-class-finish button").click()
    wait_for_app(board)
    expect(board.get_by_text("Resultatet for klassen")).to_be_visible()
    expect(board.locator(".st-key-class-step")).to_have_count(0)
    screenshot(board, f"class-board-{language or 'nb'}-4-results-{board.viewport_size['width']}")
    assert _serious_problems(board) == []
