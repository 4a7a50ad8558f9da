"""When the class database is down, gone or read-only: typed errors, one log line, recovery, nothing personal logged."""
from __future__ import annotations

import logging
import shutil
import stat

import pytest
from sqlalchemy import text

from minplan.classroom.health import CannotKeepClasses, StoreUnavailable
from minplan.classroom.store import ClassStore
from minplan.classroom.tables import make_engine
from tests.classroom.fixtures import Clock
from tests.classroom.test_store import IDS, PIN, QUESTIONS, QUIZ, open_class
from tests.quiz.test_attempt import right_answer

NOBODY_LISTENS = "postgresql://postgres@127.0.0.1:9/nothing"
"""A PostgreSQL address where nothing answers (port 9 is 'discard'), as when the database is stopped."""


def sqlite_store(folder) -> ClassStore:
    return ClassStore(make_engine(f"sqlite:///{folder / 'class.sqlite3'}"), clock=Clock())


def every_call(store: ClassStore) -> list:
    return [lambda: store.start(QUIZ.id, IDS, PIN), lambda: store.state("AAAAAA"),
            lambda: store.join("AAAAAA", None, "b"), lambda: store.is_participant("AAAAAA", "x" * 22),
            lambda: store.counts("AAAAAA", "s"), lambda: store.own_answers("AAAAAA", "x" * 22),
            lambda: store.reclaim("AAAAAA", PIN, "b"), lambda: store.purge()]


def test_with_the_database_stopped_every_call_raises_store_unavailable_and_nothing_else():
    store = ClassStore(make_engine(NOBODY_LISTENS))
    for call in every_call(store):
        with pytest.raises(StoreUnavailable):
            call()


def test_an_outage_is_logged_once_not_once_per_poll(caplog):
    store = ClassStore(make_engine(NOBODY_LISTENS))
    with caplog.at_level(logging.DEBUG):
        for _ in range(30):
            with pytest.raises(StoreUnavailable):
                store.state("AAAAAA")
    warnings = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "cannot be reached" in warnings[0].getMessage()
    assert not any(record.exc_info for record in caplog.records)


def test_the_store_comes_back_by_itself_when_the_database_file_is_back(tmp_path, caplog):
    store = sqlite_store(tmp_path / "data")
    started = open_class(store)
    (tmp_path / "data").rename(tmp_path / "away")
    with caplog.at_level(logging.INFO):
        for _ in range(5):
            with pytest.raises(StoreUnavailable):
                store.state(started.code)
        (tmp_path / "away").rename(tmp_path / "data")
        assert store.state(started.code).phase == "open"
    assert [record.levelname for record in caplog.records] == ["WARNING", "INFO"]


def test_a_deleted_data_folder_refuses_a_new_class_instead_of_keeping_it_in_a_deleted_file(tmp_path):
    store = sqlite_store(tmp_path / "data")
    store.start(QUIZ.id, IDS, PIN)
    shutil.rmtree(tmp_path / "data")
    with pytest.raises(CannotKeepClasses) as refused:
        store.start(QUIZ.id, IDS, PIN)
    assert refused.value.reason == "missing"
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("with_file", [True, False])
def test_a_read_only_data_folder_refuses_a_new_class_with_a_reason(tmp_path, with_file):
    folder = tmp_path / "data"
    folder.mkdir()
    if with_file:
        sqlite_store(folder).start(QUIZ.id, IDS, PIN)
        (folder / "class.sqlite3").chmod(stat.S_IRUSR | stat.S_IRGRP)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(CannotKeepClasses) as refused:
            sqlite_store(folder).start(QUIZ.id, IDS, PIN)
    finally:
        folder.chmod(stat.S_IRWXU)
    assert refused.value.reason == "read_only"


def test_engines_never_put_query_values_into_errors():
    assert make_engine("sqlite://").hide_parameters and make_engine(NOBODY_LISTENS).hide_parameters


def test_no_nickname_token_or_code_reaches_a_log_or_an_error_when_a_write_fails(tmp_path, caplog):
    store = sqlite_store(tmp_path)
    started = open_class(store)
    token = store.join(started.code, None, "b").token
    with store.engine.begin() as db:
        for table in ("class_participants", "class_answers"):
            db.execute(text(f"CREATE TRIGGER no_{table} BEFORE INSERT ON {table} BEGIN SELECT RAISE(ABORT, 'disk I/O'); END"))
    errors = []
    with caplog.at_level(logging.DEBUG):
        for call in (lambda: store.join(started.code, "Hemmelignavn", "b"),
                     lambda: store.answer(started.code, token, 0, QUESTIONS[0], right_answer(QUESTIONS[0]))):
            with pytest.raises(StoreUnavailable) as failed:
                call()
            errors.append(f"{failed.value!r} {failed.value} {failed.value.__cause__} {failed.value.__context__}")
    said = caplog.text + " ".join(errors)
    assert caplog.records
    for secret in ("Hemmelignavn", token, started.code):
        assert secret not in said


def test_a_frozen_database_logs_one_warning_as_an_outage_does(caplog):
    import threading
    import time as real_time

    from minplan.classroom.health import Outage, guarded

    class Frozen:
        """A store whose queries hang, as they do on a PostgreSQL stopped with SIGSTOP: no error, no answer."""

        def __init__(self):
            self.outage = Outage(real_time.time, hang_after=0.3)
            self.thaw = threading.Event()

        def _upkeep(self):
            return None

        @guarded
        def query(self):
            self.thaw.wait(5)
            return "answer"

    store = Frozen()
    caplog.set_level(logging.INFO, logger="minplan.classroom")
    calls = [threading.Thread(target=store.query) for _ in range(5)]
    for call in calls:
        call.start()
    real_time.sleep(1.2)
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1 and "no answer" in warnings[0].getMessage()
    store.thaw.set()
    for call in calls:
        call.join()
    assert any("is back" in record.getMessage() for record in caplog.records)
