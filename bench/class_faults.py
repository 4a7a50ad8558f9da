"""Fault test of the live class: a real class through the running app while the database and the app go away.

    python bench/class_faults.py                      # SQLite file in a temp folder
    python bench/class_faults.py --database postgresql://postgres@127.0.0.1:55432/postgres --pg-data /tmp/pg/data

It starts `streamlit run app.py` and drives a teacher and 20 phones over Streamlit's
websocket, as bench/class_load.py does (its client code is reused). The teacher starts a
class from the lessons' check questions with a PIN, and the phones answer every question.
Along the way:

1. question 2: the database stops for --outage seconds while answers come in (PostgreSQL is
   stopped and started with pg_ctl; a SQLite file's folder is renamed away and back), and
   two phones reload their page during the outage;
2. question 4: the app is killed mid-question and started again on the same port; phones
   reconnect as a browser does, the teacher's new tab takes the board back with code + PIN;
3. question 6: the teacher's tab reloads and takes the board back with code + PIN.

It prints answers sent / stored / lost / doubled, the seconds until the board worked again
after each fault, and what the app logged; it exits 1 on any lost or doubled answer, an
answer a phone never saw confirmed, an error box on a screen, or a traceback in the app's log.
Loopback only, and bounded by --limit seconds.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import websockets

sys.path.insert(0, str(Path(__file__).resolve().parent))

from class_load import PIN, ROOT, Session, loopback_only, say, until  # noqa: E402
from board import COUNT, JOINED, LESSONS_SOURCE, RESULTS, RIGHT_ANSWER, SENT_TEXT, board_code, every_question  # noqa: E402
from streamlit.proto.WidgetStates_pb2 import WidgetState  # noqa: E402

from minplan.classroom.codes import digest  # noqa: E402
from minplan.classroom.tables import make_engine, prepare  # noqa: E402
from minplan.serving.processes import free_port  # noqa: E402

LOST_TEXT = "Vi har mistet kontakten med klassen"
OUTAGE_AT, RESTART_AT, RELOAD_AT = 1, 3, 5
"""Questions (from 0) during which the database stops, the app restarts, the teacher's tab reloads."""


class Tab(Session):
    """A browser tab that remembers when each widget was last drawn, and survives a closed socket."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.drawn: dict[str, float] = {}
        self.errors = 0

    def _delta(self, delta) -> None:
        super()._delta(delta)
        if delta.WhichOneof("type") == "new_element":
            element = delta.new_element
            kind = element.WhichOneof("type")
            inner = getattr(element, kind)
            if getattr(inner, "id", ""):
                self.drawn[inner.id] = time.monotonic()
            if kind == "exception":
                self.errors += 1

    @property
    def closed(self) -> bool:
        return self.reader.done()

    def showing(self, key: str, enabled: bool = False):
        """A widget only if it is on screen now (drawn after the last "lost contact" message), and enabled if asked."""
        widget = self.widget(key)
        lost = max((at for at, body in self.texts if LOST_TEXT in body), default=0.0)
        if widget is None or self.drawn.get(widget.id, 0) <= lost:
            return None
        return None if enabled and widget.element.disabled else widget

    async def send(self, states, fragment: str = "") -> bool:
        try:
            await self.rerun(states, fragment=fragment)
            return True
        except (websockets.exceptions.ConnectionClosed, OSError):  # the app restarted; the caller reconnects
            return False

    async def shut(self) -> None:
        try:
            await self.close()
        except (websockets.exceptions.ConnectionClosed, OSError):  # already closed by the server
            pass


async def connect(base: str, page: str, query: str = "", limit: float = 90) -> Tab:
    """Open a tab, trying again while the app is down (as the browser's reconnect does)."""
    deadline = time.monotonic() + limit
    while True:
        tab = Tab(base, page, query)
        try:
            await tab.open()
            return tab
        except (OSError, websockets.exceptions.WebSocketException):
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.3)


@dataclass
class Run:
    """What happened: every answer a phone saw confirmed, recoveries, and the events the phones must react to."""

    phones: int
    outage: float
    code: str = ""
    questions: int = 0
    sent: int = 0
    confirmed: dict[tuple[int, int], str] = field(default_factory=dict)
    tokens: dict[int, str] = field(default_factory=dict)
    recover: dict[str, float] = field(default_factory=dict)
    reload: set[int] = field(default_factory=set)
    errors: int = 0
    done: asyncio.Event = field(default_factory=asyncio.Event)


