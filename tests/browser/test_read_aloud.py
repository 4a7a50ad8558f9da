"""Read-aloud uses the device's own voices; where there is none (headless Chromium has none), it says so."""
from __future__ import annotations

from playwright.sync_api import expect

from minplan.catalogue import load_content
from tests.browser.helpers import wait_for_app

LESSON = load_content().lessons[0]


def test_read_aloud_speaks_or_says_the_device_has_no_voice(phone_page, app_url):
    phone_page.goto(f"{app_url}/{LESSON.id}?lang=uk")
    wait_for_app(phone_page)
    player = phone_page.frame_locator("iframe").first
    voices = phone_page.evaluate("() => window.speechSynthesis ? speechSynthesis.getVoices().length : -1")
    player.get_by_role("button", name="Українська").click()
    status = player.locator("#status")
    if voices > 0:
        expect(status).to_have_text("")
    else:
        expect(status).to_contain_text("Українська")
    player.get_by_role("button", name="Norsk bokmål").click()
    expect(player.get_by_role("button")).to_have_count(3)
