"""Read-aloud uses a recording where one fits the text, else the device's own voice; with neither it offers no button
(headless Chromium has no voices, and the repository's content has no recordings)."""
from __future__ import annotations

from playwright.sync_api import expect

from minplan.catalogue import load_content
from tests.browser.helpers import wait_for_app

LESSON = load_content().lessons[0]


def test_read_aloud_speaks_or_offers_nothing_without_voice_or_recording(phone_page, app_url):
    phone_page.goto(f"{app_url}/{LESSON.id}?lang=uk")
    wait_for_app(phone_page)
    player = phone_page.frame_locator("iframe").first
    voices = phone_page.evaluate("() => window.speechSynthesis ? speechSynthesis.getVoices().length : -1")
    if voices > 0:
        expect(player.get_by_role("button", name="Norsk bokmål")).to_be_visible()
    else:
        expect(player.get_by_role("button")).to_have_count(0)
