"""The health check a load balancer asks: is this process up, and can it reach the class database?

GET /healthz answers 200 {"status": "ok", "database": "ok"} when a `select 1` on the
class database succeeds within a few seconds, else 503 with "database": "unreachable",
so nginx (or any balancer) stops sending phones to a replica that cannot store answers.

The class store (the SQLite file's folder and the tables) is prepared when the app starts
(`prepare_at_start`, a lifespan hook), and again by the check itself until that has worked
once, so a fresh server is healthy from its first second whenever its database answers,
before anyone has opened a class page.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.to_thread
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

TIMEOUT = 3.0
"""Seconds the database may take to answer before the replica counts as unhealthy."""
log = logging.getLogger(__name__)


class Readiness:
    """Prepares the store behind `engine()` (folder, tables) once, retrying after each failure."""

    def __init__(self, engine: Callable[[], Engine], prepare: Callable[[Engine], None] | None = None) -> None:
        self.engine = engine
        self.prepare = prepare
        self.prepared = prepare is None
        self.lock = threading.Lock()

    def reachable(self) -> bool:
        """True when the store is prepared and its database answers a trivial query."""
        engine = self.engine()
        if not self.prepared:
            with self.lock:
                if not self.prepared:
                    try:
                        self.prepare(engine)
                    except (SQLAlchemyError, OSError) as problem:
                        log.warning("The class store could not be prepared: %s", type(problem).__name__)
                        return False
                    self.prepared = True
        return database_reachable(engine)


def database_reachable(engine: Engine) -> bool:
    """True when the database answers a trivial query."""
    try:
        with engine.connect() as connection:
            connection.execute(text("select 1"))
    except (SQLAlchemyError, OSError):
        return False
    return True


def health_route(engine: Callable[[], Engine] | Readiness, path: str = "/healthz") -> Route:
    """A route at `path` that checks the database given by `engine()` (made lazily, on the first check).

    Given a `Readiness`, the check first prepares the store if that has not worked yet.
    """
    readiness = engine if isinstance(engine, Readiness) else Readiness(engine)

    async def healthz(_request: Request) -> JSONResponse:
        reachable = False
        with anyio.move_on_after(TIMEOUT):
            reachable = await anyio.to_thread.run_sync(readiness.reachable, abandon_on_cancel=True)
        body = {"status": "ok" if reachable else "unavailable", "database": "ok" if reachable else "unreachable"}
        return JSONResponse(body, status_code=200 if reachable else 503, headers={"cache-control": "no-store"})

    return Route(path, healthz, methods=["GET", "HEAD"])


def prepare_at_start(readiness: Readiness):
    """A lifespan hook: prepare the store in the background as the server starts (never holding the start up)."""

    @asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        threading.Thread(target=readiness.reachable, name="prepare-class-store", daemon=True).start()
        yield

    return lifespan
