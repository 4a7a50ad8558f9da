"""Bytes on the wire for a phone opening Min plan, against a bare two-page Streamlit app in the same run.

    python bench/page_weight.py            # start, a lesson, the quiz, the class page; nb and ar; Fast 3G
    python bench/page_weight.py --short    # a lesson in nb and ar, the bare app, Fast 3G once (CI)
    python bench/page_weight.py --root DIR # measure another checkout (e.g. an older commit) the same way

Chromium (Debian's, through Playwright) at phone size; the Chrome DevTools Protocol reports every
finished HTTP response's `encodedDataLength` (bytes as received, headers included) and every
websocket frame. First view: a fresh browser context (empty cache). Repeat view: the same
context, the page reloaded. The bare app runs as Streamlit serves it and behind Min plan's
compression, so the ratios show what is Min plan's own weight. Then the time until a lesson's
text shows with the network held to Fast 3G (1.6 Mbit/s down, 150 ms round trip).

Goals (issue 24; issue 13 had 1.2 MB and 8 s): first view of a lesson at most 600 kB in nb and ar;
of the start page, the quiz and the class join page too (full form); repeat view at most 60 kB;
lesson text on Fast 3G within 3 s. Both forms exit 1 when a goal is missed. The text used to wait for
Streamlit's 440 kB of scripts (4.5 s at best on Fast 3G; the bare app's text still does); now the page
brings a lesson's first lines itself (minplan/lesson/preview.py), so they show after some 40 kB.
"""
from __future__ import annotations

import argparse
import base64
import os
import re
import zlib
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minplan.serving.processes import start_streamlit, stop  # noqa: E402
from minplan.catalogue import load_content  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True,
         "locale": "nb-NO"}
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
FAST_3G = {"offline": False, "latency": 150, "downloadThroughput": 1.6e6 / 8, "uploadThroughput": 0.75e6 / 8}
FIRST_GOAL, REPEAT_GOAL, FAST_3G_GOAL = 600_000, 60_000, 3.0

BARE = '''"""A bare two-page Streamlit app: the yardstick for Min plan's page weight."""
import streamlit as st


def start():
    st.title("Start")
    st.markdown("Velkommen.")


def lesson():
    st.title("Leksjon")
    for number in range(8):
        st.markdown(f"Avsnitt {number}: en kort tekst om planen.")
    st.radio("Hva er riktig?", ["Ja", "Nei"], index=None)
    st.button("Sjekk svaret")


st.navigation([st.Page(start, title="Start", default=True), st.Page(lesson, title="Leksjon", url_path="leksjon")]).run()
'''
BARE_COMPRESSED = '''"""The bare app behind Min plan's compression."""
import streamlit as st
from starlette.middleware import Middleware

from minplan.serving.compression import Compression

app = st.App("bare.py", middleware=[Middleware(Compression)])
'''


@dataclass
class Weight:
    http: int = 0
    websocket: int = 0
    requests: int = 0

    @property
    def total(self) -> int:
        return self.http + self.websocket


