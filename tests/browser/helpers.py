"""Helpers for browser tests: wait for Streamlit to finish a run, measure overflow, save screenshots."""
from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"
PHONE = {"width": 390, "height": 844}
PROJECTOR = {"width": 1920, "height": 1080}

SUPPORT = "[class*='st-key-support-'], [class*='st-key-pair-'] > :nth-child(2)"
"""A support-language text: a block of its own, or the second block of a Norwegian–support pair (views/bilingual.py)."""
SUPPORT_RTL = "[class*='st-key-support-rtl-'], [class*='st-key-pair-rtl-'] > :nth-child(2)"
"""The same, for a right-to-left language."""

_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
_STYLED = """() => {
  const text = document.querySelector("[data-testid='stMarkdownContainer']");
  return !text || getComputedStyle(text).overflowWrap === "anywhere";
}"""
"""True once the app's own stylesheet (assets/css/, sent with each run) applies."""


def wait_for_app(page: Page, timeout_ms: int = 30_000) -> None:
    """Wait until the script has finished running and the page's fonts are in place.

    Not "networkidle": the app's websocket and embedded players keep the network busy.
    """
    page.wait_for_load_state("load", timeout=timeout_ms)
    page.wait_for_selector(_IDLE, timeout=timeout_ms)
    page.wait_for_function("() => document.fonts.status === 'loaded'", timeout=timeout_ms)  # bounded: fonts.ready may never settle
    page.wait_for_selector(_IDLE, timeout=timeout_ms)
    page.wait_for_function(_STYLED, timeout=timeout_ms)


def choose_option(page: Page, box: Locator, name: str | re.Pattern) -> None:
    """Open a select box and tap one of its options, then wait for the run it starts.

    A rerun that lands just after the tap closes the list again (the box is drawn anew), so a list
    that has not opened within a few seconds is opened once more, as a person would tap again."""
    option = page.get_by_role("option", name=name).first
    for _ in range(3):
        box.click()
        try:
            option.click(timeout=5_000)
            break
        except PlaywrightTimeout:
            continue
    else:
        raise AssertionError(f"the list never showed the option {name!r}")
    wait_for_app(page)


def make_pdf(page: Page) -> None:
    """Press «Lag PDF» (views/exchange/downloads.py: the PDF is made in a worker) and wait for its download button."""
    page.get_by_role("button", name=re.compile(r"^Lag PDF")).click()
    page.locator("[data-testid='stDownloadButton']").first.wait_for(timeout=60_000)


def horizontal_overflow(page: Page) -> int:
    """How many pixels the page is wider than the screen (0 means no sideways scrolling)."""
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def screenshot(page: Page, name: str, full_page: bool = True) -> Path:
    """Save a screenshot under tests/screenshots/ (ignored by git) and return its path.

    Streamlit scrolls inside its own container, so a full-page shot briefly makes the
    viewport as tall as the content instead of relying on the document's height.
    """
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    viewport = page.viewport_size
    if full_page and viewport:
        height = page.evaluate(
            "() => Math.max(...[...document.querySelectorAll('[data-testid=stMain], section.main, body')]"
            ".map(element => element.scrollHeight))"
        )
        page.set_viewport_size({"width": viewport["width"], "height": min(max(height, viewport["height"]), 12000)})
        wait_for_app(page)
    page.screenshot(path=str(path))
    if full_page and viewport:
        page.set_viewport_size(viewport)
    return path
