"""Load test of the live class: 60 phones answer 10 questions through the REAL running app.

    python bench/class_load.py                       # SQLite file in a temp folder
    python bench/class_load.py --database postgresql://postgres@127.0.0.1:55432/minplan_bench
    python bench/class_load.py --replicas 3 --classes 3   # 3 classes at once, nginx over 3 processes
    python bench/class_load.py --url http://127.0.0.1:8080 --database postgresql://...   # a running deployment

With --replicas N it starts deploy/run_local.py as a process (N processes, nginx with sticky
sessions, a throwaway PostgreSQL) and goes through nginx, like phones on a school's network: each
session first loads the page to get nginx's route cookie, so the teacher's board and the phones
land on different processes and meet only in the database.

What it drives: it starts `streamlit run app.py` on a free loopback port and talks to it
over Streamlit's own websocket protocol (/_stcore/stream, protobuf BackMsg/ForwardMsg from
streamlit.proto), exactly as a browser does. Every simulated phone and the teacher is a real
Streamlit session: it opens the page, clicks widgets by their keys, and reruns its live
fragments when the server's AutoRerun messages ask, at the same intervals as a browser
(phones every 3 s, the board every quarter second). Nothing calls the store directly, except the
check at the end that counts what the database holds.

The teacher starts a class from the lessons' check questions (10 questions), waits until
every phone has joined, opens each question, waits until the board shows every answer
(or a time limit), shows the answers, and moves on. Some phones reconnect after question 3,
as a phone that loses its network does, and must keep their place and answers.

It prints: answers sent, answers stored (must be equal: each stored exactly once), p50/p95
latency per answer (tap to the phone showing "sent"), p95 time from an answer to the board's
count showing it (with --board-p95 S the run fails when that is above S seconds), and what the polling
costs: the server's CPU while 60 phones only poll.

Bounded: every wait has a limit and the whole run stops after --limit seconds. Loopback only:
the app, and the database when one is given, must be on this machine (127.0.0.0/8, localhost, ::1).
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.board import COUNT, JOINED, LESSONS_SOURCE, RESULTS, RIGHT_ANSWER, SENT_TEXT, board_code, every_question  # noqa: E402
from minplan.serving.processes import start_streamlit, stop  # noqa: E402
from minplan.classroom.tables import make_engine, metadata  # noqa: E402

PIN = "bench-246810"
"""The teacher's PIN for the class the bench starts."""
JOIN_SPREAD = 20.0
"""Seconds over which a class's phones open the join page: people type the code within about this."""
TICKS: dict[str, float] = {}
"""Seconds between live reruns of each page, as the app's AutoRerun messages ask for them."""


