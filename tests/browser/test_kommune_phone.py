"""One server, two municipalities, on a phone (390×844) in Arabic: each address shows its own «Hvem spør jeg?»
card, laid out right to left with the Norwegian address kept whole and in order, and nothing sideways."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest
from playwright.sync_api import expect

from minplan.content.bidi import FSI, PDI
from tests.browser.conftest import ROOT, _free_port, _wait_healthy
from tests.browser.helpers import SUPPORT_RTL, choose_option, horizontal_overflow, screenshot, wait_for_app
from tests.local.fixtures import SECOND, add_example, add_second

CARD = ".st-key-hvem-spor-jeg"
ARABIC_SIDE = f"{CARD} :is({SUPPORT_RTL})"


@pytest.fixture(scope="module")
def two_kommuner_url(tmp_path_factory) -> Iterator[str]:
    """The app on a content tree holding two made-up municipalities, as a shared deployment would."""
    tree = tmp_path_factory.mktemp("two-kommuner")
    for folder in ("lessons", "ui", "quizzes", "exercises", "local"):
        shutil.copytree(ROOT / folder, tree / folder)
    add_example(tree)
    add_second(tree)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                                "--server.address", "127.0.0.1", "--server.headless", "true"],
                               cwd=ROOT, env={**os.environ, "MINPLAN_CONTENT": str(tree)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def _address_on_one_line(page, address: str) -> dict:
    """Where the isolated address sits in the Arabic block: its text, its direction and how many line boxes it takes."""
    return page.evaluate("""([selector, address]) => {
      const block = document.querySelector(selector);
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.indexOf(address);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at); range.setEnd(node, at + address.length);
        const rects = [...range.getClientRects()].filter(r => r.width > 0);
        return {found: true, text: node.textContent, rects: rects.length, direction: getComputedStyle(block).direction,
                tops: rects.map(r => Math.round(r.top))};
      }
      return {found: false};
    }""", [ARABIC_SIDE, address])


@pytest.mark.parametrize("number, office, address, other", [
    ("9901", "Introduksjonssenteret i Fjordvik", "Postboks 1, 9990 Fjordvik", "Elvdal"),
    (SECOND, "Elvdal læringssenter", "Postboks 2, 9991 Elvdal", "Fjordvik"),
])
def test_each_municipality_shows_its_own_card_in_arabic_on_a_phone(phone_page, two_kommuner_url, number, office, address, other):
    phone_page.goto(f"{two_kommuner_url}/du-har-klagerett?kommune={number}&lang=ar")
    wait_for_app(phone_page)
    card = phone_page.locator(CARD)
    card.scroll_into_view_if_needed()
    text = card.inner_text()
    assert "Hvem spør jeg?" in text and "من أسأل؟" in text
    assert office in text and address in text and other not in text
    found = _address_on_one_line(phone_page, address)
    assert found["found"] and found["direction"] == "rtl"
    assert f"{FSI}{address}{PDI}" in found["text"], "the Norwegian address is isolated in the Arabic text"
    assert found["rects"] == 1, f"the address is one piece on one line, in order: {found}"
    assert horizontal_overflow(phone_page) == 0
    card.screenshot(path=str(screenshot(phone_page, f"kommune-{number}-ar-phone", full_page=False).with_name(f"kommune-card-{number}-ar.png")))


def test_the_start_page_offers_the_choice_and_keeps_it_in_the_address(phone_page, two_kommuner_url):
    phone_page.goto(f"{two_kommuner_url}/?lang=ar")
    wait_for_app(phone_page)
    choose_option(phone_page, phone_page.locator(".st-key-kommune-picker").get_by_role("combobox"), "Elvdal kommune (eksempel)")
    phone_page.wait_for_url(f"**kommune={SECOND}**")
    expect(phone_page.locator(CARD)).to_contain_text("Elvdal læringssenter")  # the card redraws after the address
    assert horizontal_overflow(phone_page) == 0
    screenshot(phone_page, "kommune-start-ar-phone")
