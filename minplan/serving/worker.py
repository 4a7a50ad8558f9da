"""Heavy work on untrusted input (reading an upload, printing a PDF) in a worker process, with limits.

Streamlit runs every page's script in a thread of the server process, so a long parse there holds
Python's lock and stalls every other page, every phone in every live class and /healthz. Here the
work runs in a separate (spawned) process, the page's thread only waits, and the server's event loop
stays free. Input over the size limit is refused before it is sent; work over the time limit, or a
worker that dies, ends that worker, and its slot starts a fresh one: the server never crashes.

Each slot is a pool of one process, taken by one job at a time: a job that runs over its limit ends
only its own process, never a neighbour's upload or printout, and its time limit counts from when a
slot is free, not from when it queued. A job that finds no free slot within WAIT seconds is refused
as 'busy', so a storm of uploads and printouts gives calm notices instead of a queue that never ends.
"""
from __future__ import annotations

import atexit
import multiprocessing
import os
import queue
import sys
import threading
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

WORKERS = 2
"""Two processes: one slow upload never queues the next; the machine's other cores serve the pages."""
NICE = 10
"""Workers run at a lower priority than the server: on a busy machine, pages and phones get the CPU first."""
WAIT = 30.0
"""Seconds a job waits for a free worker: two jobs at their time limits, in front of it, end within this."""

_lock = threading.Lock()
_free: queue.Queue | None = None
_every: list[_Slot] = []


@dataclass(frozen=True)
class Outcome:
    """What the work gave, or why it gave nothing: 'too_large', 'too_slow', 'busy' or 'failed' (a ui key's last part)."""

    value: Any = None
    refused: str | None = None


class _Slot:
    """One worker process (a pool of one, started when first used), replaced when its job is stuck or it died."""

    pool: Any = None

    def run(self, function: Callable, args: tuple, seconds: float) -> Outcome:
        try:
            if self.pool is None:
                self.pool = _spawn()
            return Outcome(self.pool.apply_async(function, args).get(timeout=seconds))
        except multiprocessing.TimeoutError:  # stuck, or its process died and the job is lost: a fresh one next
            self.pool.terminate()
            self.pool = None
            return Outcome(refused="too_slow")
        except (OSError, EOFError, multiprocessing.ProcessError, RuntimeError, ValueError, MemoryError, RecursionError):
            return Outcome(refused="failed")


def run_limited(function: Callable, *args: Any, size: int, max_size: int, seconds: float, wait: float = WAIT) -> Outcome:
    """`function(*args)` in a worker process; refused when `size` (the input's bytes) is over `max_size`,
    no worker is free within `wait` seconds, or the work takes longer than `seconds`.
    `function` and `args` must pickle: a module's own function, and plain values."""
    if size > max_size:
        return Outcome(refused="too_large")
    slots = _slots()
    try:
        slot = slots.get(timeout=wait)
    except queue.Empty:
        return Outcome(refused="busy")
    try:
        return slot.run(function, args, seconds)
    finally:
        slots.put(slot)


def _slots() -> queue.Queue:
    """The free slots (WORKERS of them, made on first use)."""
    global _free
    with _lock:
        if _free is None:
            _free = queue.Queue()
            _every.extend(_Slot() for _ in range(WORKERS))
            for slot in _every:
                _free.put(slot)
            atexit.register(_end)  # before the interpreter tears down what the pools need
        return _free


def _end() -> None:
    for slot in _every:
        if slot.pool is not None:
            slot.pool.terminate()


def _spawn():
    """A pool of one spawned process."""
    # A spawned process first imports the parent's __main__; under `streamlit run` that is the page
    # script, which would run the app (and start workers) inside each worker. Hand it an empty one.
    with _lock:
        script, sys.modules["__main__"] = sys.modules["__main__"], types.ModuleType("__main__")
        try:
            pool = multiprocessing.get_context("spawn").Pool(1, initializer=os.nice, initargs=(NICE,))
        finally:
            sys.modules["__main__"] = script
    return pool