def say(text: str) -> None:
    """Progress on stderr, so the figures on stdout stay clean."""
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def loopback_only(url: str) -> None:
    """Refuse any address that is not on this machine."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise SystemExit(f"refusing {url}: the load test only talks to loopback addresses")


@dataclass
class Widget:
    id: str
    kind: str
    element: object
    fragment: str


@dataclass
class Session:
    """One browser tab, spoken to over the websocket like Streamlit's own frontend does.

    Once the server has named the page's hash, reruns name it too, as the browser does (so a
    fragment's st.rerun(scope="app") reruns this page, not the home page). Every rerun, a fragment's
    timed one included, carries the values the tab's widgets hold, as the browser sends them; a tap
    (a trigger) goes with one rerun only.
    """

    base: str
    page: str
    query: str = ""
    widgets: dict[str, Widget] = field(default_factory=dict)
    values: dict[str, WidgetState] = field(default_factory=dict)
    texts: list[tuple[float, str]] = field(default_factory=list)
    auto: dict[str, asyncio.Task] = field(default_factory=dict)
    announced: set[str] = field(default_factory=set)
    script_hash: str = ""
    finished: int = 0

    async def open(self) -> None:
        port = urlsplit(self.base).port
        cookie = await asyncio.to_thread(route_cookie, self.base)
        self.socket = await websockets.connect(f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"],
                                               origin=f"http://127.0.0.1:{port}", max_size=2**24, open_timeout=60,
                                               additional_headers={"Cookie": cookie} if cookie else None)
        self.reader = asyncio.create_task(self._read())
        await self.rerun()

    async def close(self) -> None:
        for task in self.auto.values():
            task.cancel()
        self.reader.cancel()
        await self.socket.close()

    async def rerun(self, states: list[WidgetState] = (), fragment: str = "", auto: bool = False) -> None:
        message = BackMsg()
        client = message.rerun_script
        client.query_string = self.query
        client.page_name = self.page
        client.page_script_hash = self.script_hash
        client.fragment_id = fragment
        client.is_auto_rerun = auto
        client.context_info.url = f"{self.base}/{self.page}"
        client.context_info.locale = "nb-NO"
        taps = [state for state in states if "trigger" in (state.WhichOneof("value") or "")]
        self.values.update((state.id, state) for state in states if state not in taps)
        client.widget_states.widgets.extend([*self.values.values(), *taps])
        await self.socket.send(message.SerializeToString())

    def widget(self, key: str) -> Widget | None:
        return next((widget for widget in self.widgets.values() if widget.id.endswith(f"-{key}")), None)

    def click(self, key: str) -> list[WidgetState]:
        button = self.widget(key)
        return [WidgetState(id=button.id, trigger_value=True)] if button else []

    async def _read(self) -> None:
        async for raw in self.socket:
            message = ForwardMsg()
            message.ParseFromString(raw)
            kind = message.WhichOneof("type")
            if kind == "delta":
                self._delta(message.delta)
            elif kind == "navigation":
                self.script_hash = message.navigation.page_script_hash or self.script_hash
            elif kind == "page_info_changed":
                self.query = message.page_info_changed.query_string
            elif kind == "auto_rerun":
                self.announced.add(message.auto_rerun.fragment_id)
                self._auto(message.auto_rerun.fragment_id, message.auto_rerun.interval)
            elif kind == "script_finished":
                self.finished += 1
                if message.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY:
                    self._drop_gone_fragments()

    def _drop_gone_fragments(self) -> None:
        """After a whole run, stop ticking the fragments it no longer drew, as the browser does."""
        for fragment in [fragment for fragment in self.auto if fragment not in self.announced]:
            self.auto.pop(fragment).cancel()
        self.announced.clear()

    def _delta(self, delta) -> None:
        if delta.WhichOneof("type") != "new_element":
            return
        element = delta.new_element
        kind = element.WhichOneof("type")
        inner = getattr(element, kind)
        if hasattr(inner, "id") and inner.id:
            self.widgets[inner.id] = Widget(inner.id, kind, inner, delta.fragment_id)
        if hasattr(inner, "body"):
            self.texts.append((time.monotonic(), inner.body))

    def _auto(self, fragment: str, interval: float) -> None:
        TICKS[self.page] = interval
        if fragment in self.auto:
            return

        async def tick() -> None:
            while True:
                await asyncio.sleep(interval)
                await self.rerun(fragment=fragment, auto=True)

        self.auto[fragment] = asyncio.create_task(tick())

    def seen_since(self, since: float, text: str) -> float | None:
        return next((at for at, body in self.texts if at >= since and text in body), None)


def route_cookie(base: str) -> str | None:
    """Load the page as a browser does first; behind nginx this gives the route cookie that keeps us on one process."""
    with urllib.request.urlopen(f"{base}/", timeout=30) as response:
        found = [value.split(";")[0] for value in response.headers.get_all("Set-Cookie") or []
                 if value.startswith("minplan_route=")]
    return found[0] if found else None


async def until(check, limit: float, step: float = 0.05):
    """Wait until `check()` gives something truthy, or the limit runs out (then None)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        await asyncio.sleep(step)
    return None


@dataclass
class Figures:
    latencies: list[float] = field(default_factory=list)
    sent_at: dict[int, list[float]] = field(default_factory=dict)
    board: dict[int, list[tuple[float, int]]] = field(default_factory=dict)
    sent: int = 0
    late: int = 0


def _enabled(widget: Widget | None) -> Widget | None:
    """The send button once the server has drawn it enabled (a browser cannot tap a disabled one)."""
    return widget if widget and not widget.element.disabled else None


