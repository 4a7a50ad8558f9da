"""Work the server does by itself, with nobody visiting: expired classes and their nicknames are swept away.

Before, expired classes were swept only by the next call to the class store, so on a quiet
server they outlived their promised lifetime by days. `with_sweeps` wraps the start-up
lifespan (`prepare_at_start`) so the sweep also runs once at start and then on a timer, in a
worker thread, so a slow or frozen database never holds up the pages.
"""
from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.to_thread

SWEEP_SETTING = "MINPLAN_SWEEP_SECONDS"
DEFAULT_SWEEP_SECONDS = 60.0
"""Seconds between sweeps: well inside the 5 minutes an expired class may outlive its lifetime."""


def sweep_seconds(setting: str | None = None) -> float:
    """The time between sweeps: MINPLAN_SWEEP_SECONDS (0.01 to 300), else 60."""
    raw = os.environ.get(SWEEP_SETTING, "") if setting is None else setting
    try:
        seconds = float(raw)
    except ValueError:
        return DEFAULT_SWEEP_SECONDS
    return seconds if 0.01 <= seconds <= 300 else DEFAULT_SWEEP_SECONDS


def with_sweeps(lifespan: Callable[[Any], Any], sweep: Callable[[], object], every: float | None = None):
    """`lifespan` (a start-up hook) that also runs `sweep` at start and every `every` seconds until shutdown.

    `sweep` runs in a worker thread and answers errors as values (the class store notes an
    outage once), so the next sweep simply tries again.
    """
    seconds = sweep_seconds() if every is None else every

    async def sweeping() -> None:
        while True:
            await anyio.to_thread.run_sync(sweep, abandon_on_cancel=True)
            await anyio.sleep(seconds)

    @asynccontextmanager
    async def combined(app: Any) -> AsyncIterator[None]:
        async with lifespan(app), anyio.create_task_group() as tasks:
            tasks.start_soon(sweeping)
            yield
            tasks.cancel_scope.cancel()

    return combined
