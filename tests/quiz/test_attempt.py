"""An attempt: shuffled choices per attempt, retry of the wrong ones, and its place kept in the URL."""
from __future__ import annotations

import pytest

from minplan.quiz.attempt import Attempt, choices, is_complete, shuffled
from minplan.catalogue import load_content
from minplan.quiz.scoring import TRUE, score_attempt
from minplan.quiz.kinds import quizzes

QUIZ = next(quiz for quiz in quizzes(load_content()) if quiz.id == "selvtest")
QUESTIONS = QUIZ.questions
BY_TYPE = {question.type: question for question in reversed(QUESTIONS)}


def right_answer(question) -> tuple[str, ...]:
    """The answer that earns full points, built from the file (tests answer by id, never by position)."""
    if question.type == "single":
        return (question.answer,)
    if question.type == "multiple":
        return tuple(question.answer)
    if question.type == "true_false":
        return ("true",) if question.answer else ("false",)
    return tuple(item.id for item in (question.steps if question.type == "order" else question.pairs))


def test_a_new_attempt_asks_every_question_from_the_first():
    attempt = Attempt.start(QUESTIONS, seed=1)
    assert attempt.current == QUESTIONS[0].id
    assert len(attempt.asked) == len(QUESTIONS)


def test_after_the_last_question_the_round_is_over():
    attempt = Attempt.start(QUESTIONS[:2], seed=1).advance().advance().advance()
    assert attempt.current is None
    assert attempt.position == 2


@pytest.mark.parametrize("kind", ["single", "multiple", "order", "match"])
def test_choices_are_shuffled_per_attempt_but_keep_every_id(kind):
    question = BY_TYPE[kind]
    orders = {tuple(shuffled(question, seed)) for seed in range(30)}
    assert len(orders) > 1
    assert all(sorted(order) == sorted(choices(question)) for order in orders)


def test_the_same_attempt_shows_the_same_order_after_a_reload():
    question = BY_TYPE["single"]
    assert shuffled(question, 42) == shuffled(question, 42)


def test_steps_to_order_never_start_in_the_right_order():
    question = BY_TYPE["order"]
    right = choices(question)
    assert all(shuffled(question, seed) != right for seed in range(200))


def test_true_false_keeps_its_two_choices_in_place():
    assert shuffled(BY_TYPE["true_false"], 7) == ["true", "false"]


@pytest.mark.parametrize(("kind", "answer", "complete"), [
    ("single", (), False), ("single", ("a",), True),
    ("multiple", (), False), ("multiple", ("a", "b"), True),
    ("true_false", (TRUE,), True),
])
def test_an_answer_can_be_checked_once_something_is_chosen(kind, answer, complete):
    assert is_complete(BY_TYPE[kind], answer) is complete


def test_order_can_be_checked_only_when_every_step_is_placed():
    question = BY_TYPE["order"]
    steps = choices(question)
    assert not is_complete(question, tuple(steps[:-1]))
    assert is_complete(question, tuple(reversed(steps)))


def test_match_can_be_checked_only_when_every_term_has_an_explanation():
    question = BY_TYPE["match"]
    pairs = choices(question)
    assert not is_complete(question, tuple(pairs[:-1]) + ("",))
    assert is_complete(question, tuple(pairs))


def test_retry_asks_only_the_wrong_ones_and_keeps_the_right_answers():
    attempt = Attempt.start(QUESTIONS, seed=1)
    for index, question in enumerate(QUESTIONS):
        answer = right_answer(question) if index % 3 else ("zzz",)
        attempt = attempt.record(question.id, answer).advance()
    wrong = score_attempt(QUESTIONS, attempt.answers, QUIZ.pass_mark).wrong(QUESTIONS)
    assert wrong == [question.id for index, question in enumerate(QUESTIONS) if index % 3 == 0]
    retry = attempt.retry(wrong, seed=2)
    assert retry.asked == tuple(wrong) and retry.position == 0 and retry.seed == 2
    assert not set(wrong) & set(retry.answers)
    assert len(retry.answers) == len(QUESTIONS) - len(wrong)


class TestUrl:
    def test_an_attempt_survives_the_round_trip_through_the_url(self):
        attempt = Attempt.start(QUESTIONS, seed=123)
        for question in QUESTIONS[:7]:
            attempt = attempt.record(question.id, right_answer(question)).advance()
        params = attempt.to_query(QUESTIONS)
        assert Attempt.from_query(params, QUESTIONS) == attempt
        assert len("&".join(f"{k}={v}" for k, v in params.items())) < 400

    def test_a_retry_round_survives_the_round_trip(self):
        attempt = Attempt.start(QUESTIONS, seed=1).record(QUESTIONS[0].id, ("zzz",)).retry([QUESTIONS[0].id, QUESTIONS[5].id], seed=9)
        attempt = attempt.record(QUESTIONS[1].id, right_answer(QUESTIONS[1])).advance()
        assert Attempt.from_query(attempt.to_query(QUESTIONS), QUESTIONS) == attempt

    def test_no_seed_means_no_attempt(self):
        assert Attempt.from_query({}, QUESTIONS) is None

    @pytest.mark.parametrize("params", [
        {"q_seed": "abc"}, {"q_seed": "-1"}, {"q_seed": "9" * 40}, {"q_seed": "1e9"},
    ])
    def test_a_tampered_seed_means_no_attempt(self, params):
        assert Attempt.from_query(params, QUESTIONS) is None

    def test_answers_that_do_not_fit_their_question_are_dropped(self):
        first, second = QUESTIONS[0], QUESTIONS[1]
        params = {"q_seed": "1", "q_ans": f"zzz.{right_answer(second)[0]}_{right_answer(second)[0]}.<script>"}
        assert Attempt.from_query(params, QUESTIONS).answers == {}
        params = {"q_seed": "1", "q_ans": f"{right_answer(first)[0]}"}
        assert Attempt.from_query(params, QUESTIONS).answers == {first.id: right_answer(first)}

    def test_the_position_after_the_last_question_shows_the_result(self):
        attempt = Attempt.from_query({"q_seed": "1", "q_pos": str(len(QUESTIONS))}, QUESTIONS)
        assert attempt.current is None

    def test_a_position_past_the_end_is_dropped(self):
        assert Attempt.from_query({"q_seed": "1", "q_pos": "999"}, QUESTIONS).position == 0

    def test_a_broken_round_falls_back_to_every_question(self):
        attempt = Attempt.from_query({"q_seed": "1", "q_ask": "1.x.9999"}, QUESTIONS)
        assert attempt.asked == tuple(question.id for question in QUESTIONS)

    def test_a_huge_parameter_is_cut_not_parsed_whole(self):
        attempt = Attempt.from_query({"q_seed": "1", "q_ans": "a" * 1_000_000}, QUESTIONS)
        assert attempt is not None
