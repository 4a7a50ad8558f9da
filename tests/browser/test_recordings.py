"""Recordings on a phone in Dari: a fresh one loads only when tapped and plays; a stale one shows no player."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from minplan.audio.encoding import encode_speech
from minplan.audio.recordings import recordable_texts, save_recording
from minplan.catalogue import catalogue
from tests.audio.speech import spoken
from tests.browser.conftest import ROOT, _free_port, _wait_healthy
from tests.browser.helpers import wait_for_app
from tests.conftest import content_tree  # noqa: F401  (the fixture, for this module's app)

SHOTS = Path("/tmp/shots-audio")


@pytest.fixture
def recorded_app(content_tree: Path) -> Iterator[tuple[str, object, object]]:  # noqa: F811
    """The app on a content copy where one glossary word has a Dari recording and the next a stale one."""
    texts = {(text.file, text.field): text for text in recordable_texts(catalogue(), content_tree, "prs")}
    words = [text for (file, field), text in texts.items() if file == "lessons/glossary.yaml" and field.endswith(".word")]
    fresh, old = words[0], words[1]
    save_recording(content_tree, fresh, encode_speech(spoken(fresh.text, "prs")).data)
    save_recording(content_tree, type(old)(old.file, old.line, old.field, "prs", old.text + " کهنه"),
                   encode_speech(spoken(old.text, "prs")).data)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                                "--server.address", "127.0.0.1", "--server.headless", "true"], cwd=ROOT,
                               env={**os.environ, "MINPLAN_CONTENT": str(content_tree)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(url, process)
        yield url, fresh, old
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_recording_loads_on_tap_and_plays_and_a_stale_one_has_no_player(phone_page, recorded_app):
    url, fresh, old = recorded_app
    fetched = []
    phone_page.on("request", lambda request: fetched.append(request.url) if "/audio/" in request.url else None)
    phone_page.goto(f"{url}/ordliste?lang=prs")
    wait_for_app(phone_page)
    players = phone_page.locator("audio.mp-recording")
    expect(players).to_have_count(1)
    player = players.first
    assert player.get_attribute("src") == f"/{fresh.path()}" and player.get_attribute("preload") == "none"
    stale_card = phone_page.locator("[data-testid='stVerticalBlockBorderWrapper']", has_text=old.text).first
    expect(stale_card.locator("audio")).to_have_count(0)
    player.scroll_into_view_if_needed()
    SHOTS.mkdir(exist_ok=True)
    phone_page.screenshot(path=str(SHOTS / "recording-prs-phone.png"))
    phone_page.wait_for_timeout(500)
    assert fetched == []
    box = player.bounding_box()
    rtl = player.evaluate("audio => getComputedStyle(audio).direction") == "rtl"
    phone_page.mouse.click(box["x"] + (box["width"] - 18 if rtl else 18), box["y"] + box["height"] / 2)
    phone_page.wait_for_function("() => document.querySelector('audio.mp-recording').currentTime > 0.2", timeout=20_000)
    assert fetched and all(address.endswith(fresh.path()) for address in fetched)
