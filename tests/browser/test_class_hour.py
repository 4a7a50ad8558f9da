"""A class hour as a teacher runs it (issue 20): pick 5 questions and end early, a phone set to Arabic joins by
the QR link in Arabic, a reloaded board offers its running class first, and the board fits 1280x720 and
1920x1080 without scrolling: lettered tiles, bars with counts, no QR code for a local address.

Screenshots go to /tmp/shots-classhour/ to be looked at.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.helpers import PHONE, PROJECTOR, horizontal_overflow, wait_for_app

SMALL = {"width": 1280, "height": 720}
SIZES = {"1920": PROJECTOR, "1280": SMALL}
SHOTS = Path("/tmp/shots-classhour")
PIN = "246810"
LIVE = 15_000
HEIGHT = """() => Math.max(...[...document.querySelectorAll('[data-testid=stMain], section.main, body')]
    .map(element => element.scrollHeight))"""


def _shot(page: Page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"))


@pytest.fixture
def board(browser, request):
    context = browser.new_context(viewport=SIZES[getattr(request, "param", "1280")], locale="nb-NO")
    yield context.new_page()
    context.close()


def _phone(browser, locale: str = "nb-NO") -> Page:
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale=locale)
    return context.new_page()


def _start(board: Page, app_url: str, source: str, how_many: str) -> str:
    """Start a class from the source whose label starts with `source`, `how_many` questions; its code."""
    board.goto(f"{app_url}/klasse-laerer")
    wait_for_app(board)
    board.locator(".st-key-class-source [data-testid='stRadioOption']").filter(has_text=re.compile(f"^{source}")).click()
    board.locator(".st-key-class-how-many button").filter(has_text=re.compile(f"^{how_many}$")).click()
    wait_for_app(board)
    board.locator(".st-key-class-pin input").fill(PIN)
    board.locator(".st-key-class-start button").click()
    wait_for_app(board)
    code = board.locator(".st-key-class-code p").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{8}", code)
    return code


def _step(board: Page, key: str = "class-step") -> None:
    board.locator(f".st-key-{key} button").click()
    wait_for_app(board)


def _join(phone: Page, link: str) -> None:
    phone.goto(link)
    wait_for_app(phone)
    phone.locator(".st-key-class-join-code input").press("Enter")
    wait_for_app(phone)


def _answer_first(phone: Page) -> None:
    option = phone.locator(".st-key-quiz-question [data-testid='stRadioOption']").first
    expect(option).to_be_visible(timeout=LIVE)
    option.tap()
    wait_for_app(phone)
    phone.locator("[data-testid='stBaseButton-primary']").last.tap()
    wait_for_app(phone)


def _fits(board: Page, name: str) -> None:
    """No scrolling either way at this size, and the step button on the screen."""
    board.wait_for_timeout(300)
    wait_for_app(board)
    viewport = board.viewport_size
    _shot(board, f"board-{name}-{viewport['width']}")
    height = board.evaluate(HEIGHT)
    assert height <= viewport["height"], f"{name}: {height} px tall, the screen is {viewport['height']}"
    assert horizontal_overflow(board) <= 0
    step = board.locator(".st-key-class-step button").bounding_box()
    assert step["y"] + step["height"] <= viewport["height"], f"{name}: the step button is below the screen"


def test_the_teacher_picks_five_ends_after_two_and_only_those_two_count(board: Page, browser, app_url: str):
    code = _start(board, app_url, "Test deg selv", "5")
    phone = _phone(browser)
    _join(phone, f"{app_url}/klasse?kode={code}")
    expect(board.get_by_text("1 er med")).to_be_visible(timeout=LIVE)
    _step(board)
    expect(board.get_by_text("Spørsmål 1 av 5")).to_be_visible()
    expect(board.locator(".st-key-class-finish button")).to_have_text(re.compile("Avslutt og vis resultatet"))
    _answer_first(phone)
    expect(board.get_by_text("1 av 1 har svart")).to_be_visible(timeout=LIVE)
    _step(board)
    expect(board.locator(".st-key-class-finish button")).to_be_visible()
    _step(board)
    expect(board.get_by_text("Spørsmål 2 av 5")).to_be_visible()
    _step(board, "class-finish")
    expect(board.get_by_text("Resultatet for klassen")).to_be_visible()
    expect(board.locator("[data-testid='stMarkdownContainer'] ol > li").first).to_be_visible()
    lines = board.locator("[data-testid='stMarkdownContainer'] ol > li").all_inner_texts()
    assert len(lines) == 2, f"only the two questions asked: {lines}"
    assert "0 av 0" not in " ".join(lines) and lines[1].endswith("ingen svarte")
    _shot(board, "results-early-end")
    expect(phone.get_by_text(re.compile(r"^Du hadde [01] av 2 riktige\.$"))).to_be_visible(timeout=LIVE)
    _shot(phone, "phone-early-end")
    phone.context.close()


def test_a_phone_set_to_arabic_joins_by_the_qr_link_in_arabic(board: Page, browser, app_url: str):
    code = _start(board, app_url, "Eksempel", "Alle")
    link = next(text for text in board.locator("[data-testid='stCaptionContainer']").all_inner_texts()
                if "/klasse?kode=" in text).strip().replace("\u2060", "")
    assert link.endswith(f"kode={code}")
    phone = _phone(browser, locale="ar")
    phone.goto(link)
    wait_for_app(phone)
    suggest = phone.locator(".st-key-class-language-suggest button")
    expect(suggest).to_have_text(re.compile("العربية"))
    names = phone.locator(".st-key-class-languages [data-testid^=stBaseButton]").all_inner_texts()
    assert [name.strip() for name in names] == ["Norsk bokmål", "English", "Українська", "العربية", "ትግርኛ", "دری",
                                                "Soomaali"]
    field = phone.locator(".st-key-class-join-code input")
    assert suggest.bounding_box()["y"] < field.bounding_box()["y"], "the languages come before the code field"
    _shot(phone, "join-phone-nb")
    suggest.tap()
    wait_for_app(phone)
    expect(phone).to_have_url(re.compile(rf"(?=.*lang=ar)(?=.*kode={code})"))
    expect(field).to_have_value(code)
    style = field.evaluate("e => { const s = getComputedStyle(e); return [parseFloat(s.fontSize), s.textTransform,"
                           " parseFloat(s.letterSpacing)]; }")
    assert style[0] >= 28 and style[1] == "uppercase" and style[2] > 0, style
    label = phone.locator(".st-key-class-join-code label")
    label_size = label.evaluate("e => parseFloat(getComputedStyle(e.querySelector('p') || e).fontSize)")
    assert label_size <= 20, f"the label is normal size, not {label_size} px"
    box, field_box = label.bounding_box(), field.bounding_box()
    assert abs((box["x"] + box["width"]) - (field_box["x"] + field_box["width"])) < 40 or \
        box["x"] + box["width"] > field_box["x"] + 0.7 * field_box["width"], "the label starts on the right in Arabic"
    assert horizontal_overflow(phone) <= 0
    _shot(phone, "join-phone-ar")
    field.press("Enter")
    wait_for_app(phone)
    expect(phone.get_by_text("انتظر قليلًا", exact=False)).to_be_visible(timeout=LIVE)
    assert "lang=ar" in phone.url
    _step(board)
    expect(phone.locator(".st-key-quiz-question [data-testid='stRadioOption']").first).to_be_visible(timeout=LIVE)
    expect(phone.get_by_text(re.compile("السؤال")).first).to_be_visible()
    _shot(phone, "join-phone-ar-question")
    phone.context.close()


def test_a_reloaded_board_offers_its_running_class_at_the_top(board: Page, app_url: str):
    code = _start(board, app_url, "Eksempel", "Alle")
    stored = board.evaluate("() => JSON.stringify(sessionStorage)")
    assert code in stored and PIN not in stored, "the tab keeps the code, never the PIN or the secret"
    board.reload()
    wait_for_app(board)
    banner = board.get_by_text(f"Fortsett klassen {code}: skriv PIN")
    expect(banner).to_be_visible(timeout=LIVE)
    wait_for_app(board)
    assert banner.bounding_box()["y"] < board.locator(".st-key-class-start button").bounding_box()["y"]
    expect(banner).to_be_in_viewport()
    expect(board.locator(".st-key-class-resume-pin input")).to_be_in_viewport()
    _shot(board, "reload-banner")
    board.locator(".st-key-class-resume-pin input").fill(PIN)
    board.locator(".st-key-class-resume-pin input").press("Enter")
    wait_for_app(board)
    expect(board.locator(".st-key-class-code p")).to_have_text(code)
    assert "fortsett=" not in board.url


@pytest.mark.parametrize("board", list(SIZES), indirect=True)
def test_the_board_reads_from_the_back_row_without_scrolling(board: Page, browser, app_url: str):
    code = _start(board, app_url, "Kontrollspørsmålene", "10")
    expect(board.locator(".st-key-class-qr img")).to_have_count(0)
    expect(board.locator(".st-key-class-no-qr")).to_be_visible()
    address = board.locator(".st-key-class-address input")
    address.fill("http://192.168.1.20:8501")
    address.press("Enter")
    wait_for_app(board)
    qr = board.locator(".st-key-class-qr img")
    qr.evaluate("image => image.complete && image.naturalWidth ? true : new Promise(done => image.onload = done)")
    assert qr.bounding_box()["width"] >= 0.45 * board.viewport_size["height"]
    expect(board.locator(".st-key-class-address input")).to_have_value("http://192.168.1.20:8501")
    phone = _phone(browser)
    _join(phone, f"{app_url}/klasse?kode={code}")
    expect(board.get_by_text("1 er med")).to_be_visible(timeout=LIVE)
    _fits(board, "1-lobby")

    _step(board)
    tiles = board.locator(".classhour-tile")
    expect(tiles.first).to_be_visible()
    looks = tiles.evaluate_all("""tiles => tiles.map(tile => [tile.querySelector('b').innerText.trim(),
        getComputedStyle(tile).backgroundColor, getComputedStyle(tile.querySelector('b'), '::before').content])""")
    assert [look[0] for look in looks] == list("ABCD")[:len(looks)]
    assert len({look[1] for look in looks}) == len(looks) and len({look[2] for look in looks}) == len(looks), \
        "each choice has its own colour and its own shape"
    corner = board.locator(".st-key-class-corner .st-key-class-qr img").bounding_box()
    assert corner["width"] <= 0.25 * board.viewport_size["height"], "a small QR code in the corner"
    _fits(board, "2-question")
    _answer_first(phone)
    expect(board.get_by_text("1 av 1 har svart")).to_be_visible(timeout=LIVE)

    _step(board)
    expect(board.locator(".classhour-bar-count").first).to_be_visible()
    counts = board.locator(".classhour-bar-count").all_inner_texts()
    assert sorted(counts, reverse=True)[0] == "1" and len(counts) == len(looks)
    assert board.locator(".vega-actions, [data-testid='stElementToolbar'] details").count() == 0
    size = board.locator(".classhour-bars").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= board.viewport_size["width"] / 60, f"the chart's text grows with the screen ({size} px)"
    _fits(board, "3-answers")

    board.locator(".st-key-class-show-code button").click()
    wait_for_app(board)
    big = board.locator(".st-key-class-big-code .st-key-class-qr img")
    expect(big).to_be_visible()
    assert big.bounding_box()["width"] >= 0.4 * board.viewport_size["height"], "«Vis koden» brings the QR code back big"
    _shot(board, f"board-4-show-code-{board.viewport_size['width']}")
    phone.context.close()
