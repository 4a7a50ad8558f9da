"""Taking a live class back with its code and PIN: after a reload, a restart or a redeploy, with limits on guessing."""
from __future__ import annotations

import pytest

from minplan.classroom.codes import hash_pin, pin_matches, valid_pin
from minplan.classroom.store import FREE_PIN_TRIES_PER_CLASS, FREE_TRIES, ClassStore, NotAllowed
from tests.classroom.fixtures import DATABASES, Clock, make_store
from tests.classroom.test_store import IDS, PIN, QUESTIONS, QUIZ, open_class
from tests.quiz.test_attempt import right_answer


@pytest.fixture(params=DATABASES)
def store(request, tmp_path):
    made = make_store(request.param, tmp_path, Clock())
    yield made
    made.engine.dispose()


def test_a_pin_is_kept_only_as_a_slow_salted_hash():
    first, second = hash_pin(PIN), hash_pin(PIN)
    assert first != second and PIN not in first and first.startswith("scrypt$")
    assert pin_matches(PIN, first) and not pin_matches("246811", first) and not pin_matches(PIN, "scrypt$zz$zz")


@pytest.mark.parametrize("pin, ok", [("246810", True), ("Ørret 7", True), ("12345", False), ("      ", False),
                                     ("", False), ("x" * 41, False)])
def test_a_pin_has_at_least_six_characters(pin, ok):
    assert valid_pin(pin) is ok


def test_a_class_is_not_started_without_a_pin(store):
    with pytest.raises(ValueError):
        store.start(QUIZ.id, IDS, "")


def test_the_database_keeps_no_pin_in_clear(store):
    store.start(QUIZ.id, IDS, PIN)
    with store.engine.connect() as db:
        assert PIN not in repr(db.exec_driver_sql("select * from class_sessions").all())


def test_the_teacher_takes_the_class_back_after_a_server_restart_and_phones_keep_their_place(store):
    started = open_class(store)
    token = store.join(started.code, None, "phone").token
    store.answer(started.code, token, 0, QUESTIONS[0], right_answer(QUESTIONS[0]))
    restarted = ClassStore(store.engine, clock=store.clock)
    back = restarted.reclaim(started.code.lower(), PIN, "new-tab")
    assert back.started and back.started.code == started.code
    assert restarted.reveal(started.code, back.started.secret, 0).phase == "revealed"
    assert restarted.is_participant(started.code, token)
    assert restarted.own_answers(started.code, token) == {0: right_answer(QUESTIONS[0])}
    assert restarted.counts(started.code, back.started.secret).answered == 1


def test_the_old_tab_loses_the_board_once_it_is_taken_back(store):
    started = store.start(QUIZ.id, IDS, PIN)
    back = store.reclaim(started.code, PIN, "new-tab").started
    with pytest.raises(NotAllowed):
        store.open_question(started.code, started.secret, 0)
    assert store.open_question(started.code, back.secret, 0).phase == "open"


def test_a_wrong_pin_or_code_gives_nothing(store):
    started = store.start(QUIZ.id, IDS, PIN)
    assert store.reclaim(started.code, "999999", "tab").problem == "wrong_pin"
    assert store.reclaim("AAAAAA", PIN, "tab").problem == "wrong_pin"
    assert store.is_teacher(started.code, started.secret)


def test_pin_guessing_from_one_browser_is_slowed_down_and_the_pin_is_not_even_checked_while_waiting(store):
    started = store.start(QUIZ.id, IDS, PIN)
    for _ in range(FREE_TRIES):
        store.reclaim(started.code, "000000", "guesser")
    refused = store.reclaim(started.code, PIN, "guesser")
    assert refused.problem == "slow_down" and refused.wait_seconds >= 1


def test_pin_guessing_from_many_browsers_never_refuses_the_right_pin_and_slows_only_the_guessers(store):
    started = store.start(QUIZ.id, IDS, PIN)
    for number in range(FREE_PIN_TRIES_PER_CLASS + 2):
        store.reclaim(started.code, "000000", f"fresh-{number}", f"198.51.100.{number}")
    assert store.reclaim(started.code, "000000", "fresh-1", "198.51.100.1").problem == "slow_down"
    assert store.reclaim(started.code, PIN, "fresh-1", "198.51.100.1").problem == "slow_down", "a guesser waits"
    assert store.reclaim(started.code, PIN, "the-teacher", "203.0.113.1").started, "the teacher is never refused"
    other = store.start(QUIZ.id, IDS, PIN)
    assert store.reclaim(other.code, PIN, "another", "203.0.113.2").started, "other classes are not held up"
