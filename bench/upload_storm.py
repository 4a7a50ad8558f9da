"""Upload storm: a live class keeps answering while other sessions upload hostile GIFT files and print PDFs.

    python bench/upload_storm.py            # 60 phones; 2 tabs upload 500 KB GIFT files, 2 tabs print PDFs
    python bench/upload_storm.py --short    # CI: 20 phones, 1 uploader, 1 printer (under 2 minutes)

It starts `streamlit run app.py` and runs a class through it exactly as bench/class_load.py does
(its teacher, phones and figures are reused: a real Streamlit session per phone over the websocket).
Meanwhile, until the class ends:

- each uploader stays on «Egen test» and uploads, again and again, the worst GIFT text bench/input_scaling.py
  knows (runs of every unclosed GIFT, Markdown and HTML mark; --kb, default 500) as the browser does
  (a file URL asked over the websocket, the bytes PUT over HTTP with the XSRF cookie, the widget's
  state sent back), waits for the page to finish, and uploads it again;
- each printer stays on the longest lesson handout (in its longest language) and presses «Lag PDF» again and again, waiting
  each time for the download button or the calm notice.

Uploads are read and PDFs printed in worker processes (minplan/serving/worker.py), so the phones'
answers should not wait for them. It prints answer p95 (tap to the phone showing "sent"), the board's
p95, and what the uploads and printouts gave, and exits 1 unless answer p95 < 1 s, every answer is
stored exactly once, and the storm ran (at least one upload and one printout finished).
Loopback only, and bounded by --limit seconds.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.Common_pb2 import FileUploaderState, FileURLs, UploadedFileInfo
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.class_load import (Figures, Session, app_under_test, board_delays, percentile, run_class, say,  # noqa: E402
                              stored, until)
from bench.input_scaling import worst_gift  # noqa: E402
from minplan.catalogue import load_content  # noqa: E402
from minplan.exchange.handout import lesson_html  # noqa: E402

ANSWER_P95 = 1.0
"""Seconds: a phone's tap to "sent" stays under this at the 95th percentile, storm or not."""
UI = load_content().ui
REFUSALS = {f"upload.{kind}": UI[f"upload.{kind}"]["nb"] for kind in ("too_large", "too_slow", "busy", "failed")} | {
    f"print.{kind}": UI[f"storm.print_{kind}"]["nb"] for kind in ("too_large", "too_slow", "busy", "failed")}


@dataclass
class Storm:
    """What the uploads and printouts gave: (seconds from sending to the page done, outcome) each."""

    uploads: list[tuple[float, str]] = field(default_factory=list)
    prints: list[tuple[float, str]] = field(default_factory=list)
    health: list[float] = field(default_factory=list)
    """Seconds each of Streamlit's health checks took: the server's event loop answering, or not."""


class _Tee:
    """The tab's websocket, showing each message to `look` on its way to the Session's own reader."""

    def __init__(self, socket, look):
        self.socket, self.look = socket, look

    def __getattr__(self, name):
        return getattr(self.socket, name)

    async def __aiter__(self):
        async for raw in self.socket:
            self.look(raw)
            yield raw


class UploadTab(Session):
    """A tab that also keeps its session id and the file URLs the server hands out, as the browser's uploader does."""

    session_id: str = ""
    file_urls: dict[str, FileURLs] | None = None

    async def _read(self) -> None:
        self.file_urls = {}
        self.socket = _Tee(self.socket, self._look)
        await super()._read()

    def _look(self, raw: bytes) -> None:
        message = ForwardMsg()
        message.ParseFromString(raw)
        kind = message.WhichOneof("type")
        if kind == "new_session":
            self.session_id = message.new_session.initialize.session_id
        elif kind == "file_urls_response":
            self.file_urls[message.file_urls_response.response_id] = message.file_urls_response.file_urls[0]


def xsrf_cookie(base: str) -> str:
    """The XSRF cookie an upload must send back, as the browser gets it (from Streamlit's health check)."""
    with urllib.request.urlopen(f"{base}/_stcore/health", timeout=30) as response:
        cookies = [value.split(";")[0] for value in response.headers.get_all("Set-Cookie") or []]
    return next(cookie for cookie in cookies if cookie.startswith("_streamlit_xsrf="))


