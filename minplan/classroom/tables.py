"""Where a live class is kept: the tables, and an engine for SQLite (default) or PostgreSQL (DATABASE_URL).

Nothing personal is in these tables: a participant is the hash of a random token and an
optional nickname; answers are keyed so that each participant answers each question once.
No network address is stored (wrong tries are counted in memory, minplan/classroom/limits.py),
and the engine never puts a query's values into an error message.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy import (Column, Engine, Float, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text,
                        create_engine, event, inspect, text)
from sqlalchemy.dialects import postgresql, sqlite

DEFAULT_HOURS = 24.0
DEFAULT_DATABASE = Path(__file__).resolve().parents[2] / ".data" / "class.sqlite3"

metadata = MetaData()
sessions = Table(
    "class_sessions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(8), nullable=False, unique=True),
    Column("teacher_hash", String(64), nullable=False),
    Column("teacher_pin", String(200)),
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
OLD_TABLES = ("class_join_tries",)
"""Tables of earlier versions that held hashed network addresses; dropped when the store starts."""


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
        return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True, hide_parameters=True,
                             connect_args={"connect_timeout": 5})
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, hide_parameters=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def sqlite_file(engine: Engine) -> Path | None:
    """The SQLite file behind `engine`, or None for PostgreSQL and in-memory databases."""
    name = engine.url.database if engine.dialect.name == "sqlite" else None
    return Path(name) if name and name != ":memory:" and not name.startswith("file:") else None


def prepare(engine: Engine) -> None:
    """Make the tables (and the SQLite file's folder), add columns newer versions need, drop old tables."""
    path = sqlite_file(engine)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    metadata.create_all(engine)
    with engine.begin() as db:
        if "teacher_pin" not in {column["name"] for column in inspect(db).get_columns("class_sessions")}:
            db.execute(text("ALTER TABLE class_sessions ADD COLUMN teacher_pin VARCHAR(200)"))
        for old in OLD_TABLES:
            db.execute(text(f"DROP TABLE IF EXISTS {old}"))


def storage_problem(engine: Engine) -> str | None:
    """Why a SQLite file would not keep a class: "missing" (its file or folder is gone) or "read_only"; else None.

    A file deleted under a running app still takes writes into the deleted copy, which
    vanish at the next restart, so this looks at the path, not at the open connection.
    Write permission is read from the mode bits as well, since the server may run as root.
    """
    path = sqlite_file(engine)
    if path is None:
        return None
    if not path.is_file():
        return "missing"
    return "read_only" if read_only(path) or read_only(path.parent) else None


def read_only(place: Path) -> bool:
    """True when `place` cannot or should not be written: no permission, no write bit at all, or a read-only mount."""
    writable_bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
    return (not os.access(place, os.W_OK) or not place.stat().st_mode & writable_bits
            or bool(os.statvfs(place).f_flag & os.ST_RDONLY))


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=30000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def insert_ignoring_conflicts(engine: Engine, table: Table):
    """An INSERT that does nothing when the row's key is already there (ON CONFLICT DO NOTHING)."""
    dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()