async def phone(base: str, code: str, number: int, questions: int, figures: Figures, done: asyncio.Event,
                reconnect: bool) -> None:
    """One participant: join by code; when a question opens, tap a choice, then "send"; maybe reconnect midway."""
    rng = random.Random(number)
    await asyncio.sleep(rng.uniform(0, JOIN_SPREAD))
    session = Session(base, "klasse", f"kode={code}")
    await session.open()
    submit = await until(lambda: session.widget("FormSubmitter:class-join-Bli med"), 60)
    await session.rerun([WidgetState(id=submit.id, trigger_value=True)])
    await until(lambda: "deltaker=" in session.query, 60)
    answered: set[int] = set()
    while not done.is_set():
        index = next((i for i in range(questions) if i not in answered and session.widget(f"class:{code}:{i}:send")), None)
        if index is None:
            await asyncio.sleep(0.05)
            continue
        await asyncio.sleep(rng.uniform(0.2, 2.0))
        radio = session.widget(f"class:{code}:{index}")
        chosen = WidgetState(id=radio.id, string_value=rng.choice(list(radio.element.options)))
        await session.rerun([chosen], fragment=radio.fragment)
        button = await until(lambda: _enabled(session.widget(f"class:{code}:{index}:send")), 30)
        if button is None:  # the choice never reached the server: a failed tap, not a crash of the bench
            figures.late += 1
            answered.add(index)
            continue
        sent = time.monotonic()
        await session.rerun([chosen, WidgetState(id=button.id, trigger_value=True)], fragment=button.fragment)
        figures.sent += 1
        figures.sent_at.setdefault(index, []).append(sent)
        shown = await until(lambda: session.seen_since(sent, SENT_TEXT), 30)
        if shown:
            figures.latencies.append(shown - sent)
        else:
            figures.late += 1
        answered.add(index)
        if reconnect and index == 2:
            await session.close()
            session = Session(base, "klasse", session.query)
            await session.open()
            await until(lambda: session.seen_since(0, SENT_TEXT) or session.widget(f"class:{code}:3:send"), 30)
    await session.close()


async def teacher(base: str, phones: int, figures: Figures, started: asyncio.Future, done: asyncio.Event,
                  idle: float, cpu) -> dict:
    """The teacher's board: start from the lessons' check questions, then open, wait, reveal, next."""
    board = Session(base, "klasse-laerer")
    await board.open()
    source = await until(lambda: board.widget("class-source"), 60)
    lessons = next(option for option in source.element.options if option.startswith(LESSONS_SOURCE))
    await until(lambda: board.widget("class-start"), 10)
    pin, every = board.widget("class-pin"), board.widget("class-how-many")
    board.finished = 0
    await board.rerun([WidgetState(id=source.id, string_value=lessons), WidgetState(id=pin.id, string_value=PIN),
                       every_question(every.id)] + board.click("class-start"))
    code = await until(lambda: board_code([body for _, body in board.texts]), 30)
    assert code, "the class did not start: no code on the board"
    questions = int(re.search(r"\((\d+) spørsmål\)", lessons).group(1))
    started.set_result((code, questions))
    say(f"class {code} started with {questions} questions")
    joined = await until(lambda: any(JOINED.match(body) and int(JOINED.match(body).group(1)) >= phones
                                     for _, body in board.texts[-20:]), 120 + JOIN_SPREAD)
    assert joined, "not every phone joined in time"
    say(f"{phones} phones joined; measuring {idle:g} s of polling alone")
    cost = {}
    before = cpu()
    await asyncio.sleep(idle)
    cost["idle"] = (cpu() - before) / idle
    answering = time.monotonic()
    before = cpu()
    for index in range(questions):
        mark = len(board.texts)
        await board.rerun(board.click("class-step"))
        await until(lambda: any(COUNT.search(body) for _, body in board.texts[mark:]), 30)

        def all_in() -> bool:
            counts = [(at, int(match.group(1))) for at, body in board.texts[mark:] if (match := COUNT.search(body))]
            figures.board[index] = counts
            return bool(counts) and counts[-1][1] >= phones

        await until(all_in, 60)
        say(f"question {index + 1}: board shows {figures.board[index][-1][1] if figures.board.get(index) else 0} answers")
        revealed = time.monotonic()
        await board.rerun(board.click("class-step"))
        await until(lambda: board.seen_since(revealed, RIGHT_ANSWER), 30)
    await board.rerun(board.click("class-step"))
    await until(lambda: any(RESULTS in body for _, body in board.texts[-50:]), 30)
    cost["answering"] = (cpu() - before) / (time.monotonic() - answering)
    done.set()
    await board.close()
    return cost


