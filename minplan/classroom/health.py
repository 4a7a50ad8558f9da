"""When the class database cannot be reached: one typed error for the pages, one log line per outage.

A class polls the store every second or two from every phone, so an outage seen as a
traceback per call would flood the log and show Streamlit's error box. A database that
freezes (queries that hang) raises nothing, so a watchdog notes a call without an answer
for 10 s as the same one warning. Instead every
database error becomes `StoreUnavailable`, which the pages catch and answer with a calm
"trying again"; the log gets one warning when the outage begins (and a note at INFO when it ends). No
log line holds a query's values: only the kind of error is named.
"""
from __future__ import annotations

import functools
import itertools
import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger("minplan.classroom")


class StoreUnavailable(Exception):
    """The class database cannot be reached or written just now; the pages say so and try again."""


class CannotKeepClasses(StoreUnavailable):
    """The class database works but would not keep a class: its file is gone or read-only.

    `reason` is "missing" or "read_only"; a new class is refused with a clear message instead
    of one that vanishes after the next restart.
    """

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


HANG_SECONDS = 10.0
"""A store call that has had no answer for this long counts as an outage (a frozen database raises nothing)."""


class Outage:
    """Whether the database is down, noted once when it goes and once when it comes back.

    A database that hangs (a stopped PostgreSQL) raises no error, so a watchdog thread, started
    with the first call, looks every second for a call that has waited `hang_after` seconds and
    notes that as the outage's one warning.
    """

    def __init__(self, clock: Callable[[], float], hang_after: float = HANG_SECONDS):
        self.clock = clock
        self.since: float | None = None
        self.hang_after = hang_after
        self._lock = threading.Lock()
        self._waiting: dict[int, float] = {}
        self._watchdog: threading.Thread | None = None
        self._numbers = itertools.count()

    def calling(self) -> int:
        """A store call begins; the number to give `answered` when it ends."""
        with self._lock:
            number = next(self._numbers)
            self._waiting[number] = time.monotonic()
            if self._watchdog is None:
                self._watchdog = threading.Thread(target=self._watch, name="class-store-watchdog", daemon=True)
                self._watchdog.start()
        return number

    def answered(self, number: int) -> None:
        """The store call `number` has ended, with an answer or an error."""
        with self._lock:
            self._waiting.pop(number, None)

    def _watch(self) -> None:
        tick = threading.Event()
        while not tick.wait(min(1.0, self.hang_after / 2)):
            with self._lock:
                oldest = min(self._waiting.values(), default=None)
            if oldest is not None and time.monotonic() - oldest >= self.hang_after:
                self.failed(f"no answer in {self.hang_after:.0f} s")

    def failed(self, kind: str) -> None:
        """A call failed with an error of `kind`; only the first failure of an outage is logged."""
        with self._lock:
            if self.since is not None:
                return
            self.since = self.clock()
        log.warning("The class database cannot be reached (%s). The class pages say so and try again by themselves.",
                    kind)

    def worked(self) -> None:
        """A call worked: if the database was down, note how long it was gone."""
        if self.since is None:
            return
        with self._lock:
            since, self.since = self.since, None
        if since is not None:
            log.info("The class database is back after %.0f s.", self.clock() - since)


def kind_of(error: BaseException) -> str:
    """A name for an error that never holds its message (which may quote a query or a value)."""
    original = getattr(error, "orig", None)
    return f"{type(error).__name__}/{type(original).__name__}" if original is not None else type(error).__name__


def guarded(method):
    """A store method run after the store's upkeep, with every database error turned into StoreUnavailable.

    The store must have `outage` (an Outage) and `_upkeep()`. The error's message is dropped
    (`from None`), so nothing of the query reaches a page or a log.
    """

    @functools.wraps(method)
    def call(store, *args, **kwargs):
        number = store.outage.calling()
        try:
            store._upkeep()
            result = method(store, *args, **kwargs)
        except StoreUnavailable as error:
            store.outage.failed(str(error))
            raise
        except (SQLAlchemyError, OSError) as error:
            store.outage.failed(kind_of(error))
            raise StoreUnavailable(kind_of(error)) from None
        finally:
            store.outage.answered(number)
        store.outage.worked()
        return result

    return call
