"""Heavy work on untrusted input (reading an upload, printing a PDF) in a worker process, with limits.

Streamlit runs every page's script in a thread of the server process, so a long parse there holds
Python's lock and stalls every other page, every phone in every live class and /healthz. Here the
work runs in a separate (spawned) process, the page's thread only waits, and the server's event loop
stays free. Input over the size limit is refused before it is sent; work over the time limit, or a
worker that dies, ends the pool, and the next call starts a fresh one: the server never crashes.
"""
from __future__ import annotations

import atexit
import multiprocessing
import sys
import threading
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

WORKERS = 2
"""Two processes: one slow upload never queues the next; the machine's other cores serve the pages."""

_lock = threading.Lock()
_pool: Any = None


@dataclass(frozen=True)
class Outcome:
    """What the work gave, or why it gave nothing: 'too_large', 'too_slow' or 'failed' (a ui key's last part)."""

    value: Any = None
    refused: str | None = None


def run_limited(function: Callable, *args: Any, size: int, max_size: int, seconds: float) -> Outcome:
    """`function(*args)` in a worker process; refused when `size` (the input's bytes) is over `max_size`
    or the work takes longer than `seconds`. `function` must be importable by name (a module's own function)."""
    if size > max_size:
        return Outcome(refused="too_large")
    pool = _current()
    pending = pool.apply_async(function, args)
    try:
        return Outcome(pending.get(timeout=seconds))
    except multiprocessing.TimeoutError:
        _replace(pool)
        return Outcome(refused="too_slow")
    except (OSError, EOFError, multiprocessing.ProcessError, RuntimeError, ValueError, MemoryError, RecursionError):
        return Outcome(refused="failed")


def _current():
    global _pool
    with _lock:
        if _pool is None:
            # A spawned process first imports the parent's __main__; under `streamlit run` that is the page
            # script, which would run the app (and start workers) inside each worker. Hand it an empty one.
            script, sys.modules["__main__"] = sys.modules["__main__"], types.ModuleType("__main__")
            try:
                _pool = multiprocessing.get_context("spawn").Pool(WORKERS)
            finally:
                sys.modules["__main__"] = script
            atexit.register(_pool.terminate)  # ended before the interpreter tears down what it needs
        return _pool


def _replace(pool) -> None:
    """End a pool whose worker is stuck or gone (a job it lost would never answer); the next call starts anew."""
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.terminate()