def server_cpu(pids: list[int]):
    """Seconds of CPU the app's processes have used so far (user + system, from /proc); 0 when not ours."""
    ticks = os.sysconf("SC_CLK_TCK")

    def one(pid: int) -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks

    def read() -> float:
        return sum(one(pid) for pid in pids)

    read.each = lambda: [one(pid) for pid in pids]
    return read


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def board_delays(figures: Figures) -> list[float]:
    """For each answer: time from sending it until the board's count first reached its rank."""
    delays = []
    for index, sent in figures.sent_at.items():
        counts = figures.board.get(index, [])
        for rank, at in enumerate(sorted(sent), start=1):
            shown = next((when for when, count in counts if count >= rank and when >= at), None)
            if shown is not None:
                delays.append(shown - at)
    return delays


async def run_class(base: str, phones: int, cpu, idle: float) -> tuple[Figures, dict, str]:
    figures = Figures()
    done = asyncio.Event()
    started: asyncio.Future = asyncio.get_running_loop().create_future()
    board = asyncio.create_task(teacher(base, phones, figures, started, done, idle, cpu))
    code, questions = await asyncio.wait_for(started, 120)
    crowd = [asyncio.create_task(phone(base, code, number, questions, figures, done, reconnect=number % 10 == 0))
             for number in range(phones)]
    cost = await board
    await asyncio.gather(*crowd)
    return figures, cost, code


async def run_classes(base: str, classes: int, phones: int, cpu, idle: float) -> list[tuple[Figures, dict, str]]:
    """K classes at once, each with its own teacher's board and phones."""
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=64))
    return await asyncio.gather(*(run_class(base, phones, cpu, idle) for _ in range(classes)))


@contextlib.contextmanager
def local_cluster(replicas: int, database: str | None, folder: Path):
    """deploy/run_local.py as a process (N replicas behind nginx); yields its ready file: url, pids, database."""
    ready = folder / "cluster.json"
    command = [sys.executable, str(ROOT / "deploy" / "run_local.py"), "--replicas", str(replicas), "--ready-file", str(ready)]
    process = subprocess.Popen(command + (["--database", database] if database else []), cwd=ROOT)
    try:
        deadline = time.monotonic() + 240
        while not ready.is_file():
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"deploy/run_local.py did not start the cluster (exit {process.poll()})")
            time.sleep(0.5)
        yield json.loads(ready.read_text(encoding="utf-8"))
    finally:
        stop(process, seconds=60)


@contextlib.contextmanager
def app_under_test(args, folder: str):
    """Where to send the phones: a given URL, N replicas behind nginx, or one process; and its CPU and database."""
    if args.url:
        loopback_only(args.url)
        if not args.database:
            raise SystemExit("--url needs --database, to count what the deployment stored")
        yield args.url, server_cpu([]), args.database, "the deployment at " + args.url
        return
    if args.replicas:
        with local_cluster(args.replicas, args.database, Path(folder)) as running:
            yield running["url"], server_cpu(running["pids"]), running["database"], f"nginx over {args.replicas} processes"
        return
    database = args.database or f"sqlite:///{folder}/class.sqlite3"
    engine = make_engine(database)
    metadata.create_all(engine)
    engine.dispose()
    process, base = start_streamlit("app.py", ROOT, {"DATABASE_URL": database})
    loopback_only(base)
    try:
        yield base, server_cpu([process.pid]), database, "one process"
    finally:
        stop(process)