async def phone(base: str, run: Run, number: int) -> None:
    """One participant: join, answer each open question once (the same choice if it must send again), reconnect."""
    tab = await connect(base, "klasse", f"kode={run.code}")
    submit = await until(lambda: tab.widget("FormSubmitter:class-join-Bli med"), 60)
    await tab.send([WidgetState(id=submit.id, trigger_value=True)])
    await until(lambda: "deltaker=" in tab.query, 60)
    query = tab.query
    run.tokens[number] = re.search(r"deltaker=([^&]+)", query).group(1)
    rng = random.Random(number)
    answered: set[int] = set()
    while not run.done.is_set():
        if tab.closed or number in run.reload:
            run.reload.discard(number)
            run.errors += tab.errors
            await tab.shut()
            tab = await connect(base, "klasse", query)
            continue
        index = next((i for i in range(run.questions) if i not in answered and tab.showing(f"class:{run.code}:{i}:send")),
                     None)
        if index is None:
            pending = _pending(run, number, answered)
            if pending is not None and any(SENT_TEXT in body for _, body in tab.texts[-5:]):
                answered.add(pending)
                run.confirmed[(number, pending)] = "confirmed after reconnecting"
            await asyncio.sleep(0.05)
            continue
        await asyncio.sleep(rng.uniform(0.2, 2.0))
        radio = tab.showing(f"class:{run.code}:{index}")
        if radio is None:
            continue
        choice = sorted(radio.element.options)[(number + index) % len(radio.element.options)]
        chosen = WidgetState(id=radio.id, string_value=choice)
        mark = time.monotonic()
        await tab.send([chosen], fragment=radio.fragment)

        def ready():
            widget = tab.showing(f"class:{run.code}:{index}:send", enabled=True)
            return widget if widget and tab.drawn[widget.id] > mark else None

        await until(lambda: tab.closed or ready() or tab.seen_since(mark, LOST_TEXT), 30)
        button = ready()
        if tab.closed or button is None:
            continue
        sent = time.monotonic()
        run.sent += 1
        run.confirmed.setdefault((number, index), "")
        await tab.send([chosen, WidgetState(id=button.id, trigger_value=True)], fragment=button.fragment)
        await until(lambda: tab.closed or tab.seen_since(sent, SENT_TEXT), 90)
        if tab.seen_since(sent, SENT_TEXT):
            answered.add(index)
            run.confirmed[(number, index)] = choice
    if os.environ.get("FAULTS_DEBUG"):
        say(f"phone {number}: answered {sorted(answered)}; last texts {[body[:40] for _, body in tab.texts[-4:]]}; "
            f"auto {list(tab.auto)}")
    run.errors += tab.errors
    await tab.shut()


def _pending(run: Run, number: int, answered: set[int]) -> int | None:
    """After a reconnect, a question this phone sent but never saw confirmed, now shown as sent."""
    return next((index for (who, index) in run.confirmed if who == number and index not in answered), None)


async def start_class(base: str, run: Run) -> Tab:
    board = await connect(base, "klasse-laerer")
    source = await until(lambda: board.widget("class-source"), 60)
    lessons = next(option for option in source.element.options if option.startswith(LESSONS_SOURCE))
    pin = await until(lambda: board.widget("class-pin"), 10)
    every = board.widget("class-how-many")
    await board.send([WidgetState(id=source.id, string_value=lessons), WidgetState(id=pin.id, string_value=PIN),
                      every_question(every.id)] + board.click("class-start"))
    code = await until(lambda: board_code([body for _, body in board.texts]), 60)
    if code is None:
        raise SystemExit(f"the class did not start; the board shows {[body[:80] for _, body in board.texts[-5:]]}")
    run.code = code
    run.questions = int(re.search(r"\((\d+) spørsmål\)", lessons).group(1))
    return board


