"""Where a live class is kept: the tables, and an engine for SQLite (default) or PostgreSQL (DATABASE_URL).

Nothing personal is in these tables: a participant is the hash of a random token and an
optional nickname; answers are keyed so that each participant answers each question once.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import (Column, Engine, Float, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text,
                        create_engine, event)
from sqlalchemy.dialects import postgresql, sqlite

DEFAULT_HOURS = 24.0
DEFAULT_DATABASE = Path(__file__).resolve().parents[2] / ".data" / "class.sqlite3"

metadata = MetaData()
sessions = Table(
    "class_sessions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(8), nullable=False, unique=True),
    Column("teacher_hash", String(64), nullable=False),
    Column("source", String(100), nullable=False),
    Column("question_ids", Text, nullable=False),
    Column("phase", String(10), nullable=False),
    Column("position", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("expires_at", Float, nullable=False, index=True),
)
participants = Table(
    "class_participants", metadata,
    Column("session_id", Integer, nullable=False),
    Column("token_hash", String(64), nullable=False),
    Column("nickname", String(40)),
    Column("joined_at", Float, nullable=False),
    PrimaryKeyConstraint("session_id", "token_hash"),
)
answers = Table(
    "class_answers", metadata,
    Column("session_id", Integer, nullable=False),
    Column("question_index", Integer, nullable=False),
    Column("token_hash", String(64), nullable=False),
    Column("answer", String(400), nullable=False),
    Column("answered_at", Float, nullable=False),
    PrimaryKeyConstraint("session_id", "question_index", "token_hash", name="one_answer_per_question"),
)
join_tries = Table(
    "class_join_tries", metadata,
    Column("client_hash", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_at", Float, nullable=False),
    Column("blocked_until", Float, nullable=False),
)


def database_url() -> str:
    """DATABASE_URL when set (PostgreSQL for several replicas), else a SQLite file beside the app."""
    return os.environ.get("DATABASE_URL") or f"sqlite:///{DEFAULT_DATABASE}"


def lifetime_hours() -> float:
    """How long a class and its answers are kept: MINPLAN_CLASS_HOURS, default 24."""
    try:
        hours = float(os.environ.get("MINPLAN_CLASS_HOURS", DEFAULT_HOURS))
    except ValueError:
        return DEFAULT_HOURS
    return hours if 0 < hours <= 24 * 30 else DEFAULT_HOURS


def make_engine(url: str) -> Engine:
    """An engine for `url`: SQLite in WAL mode with a busy timeout, or PostgreSQL through psycopg 3 with a pool."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            url = "postgresql+psycopg://" + url.removeprefix(prefix)
    if not url.startswith("sqlite"):
        return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
    path = url.removeprefix("sqlite:///")
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=30000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def insert_ignoring_conflicts(engine: Engine, table: Table):
    """An INSERT that does nothing when the row's key is already there (ON CONFLICT DO NOTHING)."""
    dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()
