"""A class store for tests, on SQLite and (when TEST_DATABASE_URL is set) on PostgreSQL.

Outside CI a missing PostgreSQL skips those tests; in CI (.ci/run starts one) it fails them.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from minplan.classroom.tables import make_engine, metadata
from minplan.classroom.store import ClassStore

DATABASES = ["sqlite", "postgresql"]


class Clock:
    """A clock the test moves by hand, for expiry and slow-down."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def database_url(kind: str, tmp_path: Path) -> str:
    """A fresh, empty database of `kind` for one test."""
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'class.sqlite3'}"
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("TEST_DATABASE_URL is not set; .ci/run should start a local PostgreSQL")
        pytest.skip("no PostgreSQL here (set TEST_DATABASE_URL to run these tests against one)")
    engine = make_engine(url)
    metadata.drop_all(engine)
    engine.dispose()
    return url


def make_store(kind: str, tmp_path: Path, clock: Clock | None = None, hours: float = 24) -> ClassStore:
    return ClassStore(make_engine(database_url(kind, tmp_path)), hours=hours, clock=clock or Clock())