async def reclaim(base: str, run: Run, old: Tab | None) -> Tab:
    """A new tab for the teacher that takes the board back with the code and the PIN."""
    if old is not None:
        run.errors += old.errors
        await old.shut()
    board = await connect(base, "klasse-laerer")
    submit = await until(lambda: board.widget("FormSubmitter:class-reclaim-Fortsett klassen"), 60)
    code, pin = board.widget("class-reclaim-code"), board.widget("class-reclaim-pin")
    await board.send([WidgetState(id=code.id, string_value=run.code.lower()), WidgetState(id=pin.id, string_value=PIN),
                      WidgetState(id=submit.id, trigger_value=True)])
    return board


def counted(board: Tab, since: float) -> int | None:
    """The board's latest count of answers drawn after `since`."""
    found = [int(match.group(1)) for at, body in board.texts if at >= since and (match := COUNT.search(body))]
    return found[-1] if found else None


async def teacher(base: str, run: Run, app: "App", database: "Database") -> None:
    board = await start_class(base, run)
    say(f"class {run.code} started with {run.questions} questions")
    crowd = [asyncio.create_task(phone(base, run, number)) for number in range(run.phones)]
    assert await until(lambda: any((m := JOINED.match(body)) and int(m.group(1)) >= run.phones
                                   for _, body in board.texts[-20:]), 120), "not every phone joined"
    for index in range(run.questions):
        opened = time.monotonic()
        await board.send(board.click("class-step"))
        await until(lambda: counted(board, opened) is not None, 30)
        if index == OUTAGE_AT:
            await until(lambda: (counted(board, opened) or 0) >= 1, 30)
            database.stop()
            say(f"question {index + 1}: database stopped with {counted(board, opened)} answers in")
            run.reload.update({0, 1})
            await asyncio.sleep(run.outage)
            database.start()
            back = time.monotonic()
            await until(lambda: counted(board, back) is not None, 60)
            run.recover["database"] = time.monotonic() - back
            say(f"database back; the board counted again after {run.recover['database']:.1f} s")
            await until(lambda: (counted(board, opened) or 0) >= run.phones, 90)
            run.recover["database, every answer in"] = time.monotonic() - back
        elif index == RESTART_AT:
            await until(lambda: (counted(board, opened) or 0) >= 1, 30)
            killed = time.monotonic()
            app.restart()
            say(f"question {index + 1}: app restarted in {time.monotonic() - killed:.1f} s")
            board = await reclaim(base, run, board)
            await until(lambda: counted(board, killed) is not None, 60)
            run.recover["app restart"] = time.monotonic() - killed
        elif index == RELOAD_AT:
            reloaded = time.monotonic()
            board = await reclaim(base, run, board)
            await until(lambda: counted(board, reloaded) is not None, 60)
            run.recover["teacher reload"] = time.monotonic() - reloaded
        everyone = await until(lambda: (counted(board, opened) or 0) >= run.phones, 90)
        say(f"question {index + 1}: board shows {counted(board, opened)} answers" + ("" if everyone else " (timed out)"))
        shown = time.monotonic()
        await board.send(board.click("class-step"))
        await until(lambda: board.seen_since(shown, RIGHT_ANSWER), 30)
    await board.send(board.click("class-step"))
    await until(lambda: any(RESULTS in body for _, body in board.texts[-50:]), 30)
    run.done.set()
    await asyncio.gather(*crowd)
    run.errors += board.errors
    await board.shut()


class App:
    """The app server on a fixed loopback port, restartable; its log goes to a file to be read at the end."""

    def __init__(self, database: str, folder: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.database = database
        self.log = folder / "app.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        env = {**os.environ, "DATABASE_URL": self.database}
        command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(self.port),
                   "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
        with self.log.open("a") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base}/_stcore/health", timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        raise SystemExit("the app did not start within 60 s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)

    def restart(self) -> None:
        self.stop()
        self.start()


