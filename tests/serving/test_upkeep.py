"""Expired classes and their nicknames go within minutes even when nobody visits: a sweep at start and on a timer."""
from __future__ import annotations

import threading
import time
from contextlib import asynccontextmanager

import anyio
from sqlalchemy import func, select

from minplan.classroom.store import ClassStore
from minplan.classroom.tables import make_engine, participants, sessions
from minplan.serving.upkeep import DEFAULT_SWEEP_SECONDS, sweep_seconds, with_sweeps


@asynccontextmanager
async def nothing(_app):
    yield


def run_apart(serve) -> None:
    """Run the server's lifespan in a thread of its own: the browser tests' Playwright keeps an event loop
    running in the main thread for the whole session, and asyncio refuses to start a second one there."""
    failures = []

    def run():
        try:
            anyio.run(serve)
        except BaseException as error:  # handed to the test's thread below
            failures.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if failures:
        raise failures[0]


def test_the_sweep_runs_at_start_and_on_a_timer():
    calls = []

    async def serve():
        async with with_sweeps(nothing, lambda: calls.append(time.monotonic()), every=0.05)(None):
            await anyio.sleep(0.3)

    run_apart(serve)
    assert len(calls) >= 3


def test_a_quiet_server_forgets_an_expired_class_and_its_nicknames(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'classes.db'}")
    store = ClassStore(engine, hours=0.5 / 3600)
    started = store.start("eksempel", ["a"], "246810")
    store.join(started.code, "Ali", "phone")
    counted = ClassStore(engine, hours=1)

    def rows():
        with engine.connect() as db:
            return [db.execute(select(func.count()).select_from(table)).scalar() for table in (sessions, participants)]

    assert rows() == [1, 1]

    async def serve():
        async with with_sweeps(nothing, counted.sweep, every=0.1)(None):
            await anyio.sleep(1.5)

    run_apart(serve)
    assert rows() == [0, 0], "nobody used the store, yet the class and its nickname are gone"
    engine.dispose()


def test_the_time_between_sweeps_is_read_from_the_setting_within_reason():
    assert sweep_seconds("0.5") == 0.5
    assert sweep_seconds("nonsense") == sweep_seconds("100000") == DEFAULT_SWEEP_SECONDS <= 300
