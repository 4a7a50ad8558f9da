"""The health check a load balancer asks: is this process up, and can it reach the class database?

GET /healthz answers 200 {"status": "ok", "database": "ok"} when a `select 1` on the
class database succeeds within a few seconds, else 503 with "database": "unreachable",
so nginx (or any balancer) stops sending phones to a replica that cannot store answers.
"""
from __future__ import annotations

from collections.abc import Callable

import anyio
import anyio.to_thread
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

TIMEOUT = 3.0
"""Seconds the database may take to answer before the replica counts as unhealthy."""


def database_reachable(engine: Engine) -> bool:
    """True when the database answers a trivial query."""
    try:
        with engine.connect() as connection:
            connection.execute(text("select 1"))
    except (SQLAlchemyError, OSError):
        return False
    return True


def health_route(engine: Callable[[], Engine], path: str = "/healthz") -> Route:
    """A route at `path` that checks the database given by `engine()` (made lazily, on the first check)."""

    async def healthz(_request: Request) -> JSONResponse:
        reachable = False
        with anyio.move_on_after(TIMEOUT):
            reachable = await anyio.to_thread.run_sync(database_reachable, engine(), abandon_on_cancel=True)
        body = {"status": "ok" if reachable else "unavailable", "database": "ok" if reachable else "unreachable"}
        return JSONResponse(body, status_code=200 if reachable else 503, headers={"cache-control": "no-store"})

    return Route(path, healthz, methods=["GET", "HEAD"])