class Database:
    """The class database, to stop and start: PostgreSQL with pg_ctl, or a SQLite file's folder renamed away."""

    def __init__(self, url: str, pg_data: str | None, folder: Path):
        self.url = url
        self.folder = folder
        self.pg_data = Path(pg_data) if pg_data else None
        if url.startswith("postgres") and not self.pg_data:
            raise SystemExit("--pg-data is needed to stop and start PostgreSQL")

    def stop(self) -> None:
        if self.pg_data:
            self._pg_ctl("-m", "fast", "-w", "stop")
        else:
            self.folder.rename(self.folder.with_name(self.folder.name + "-away"))

    def start(self) -> None:
        if self.pg_data:
            opts = shlex.split((self.pg_data / "postmaster.opts").read_text())
            options = [arg for place, arg in enumerate(opts[1:]) if arg != "-D" and opts[place] != "-D"]
            self._pg_ctl("-o", shlex.join(options), "-l", str(self.pg_data.parent / "bench-faults.log"), "-w", "start")
        else:
            self.folder.with_name(self.folder.name + "-away").rename(self.folder)

    def _pg_ctl(self, *args: str) -> None:
        binary = Path(shlex.split((self.pg_data / "postmaster.opts").read_text())[0]).parent / "pg_ctl"
        command = [str(binary), "-D", str(self.pg_data), *args]
        if os.geteuid() == 0:
            command = ["su", "postgres", "-c", shlex.join(command)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stored(database: str, code: str) -> list[tuple[str, int, str]]:
    """Every answer the database holds for the class: (participant's token hash, question, answer)."""
    engine = make_engine(database)
    with engine.connect() as db:
        rows = db.exec_driver_sql(
            "select a.token_hash, a.question_index, a.answer from class_answers a join class_sessions s "
            "on s.id = a.session_id where s.code = " + ("?" if engine.dialect.name == "sqlite" else "%s"), (code,)).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", help="a loopback PostgreSQL URL (default: a SQLite file in a temp folder)")
    parser.add_argument("--pg-data", help="that PostgreSQL's data directory, to stop and start it with pg_ctl")
    parser.add_argument("--phones", type=int, default=20)
    parser.add_argument("--outage", type=float, default=10, help="seconds the database is down (default 10)")
    parser.add_argument("--limit", type=float, default=300, help="stop the whole run after this many seconds")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="minplan-faults-"))
    data = folder / "data"
    database_url = args.database or f"sqlite:///{data}/class.sqlite3"
    if args.database:
        loopback_only(args.database)
    engine = make_engine(database_url)
    prepare(engine)
    engine.dispose()
    database = Database(database_url, args.pg_data, data)
    app = App(database_url, folder)
    loopback_only(app.base)
    run = Run(args.phones, args.outage)
    began = time.monotonic()
    app.start()
    try:
        asyncio.run(asyncio.wait_for(teacher(app.base, run, app, database), args.limit))
    finally:
        app.stop()
    answers = stored(database_url, run.code)
    pairs = {(token_hash, index) for token_hash, index, _ in answers}
    expected = {(digest(token), index) for token in run.tokens.values() for index in range(run.questions)}
    lost = len(expected - pairs)
    doubled = len(answers) - len(pairs)
    unconfirmed = sum(1 for choice in run.confirmed.values() if not choice)
    log = app.log.read_text(errors="replace")
    outage_lines = log.count("The class database cannot be reached")
    tracebacks = log.count("Traceback")
    kind = make_engine(database_url).dialect.name
    print(f"database: {kind}; phones: {args.phones}; questions: {run.questions}; "
          f"database down {args.outage:g} s at question {OUTAGE_AT + 1}, app restarted at question {RESTART_AT + 1}, "
          f"teacher's tab reloaded at question {RELOAD_AT + 1}")
    print(f"answers sent: {run.sent} (taps, resends after a restart included); expected: {len(expected)}; "
          f"stored: {len(answers)}; lost: {lost}; doubled: {doubled}; not confirmed on the phone: {unconfirmed}")
    print("seconds until the board counted again: " + ", ".join(f"{name} {seconds:.1f}" for name, seconds in run.recover.items()))
    print(f"app log: {outage_lines} line(s) about the database outage, {tracebacks} traceback(s); "
          f"error boxes on screens: {run.errors}; whole run {time.monotonic() - began:.0f} s")
    ok = lost == 0 and doubled == 0 and unconfirmed == 0 and tracebacks == 0 and run.errors == 0 \
        and len(run.recover) == 4
    if ok:
        shutil.rmtree(folder, ignore_errors=True)
    print("OK: nothing lost, nothing doubled, every fault recovered" if ok else
          f"PROBLEM: see the figures above, and the app's log in {app.log}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
