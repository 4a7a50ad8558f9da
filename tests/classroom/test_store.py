"""The live class store, on SQLite and PostgreSQL: joining, answering once, the teacher's steps, expiry, slow-down."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from minplan.classroom.limits import MAX_WAIT
from minplan.classroom.codes import digest
from minplan.classroom.store import (FINISHED, FREE_TRIES, FREE_TRIES_PER_ADDRESS, LOBBY, OPEN, REVEALED, SWEEP_EVERY,
                                     WRONG_CODES_PER_MINUTE, NotAllowed)
from minplan.catalogue import load_content
from minplan.quiz.kinds import quizzes
from tests.classroom.fixtures import DATABASES, Clock, make_store
from tests.quiz.test_attempt import right_answer

QUIZ = next(quiz for quiz in quizzes(load_content()) if quiz.id == "eksempel")
QUESTIONS = QUIZ.questions
IDS = [question.id for question in QUESTIONS]
PIN = "246810"


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture(params=DATABASES)
def store(request, tmp_path, clock):
    made = make_store(request.param, tmp_path, clock)
    yield made
    made.engine.dispose()


def open_class(store):
    started = store.start(QUIZ.id, IDS, PIN)
    store.open_question(started.code, started.secret, 0)
    return started


def test_a_new_class_waits_in_the_lobby_with_an_eight_letter_code(store):
    started = store.start(QUIZ.id, IDS, PIN)
    state = store.state(started.code)
    assert len(started.code) == 8 and state.phase == LOBBY and state.question_ids == tuple(IDS)


def test_a_participant_joins_with_the_code_typed_any_way(store):
    started = store.start(QUIZ.id, IDS, PIN)
    typed = f" {started.code[:3].lower()}-{started.code[3:]} "
    joined = store.join(typed, None, "a")
    assert joined.token and store.is_participant(started.code, joined.token)
    assert store.counts(started.code, started.secret).joined == 1


def test_a_wrong_code_gives_a_plain_problem_and_no_token(store):
    store.start(QUIZ.id, IDS, PIN)
    assert store.join("XXXXXX", None, "a").problem == "wrong_code"
    assert store.join("<script>", None, "a").problem == "wrong_code"


def test_an_answer_to_the_open_question_is_stored_once_however_often_it_is_sent(store):
    started = open_class(store)
    token = store.join(started.code, None, "a").token
    first = right_answer(QUESTIONS[0])
    assert store.answer(started.code, token, 0, QUESTIONS[0], first) == "stored"
    assert store.answer(started.code, token, 0, QUESTIONS[0], first) == "again"
    assert store.answer(started.code, token, 0, QUESTIONS[0], ("a",)) == "again"
    assert store.counts(started.code, started.secret).answered == 1
    assert store.own_answers(started.code, token) == {0: first}


def test_answers_are_refused_before_the_question_opens_after_it_is_shown_and_for_other_questions(store):
    started = store.start(QUIZ.id, IDS, PIN)
    token = store.join(started.code, None, "a").token
    assert store.answer(started.code, token, 0, QUESTIONS[0], right_answer(QUESTIONS[0])) == "closed"
    store.open_question(started.code, started.secret, 0)
    assert store.answer(started.code, token, 1, QUESTIONS[1], right_answer(QUESTIONS[1])) == "closed"
    store.reveal(started.code, started.secret, 0)
    assert store.answer(started.code, token, 0, QUESTIONS[0], right_answer(QUESTIONS[0])) == "closed"
    assert store.counts(started.code, started.secret).answered == 0


def test_an_answer_from_someone_who_did_not_join_or_with_made_up_ids_is_refused(store):
    started = open_class(store)
    token = store.join(started.code, None, "a").token
    assert store.answer(started.code, "x" * 22, 0, QUESTIONS[0], right_answer(QUESTIONS[0])) == "closed"
    assert store.answer(started.code, token, 0, QUESTIONS[0], ("zzz",)) == "closed"
    assert store.answer(started.code, token, 0, QUESTIONS[0], ()) == "closed"


def test_the_teacher_walks_through_every_question_and_a_double_click_skips_none(store):
    started = store.start(QUIZ.id, IDS, PIN)
    for index in range(len(IDS)):
        assert store.open_question(started.code, started.secret, index).position == index
        assert store.open_question(started.code, started.secret, index + 1).phase == OPEN
        assert store.reveal(started.code, started.secret, index).phase == REVEALED
        assert store.reveal(started.code, started.secret, index).position == index
    assert store.finish(started.code, started.secret).phase == FINISHED


def test_only_the_teacher_who_started_the_class_can_drive_it(store):
    started = store.start(QUIZ.id, IDS, PIN)
    other = store.start(QUIZ.id, IDS, PIN)
    for action in (lambda s: store.open_question(started.code, s, 0), lambda s: store.reveal(started.code, s, 0),
                   lambda s: store.finish(started.code, s), lambda s: store.counts(started.code, s),
                   lambda s: store.answers_to(started.code, s), lambda s: store.end(started.code, s)):
        with pytest.raises(NotAllowed):
            action(other.secret)
        with pytest.raises(NotAllowed):
            action("")
    assert store.state(started.code).phase == LOBBY


def test_the_database_keeps_only_hashes_of_secrets_and_tokens(store):
    started = store.start(QUIZ.id, IDS, PIN)
    token = store.join(started.code, "Ali", "a").token
    with store.engine.connect() as db:
        dump = repr([db.exec_driver_sql(f"select * from {table}").all()
                     for table in ("class_sessions", "class_participants")])
    assert started.secret not in dump and token not in dump


def test_a_nickname_is_kept_only_as_plain_short_text(store):
    started = store.start(QUIZ.id, IDS, PIN)
    store.join(started.code, "<b>Ali</b> [x](http://e.no) " + "a" * 50, "a")
    with store.engine.connect() as db:
        nickname = db.exec_driver_sql("select nickname from class_participants").scalar()
    assert nickname == "bAlib xhttpeno aaaaa"


def test_answers_and_results_for_the_teacher(store):
    started = open_class(store)
    tokens = [store.join(started.code, None, "a").token for _ in range(3)]
    store.answer(started.code, tokens[0], 0, QUESTIONS[0], right_answer(QUESTIONS[0]))
    store.answer(started.code, tokens[1], 0, QUESTIONS[0], ("a",))
    assert sorted(store.answers_to(started.code, started.secret)[0]) == sorted([right_answer(QUESTIONS[0]), ("a",)])


def rows_left(store) -> list[int]:
    with store.engine.connect() as db:
        return [db.exec_driver_sql(f"select count(*) from {table}").scalar()
                for table in ("class_sessions", "class_participants", "class_answers")]


def test_a_class_just_past_its_lifetime_is_closed_to_everyone(store, clock):
    store.seconds = 30
    started = open_class(store)
    token = store.join(started.code, None, "a").token
    clock.now += 31
    assert store.state(started.code) is None
    assert not store.is_participant(started.code, token)
    assert store.join(started.code, None, "a").problem == "ended"


def test_an_expired_class_is_deleted_by_the_next_poll_even_if_no_class_is_started(store, clock):
    started = open_class(store)
    token = store.join(started.code, None, "a").token
    store.answer(started.code, token, 0, QUESTIONS[0], right_answer(QUESTIONS[0]))
    clock.now += 24 * 3600 + SWEEP_EVERY
    assert store.state(started.code) is None, "a phone's poll"
    assert rows_left(store) == [0, 0, 0]


def test_the_sweep_runs_at_most_once_a_minute(store, clock):
    store.seconds = 30
    store.start(QUIZ.id, IDS, PIN)
    clock.now += 31
    store.state("AAAAAA")
    assert rows_left(store)[0] == 1, "swept less than a minute ago"
    clock.now += SWEEP_EVERY
    store.state("AAAAAA")
    assert rows_left(store)[0] == 0


def test_the_teacher_can_end_a_class_at_once(store):
    started = open_class(store)
    store.end(started.code, started.secret)
    assert store.state(started.code) is None


def test_a_flood_of_wrong_codes_is_slowed_down_and_the_wait_grows(store, clock):
    store.start(QUIZ.id, IDS, PIN)
    for _ in range(FREE_TRIES - 1):
        assert store.join("AAAAAA", None, "b1").problem == "wrong_code"
    slowed = store.join("AAAAAA", None, "b1")
    assert slowed.problem == "slow_down" and slowed.wait_seconds == 1
    clock.now += 2
    assert store.join("AAAAAA", None, "b1").wait_seconds == 2
    assert store.join("AAAAAA", None, "b2").problem == "wrong_code", "another browser is not slowed down"
    for _ in range(20):
        clock.now += MAX_WAIT + 1
        store.join("AAAAAA", None, "b1")
    assert store.join("AAAAAA", None, "b1").wait_seconds == MAX_WAIT


def test_a_right_code_is_never_refused_however_many_wrong_ones_came_first(store):
    started = store.start(QUIZ.id, IDS, PIN)
    for number in range(WRONG_CODES_PER_MINUTE + FREE_TRIES_PER_ADDRESS):
        store.join("AAAAAA", None, "guesser", "192.0.2.7")
    assert store.join("AAAAAA", None, "guesser", "192.0.2.7").problem == "slow_down"
    assert store.join(started.code, None, "a-classmate", "198.51.100.9").token, "another address, despite the flood"


def test_a_slowed_down_guesser_is_refused_even_with_the_right_code_also_in_a_new_session(store):
    started = store.start(QUIZ.id, IDS, PIN)
    for _ in range(FREE_TRIES):
        store.join("AAAAAA", None, "guesser")
    assert store.join(started.code, None, "guesser").problem == "slow_down", "the code is not even checked"
    for number in range(FREE_TRIES_PER_ADDRESS):
        store.join("AAAAAA", None, f"new-session-{number}", "192.0.2.7")
    refused = store.join(started.code, None, "yet-another-session", "192.0.2.7")
    assert refused.problem == "slow_down" and refused.wait_seconds > 0


def test_new_browser_sessions_do_not_reset_the_limit_for_everyone(store):
    store.start(QUIZ.id, IDS, PIN)
    outcomes = [store.join("AAAAAA", None, f"fresh-session-{number}", f"198.51.100.{number % 250}").problem
                for number in range(WRONG_CODES_PER_MINUTE + 10)]
    assert outcomes[:WRONG_CODES_PER_MINUTE - 1] == ["wrong_code"] * (WRONG_CODES_PER_MINUTE - 1)
    assert set(outcomes[WRONG_CODES_PER_MINUTE:]) == {"slow_down"}


def test_a_class_behind_one_address_can_mistype_many_codes_before_it_is_slowed_down(store):
    store.start(QUIZ.id, IDS, PIN)
    for number in range(FREE_TRIES_PER_ADDRESS - 1):
        assert store.join("AAAAAA", None, f"phone-{number}", "192.0.2.7").problem == "wrong_code"
    assert store.join("AAAAAA", None, "one-more-phone", "192.0.2.7").problem == "slow_down"
    assert store.join("AAAAAA", None, "one-more-phone", "198.51.100.1").problem == "wrong_code"


def test_wrong_tries_are_forgotten_after_a_while(store, clock):
    store.start(QUIZ.id, IDS, PIN)
    for _ in range(FREE_TRIES - 1):
        store.join("AAAAAA", None, "b1")
    clock.now += 16 * 60
    assert store.join("AAAAAA", None, "b1").problem == "wrong_code"


def test_no_network_address_or_hash_of_one_is_kept_in_the_database(store):
    started = store.start(QUIZ.id, IDS, PIN)
    for _ in range(FREE_TRIES + 2):
        store.join("AAAAAA", None, "b1", "10.1.2.3")
    store.join(started.code, "Ali", "b1", "10.1.2.3")
    with store.engine.connect() as db:
        tables = [name for (name,) in db.exec_driver_sql(
            "select name from sqlite_master where type = 'table'" if store.engine.dialect.name == "sqlite" else
            "select tablename from pg_tables where schemaname = current_schema()")]
        dump = repr([db.exec_driver_sql(f"select * from {table}").all() for table in tables])
    assert "class_join_tries" not in tables
    assert "10.1.2.3" not in dump and digest("address:10.1.2.3") not in dump and digest("browser:b1") not in dump


def test_answers_sent_at_the_same_moment_are_each_stored_exactly_once(store):
    started = open_class(store)
    tokens = [store.join(started.code, None, "a").token for _ in range(12)]
    answer = right_answer(QUESTIONS[0])
    sends = [token for token in tokens for _ in range(3)]
    with ThreadPoolExecutor(max_workers=12) as pool:
        outcomes = list(pool.map(lambda token: store.answer(started.code, token, 0, QUESTIONS[0], answer), sends))
    assert outcomes.count("stored") == len(tokens) and outcomes.count("again") == 2 * len(tokens)
    assert store.counts(started.code, started.secret).answered == len(tokens)


def test_class_creation_is_limited_per_browser_address_and_for_everyone(store):
    from minplan.classroom.store import NEW_CLASSES
    assert all(store.may_start("tab", "192.0.2.7") == 0 for _ in range(NEW_CLASSES["browser"]))
    assert store.may_start("tab", "192.0.2.7") > 0, "three tabs made 125 classes in 31 s before"
    for number in range(NEW_CLASSES["address"] - NEW_CLASSES["browser"]):
        store.may_start(f"tab-{number}", "192.0.2.7")
    assert store.may_start("one-more-tab", "192.0.2.7") > 0
    for number in range(NEW_CLASSES["everyone"]):
        store.may_start(f"school-{number}", f"198.51.{number // 250}.{number % 250}")
    assert store.may_start("late", "203.0.113.1") > 0