def stored(database: str, code: str) -> tuple[int, int]:
    """Answers the database holds for the class, and how many (participant, question) pairs they cover."""
    engine = make_engine(database)
    with engine.connect() as db:
        row = db.exec_driver_sql(
            "select count(*), count(distinct a.token_hash || ':' || a.question_index) from class_answers a "
            "join class_sessions s on s.id = a.session_id where s.code = ?" if engine.dialect.name == "sqlite" else
            "select count(*), count(distinct a.token_hash || ':' || a.question_index) from class_answers a "
            "join class_sessions s on s.id = a.session_id where s.code = %s", (code,)).first()
    engine.dispose()
    return row[0], row[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", help="a loopback PostgreSQL URL (default: a SQLite file, or with --replicas "
                                           "a throwaway PostgreSQL)")
    parser.add_argument("--phones", type=int, default=60, help="phones per class (default 60)")
    parser.add_argument("--classes", type=int, default=1, help="classes at the same time (default 1)")
    parser.add_argument("--replicas", type=int, help="start N app processes behind nginx (deploy/run_local.py)")
    parser.add_argument("--url", help="a running deployment on loopback (e.g. nginx); needs --database")
    parser.add_argument("--idle", type=float, default=15, help="seconds to measure polling alone (default 15)")
    parser.add_argument("--limit", type=float, default=420, help="stop the whole run after this many seconds")
    parser.add_argument("--board-p95", type=float, metavar="SECONDS",
                        help="fail when the p95 time from an answer to the board's count is above this")
    args = parser.parse_args()
    if args.database:
        loopback_only(args.database)
    folder = tempfile.mkdtemp(prefix="minplan-bench-")
    with app_under_test(args, folder) as (base, cpu, database, where):
        say(f"{args.classes} × {args.phones} phones through {where} at {base}")
        before = cpu.each()
        engine = make_engine(database)
        metadata.create_all(engine)
        engine.dispose()
        results = asyncio.run(asyncio.wait_for(run_classes(base, args.classes, args.phones, cpu, args.idle),
                                               args.limit))
        counted = [stored(database, code) for _, _, code in results]
        spread = [after - first for first, after in zip(before, cpu.each())]
    kind = make_engine(database).dialect.name
    figures = Figures()
    for each, _, _ in results:
        figures.latencies += each.latencies
        figures.sent += each.sent
        figures.late += each.late
    delays = [delay for each, _, _ in results for delay in board_delays(each)]
    count, distinct = sum(pair[0] for pair in counted), sum(pair[1] for pair in counted)
    cost = results[0][1]
    print(f"{where}; database: {kind}; classes: {args.classes} × {args.phones} phones; answers sent: {figures.sent}; "
          f"answers stored: {count} ({distinct} distinct participant-question pairs); not confirmed: {figures.late}")
    print(f"latency per answer (tap to 'sent' on the phone): p50 {percentile(figures.latencies, 0.5) * 1000:.0f} ms, "
          f"p95 {percentile(figures.latencies, 0.95) * 1000:.0f} ms")
    print(f"answer to the board's count: p50 {percentile(delays, 0.5) * 1000:.0f} ms, "
          f"p95 {percentile(delays, 0.95) * 1000:.0f} ms (the board polls every {TICKS['klasse-laerer']:g} s)")
    if not args.url:
        phone_tick, board_tick = TICKS["klasse"], TICKS["klasse-laerer"]
        ticks = args.classes * (args.phones / phone_tick + 1 / board_tick)
        print(f"server CPU while {args.classes * args.phones} phones poll every {phone_tick:g} s and "
              f"{args.classes} board(s) every {board_tick:g} s: {cost['idle'] * 100:.0f} % of one core = "
              f"{cost['idle'] / ticks * 1000:.1f} ms per tick; while answering: {cost['answering'] * 100:.0f} % of one core "
              f"({cost['answering'] * 100 / args.classes:.0f} % per class)")
    print(f"the load generator itself (this process, {args.classes * (args.phones + 1)} sessions) used "
          f"{time.process_time():.0f} s of CPU")
    if len(spread) > 1:
        print("CPU seconds per process over the run (the sessions spread over them): "
              + ", ".join(f"{seconds:.0f}" for seconds in spread))
    ok = figures.sent == count == distinct and figures.late == 0
    print("OK: every answer stored exactly once" if ok else "PROBLEM: answers lost or counted twice")
    board_p95 = percentile(delays, 0.95)
    if args.board_p95 is not None:
        fast = board_p95 <= args.board_p95
        print(f"{'OK' if fast else 'PROBLEM'}: answer to board p95 {board_p95:.2f} s, the target is {args.board_p95:g} s")
        ok = ok and fast
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