def put_file(base: str, url: str, cookie: str, name: str, raw: bytes) -> int:
    """PUT the file as the browser's uploader does: one multipart field, the XSRF token in a header."""
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            f"Content-Type: text/plain\r\n\r\n").encode() + raw + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(url if url.startswith("http") else base + url, data=body, method="PUT", headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}", "Cookie": cookie,
        "X-Xsrftoken": cookie.split("=", 1)[1]})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status


def outcome_since(tab: Session, since: float, made: str) -> str:
    """The calm notice the tab showed since `since`, else `made`."""
    return next((kind for kind, text in REFUSALS.items() if tab.seen_since(since, text)), made)


async def finished_after(tab: Session, runs: int, limit: float = 120) -> bool:
    """Wait until the tab has finished more than `runs` script runs."""
    return bool(await until(lambda: tab.finished > runs, limit))


async def uploader(base: str, raw: bytes, storm: Storm, stop: asyncio.Event) -> None:
    """Upload the hostile file on «Egen test», wait for the page, and upload it again, until the class ends."""
    cookie = await asyncio.to_thread(xsrf_cookie, base)
    tab = UploadTab(base, "egen-test")
    await tab.open()
    widget = await until(lambda: tab.widget("quiz-upload"), 60)
    await until(lambda: tab.session_id, 10)
    while not stop.is_set():
        request = BackMsg()
        request.file_urls_request.request_id = asked = uuid.uuid4().hex
        request.file_urls_request.file_names.append("storm.gift")
        request.file_urls_request.session_id = tab.session_id
        await tab.socket.send(request.SerializeToString())
        urls = await until(lambda: tab.file_urls.get(asked), 30)
        await asyncio.to_thread(put_file, base, urls.upload_url, cookie, "storm.gift", raw)
        state = FileUploaderState(uploaded_file_info=[UploadedFileInfo(file_id=urls.file_id, name="storm.gift",
                                                                       size=len(raw), file_urls=urls)])
        runs, sent = tab.finished, time.monotonic()
        await tab.rerun([WidgetState(id=widget.id, file_uploader_state_value=state)])
        done = await finished_after(tab, runs)
        storm.uploads.append((time.monotonic() - sent, outcome_since(tab, sent, "read") if done else "no answer"))
    await tab.close()


async def printer(base: str, lesson: str, language: str, storm: Storm, stop: asyncio.Event) -> None:
    """Press «Lag PDF» on one lesson, again and again, until the class ends."""
    tab = Session(base, lesson, f"lang={language}")
    await tab.open()
    key = f"print:{lesson}-make"
    await until(lambda: tab.widget(key), 60)
    while not stop.is_set():
        for gone in [id for id, widget in tab.widgets.items() if widget.kind == "download_button"]:
            del tab.widgets[gone]
        button = tab.widget(key)
        runs, sent = tab.finished, time.monotonic()
        await tab.rerun(tab.click(key), fragment=button.fragment)
        done = await finished_after(tab, runs)
        made = "made" if any(widget.kind == "download_button" for widget in tab.widgets.values()) else "nothing"
        storm.prints.append((time.monotonic() - sent, outcome_since(tab, sent, made) if done else "no answer"))
    await tab.close()


async def health(base: str, storm: Storm, stop: asyncio.Event) -> None:
    """Ask Streamlit's health check twice a second, as a load balancer does, timing each answer."""
    while not stop.is_set():
        started = time.monotonic()
        await asyncio.to_thread(xsrf_cookie, base)
        storm.health.append(time.monotonic() - started)
        await asyncio.sleep(0.5)


def longest_lesson() -> tuple[str, str]:
    """The lesson and language whose handout is the longest: the biggest PDF a visitor can ask for."""
    content = load_content()
    return max(((lesson.id, code) for lesson in content.lessons for code in ("nb", "ar", "ti", "uk")),
               key=lambda pair: len(lesson_html(content.lesson(pair[0]), content, pair[1])))