class Wire:
    """Counts what one page receives, through a CDP session on it."""

    def __init__(self, page) -> None:
        self.session = page.context.new_cdp_session(page)
        self.session.send("Network.enable")
        self.weight = Weight()
        self.last = time.monotonic()
        self.session.on("Network.loadingFinished", self._finished)
        self.session.on("Network.webSocketFrameReceived", self._frame)
        self.session.on("Network.webSocketHandshakeResponseReceived", self._handshake)
        self.deflate: dict[str, object] = {}
        self.session.on("Network.requestWillBeSent", self._touch)

    def _touch(self, _event) -> None:
        self.last = time.monotonic()

    def _finished(self, event) -> None:
        self.weight.http += int(event["encodedDataLength"])
        self.weight.requests += 1
        self.last = time.monotonic()

    def _handshake(self, event) -> None:
        """With per-message deflate agreed, frames travel deflated: count them as deflated (see `on_the_wire`)."""
        headers = {key.lower(): value for key, value in event["response"]["headers"].items()}
        agreed = headers.get("sec-websocket-extensions", "")
        if "permessage-deflate" in agreed:
            bits = re.search(r"server_max_window_bits=(\d+)", agreed)
            self.deflate[event["requestId"]] = deflater(int(bits.group(1)) if bits else 15)

    def _frame(self, event) -> None:
        response = event["response"]
        data = response["payloadData"]
        payload = base64.b64decode(data) if response["opcode"] == 2 else data.encode()
        self.weight.websocket += on_the_wire(payload, self.deflate.get(event["requestId"]))
        self.last = time.monotonic()

    def take(self) -> Weight:
        taken, self.weight = self.weight, Weight()
        return taken

    def quiet(self, seconds: float = 2.5, limit: float = 30) -> None:
        """Wait until nothing has arrived for `seconds` (fonts and late requests included)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline and time.monotonic() - self.last < seconds:
            time.sleep(0.1)


def deflater(window_bits: int):
    """The server's compressor, as the `websockets` library that Streamlit's uvicorn uses makes it (memLevel 5 with
    its 12-bit window, zlib's defaults otherwise); one per connection, since it keeps its window between messages."""
    return zlib.compressobj(wbits=-window_bits, memLevel=5 if window_bits == 12 else 8)


def on_the_wire(payload: bytes, deflate) -> int:
    """A frame's payload as sent: CDP reports it inflated; with per-message deflate the server sent it deflated
    (RFC 7692: flushed, the final 00 00 ff ff dropped). Compressed the same way here, the count is the server's."""
    if deflate is None:
        return len(payload)
    return len(deflate.compress(payload) + deflate.flush(zlib.Z_SYNC_FLUSH)) - 4


def settle(page, wire: Wire) -> None:
    """Wait until the page is complete: script run, fonts (requested only once their text is drawn), late chunks."""
    page.wait_for_load_state("load", timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    for _ in range(2):
        page.evaluate("() => document.fonts.ready.then(() => true)")
        wire.quiet()
        page.wait_for_selector(IDLE, timeout=60_000)


def first_and_repeat(browser, url: str) -> tuple[Weight, Weight]:
    """Bytes for a first view (fresh context) and a repeat view (same context, reloaded)."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    wire = Wire(page)
    page.goto(url)
    settle(page, wire)
    first = wire.take()
    page.reload()
    settle(page, wire)
    repeat = wire.take()
    context.close()
    return first, repeat


def fast_3g_seconds(browser, url: str, text: str) -> tuple[float, int]:
    """Seconds from navigation until `text` is visible, on an emulated Fast 3G network, empty cache; and the bytes
    that had arrived by then (what the text waited for)."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    wire = Wire(page)
    wire.session.send("Network.emulateNetworkConditions", FAST_3G)
    started = time.monotonic()
    page.goto(url, wait_until="commit", timeout=120_000)
    page.get_by_text(text, exact=False).first.wait_for(state="visible", timeout=120_000)
    seconds = time.monotonic() - started
    received = wire.take().total
    context.close()
    return seconds, received


def kb(count: int) -> str:
    return f"{count / 1000:8.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="a lesson in nb and ar and the bare app (for CI)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    args = parser.parse_args()
    lesson = load_content().lessons[0]
    lesson_text = lesson.key_points[0]["nb"][:40]  # shown first; the explanation sits in a fold
    pages = {"lesson": lesson.id} if args.short else {"start": "", "lesson": lesson.id, "quiz": "selvtest",
                                                      "class": "klasse"}
    languages = {"nb": "", "ar": "?lang=ar"}
    bare_folder = Path(tempfile.mkdtemp(prefix="minplan-bare-"))
    (bare_folder / "bare.py").write_text(BARE, encoding="utf-8")
    (bare_folder / "bare_app.py").write_text(BARE_COMPRESSED, encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT), "DATABASE_URL": f"sqlite:///{bare_folder}/class.sqlite3"}
    servers = {"minplan": start_streamlit("app.py", args.root.resolve(), env),
               "bare": start_streamlit("bare.py", bare_folder, env),
               "bare+compression": start_streamlit("bare_app.py", bare_folder, env)}
    from playwright.sync_api import sync_playwright

    rows: dict[str, tuple[Weight, Weight]] = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            for name in ("bare", "bare+compression"):
                base = servers[name][1]
                for label, path in ({"lesson": "leksjon"} if args.short else {"start": "", "lesson": "leksjon"}).items():
                    rows[f"{name} {label}"] = first_and_repeat(browser, f"{base}/{path}")
            base = servers["minplan"][1]
            for label, path in pages.items():
                for language, query in languages.items():
                    rows[f"minplan {label} {language}"] = first_and_repeat(browser, f"{base}/{path}{query}")
            slow = {language: fast_3g_seconds(browser, f"{base}/{lesson.id}{query}", lesson_text)
                    for language, query in languages.items()}
            bare_slow = fast_3g_seconds(browser, f"{servers['bare+compression'][1]}/leksjon", "Avsnitt 0")
            browser.close()
    finally:
        for process, _ in servers.values():
            stop(process)
    bare_first = rows["bare lesson"][0].total
    print(f"{'page':<30}{'first kB':>9}{'(http':>9}{'ws)':>8}{'repeat kB':>11}{'(http':>9}{'ws)':>8}{'vs bare':>9}")
    for name, (first, repeat) in rows.items():
        print(f"{name:<30}{kb(first.total):>9}{kb(first.http):>9}{kb(first.websocket):>8}"
              f"{kb(repeat.total):>11}{kb(repeat.http):>9}{kb(repeat.websocket):>8}{first.total / bare_first:8.2f}×")
    for name, (seconds, received) in {**{f"lesson, {language}": taken for language, taken in slow.items()},
                                       "bare app behind compression, lesson": bare_slow}.items():
        print(f"text shown on Fast 3G ({name}): {seconds:.1f} s after {received / 1000:.0f} kB (goal ≤ {FAST_3G_GOAL:g} s)")
    pages_measured = [weights for name, weights in rows.items() if name.startswith("minplan ")]
    worst_first = max(first.total for first, _ in pages_measured)
    worst_repeat = max(repeat.total for _, repeat in pages_measured)
    slowest = max(seconds for seconds, _ in slow.values())
    ok = worst_first <= FIRST_GOAL and worst_repeat <= REPEAT_GOAL and slowest <= FAST_3G_GOAL
    print(f"{'OK' if ok else 'MISSED'}: first view at most {worst_first / 1000:.0f} kB (goal ≤ {FIRST_GOAL / 1000:.0f} kB), "
          f"repeat view at most {worst_repeat / 1000:.0f} kB (goal ≤ {REPEAT_GOAL / 1000:.0f} kB), "
          f"text on Fast 3G within {slowest:.1f} s (goal ≤ {FAST_3G_GOAL:g} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