async def class_in_a_storm(base: str, args, raw: bytes, lesson: tuple[str, str], cpu) -> tuple[Figures, str, Storm]:
    stop, storm = asyncio.Event(), Storm()
    crowd = [asyncio.create_task(uploader(base, raw, storm, stop)) for _ in range(args.uploaders)]
    crowd += [asyncio.create_task(printer(base, *lesson, storm, stop)) for _ in range(args.printers)]
    crowd.append(asyncio.create_task(health(base, storm, stop)))
    try:
        figures, _, code = await run_class(base, args.phones, cpu, args.idle)
    finally:
        stop.set()
    await asyncio.gather(*crowd)
    return figures, code, storm


def summary(name: str, runs: list[tuple[float, str]]) -> str:
    kinds = sorted({kind for _, kind in runs})
    counts = ", ".join(f"{sum(1 for _, each in runs if each == kind)} {kind}" for kind in kinds)
    return (f"{name}: {len(runs)} ({counts}); page done after p50 {percentile([s for s, _ in runs], 0.5):.1f} s, "
            f"max {max((s for s, _ in runs), default=float('nan')):.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="CI: 20 phones, 1 uploader, 1 printer")
    parser.add_argument("--phones", type=int, help="phones in the class (default 60; 20 with --short)")
    parser.add_argument("--uploaders", type=int, help="tabs uploading at once (default 2; 1 with --short)")
    parser.add_argument("--printers", type=int, help="tabs printing at once (default 2; 1 with --short)")
    parser.add_argument("--kb", type=int, default=500, help="size of the hostile GIFT file (default 500 KB)")
    parser.add_argument("--limit", type=float, default=420, help="stop the whole run after this many seconds")
    args = parser.parse_args()
    args.phones = args.phones or (20 if args.short else 60)
    args.uploaders = args.uploaders if args.uploaders is not None else (1 if args.short else 2)
    args.printers = args.printers if args.printers is not None else (1 if args.short else 2)
    args.idle, args.url, args.replicas, args.database = 1.0, None, None, None
    raw, lesson = worst_gift(args.kb * 1024), longest_lesson()
    folder = tempfile.mkdtemp(prefix="minplan-storm-")
    with app_under_test(args, folder) as (base, cpu, database, where):
        say(f"{args.phones} phones through {where} at {base}; {args.uploaders} uploading {args.kb} KB GIFT files, "
            f"{args.printers} printing {lesson[0]} in {lesson[1]}")
        figures, code, storm = asyncio.run(asyncio.wait_for(class_in_a_storm(base, args, raw, lesson, cpu), args.limit))
        count, distinct = stored(database, code)
    answer_p95, delays = percentile(figures.latencies, 0.95), board_delays(figures)
    print(f"{where}; {args.phones} phones; answers sent: {figures.sent}; stored: {count} ({distinct} distinct "
          f"participant-question pairs); not confirmed: {figures.late}")
    print(f"latency per answer (tap to 'sent'): p50 {percentile(figures.latencies, 0.5) * 1000:.0f} ms, "
          f"p95 {answer_p95 * 1000:.0f} ms; answer to the board's count: p50 {percentile(delays, 0.5) * 1000:.0f} ms, "
          f"p95 {percentile(delays, 0.95) * 1000:.0f} ms")
    print(summary(f"uploads of {args.kb} KB hostile GIFT", storm.uploads))
    print(summary(f"printouts of {lesson[0]} ({lesson[1]})", storm.prints))
    print(f"Streamlit's health check meanwhile: {len(storm.health)} asked, p95 {percentile(storm.health, 0.95) * 1000:.0f} ms, "
          f"max {max(storm.health, default=float('nan')) * 1000:.0f} ms")
    once = figures.sent == count == distinct and figures.late == 0
    fast = answer_p95 < ANSWER_P95
    stormed = any(kind != "no answer" for _, kind in storm.uploads) and any(kind != "no answer" for _, kind in storm.prints)
    print("OK: every answer stored exactly once" if once else "PROBLEM: answers lost, unconfirmed or counted twice")
    print(f"{'OK' if fast else 'PROBLEM'}: answer p95 {answer_p95:.2f} s, the target is under {ANSWER_P95:g} s")
    if not stormed:
        print("PROBLEM: the storm did not run (no upload or no printout finished)")
    return 0 if once and fast and stormed else 1


if __name__ == "__main__":
    sys.exit(main())
