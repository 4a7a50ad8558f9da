"""The scoring rules of minplan/quiz/scoring.py, one test per rule and its edge cases."""
from __future__ import annotations

from fractions import Fraction

import pytest

from minplan.quiz.questions import Question
from minplan.quiz.scoring import (
    FALSE,
    TRUE,
    Share,
    as_fraction,
    by_goal,
    by_lesson,
    credit,
    percent,
    points_text,
    score_attempt,
    score_question,
)


def _options(*ids: str) -> list[dict]:
    return [{"id": option_id, "text": {"nb": option_id.upper()}} for option_id in ids]


def question(kind: str, lesson: str = "hvem-lager-planen", points: int = 1, qid: str = "q", **fields) -> Question:
    return Question.model_validate(
        {"id": qid, "lesson": lesson, "type": kind, "prompt": {"nb": "P"}, "explanation": {"nb": "E"}, "points": points, **fields}
    )


SINGLE = question("single", options=_options("a", "b", "c"), answer="b")
TRUE_FALSE = question("true_false", answer=False)
MULTIPLE = question("multiple", options=_options("a", "b", "c", "d"), answer=["a", "b"])
ORDER = question("order", steps=[{"id": s, "text": {"nb": s}} for s in ("a", "b", "c", "d", "e")])
MATCH = question("match", pairs=[{"id": p, "term": {"nb": p}, "match": {"nb": p * 2}} for p in ("x", "y", "z", "w")])


class TestSingle:
    def test_right_option_earns_full_points(self):
        assert credit(SINGLE, ("b",)) == 1

    def test_wrong_option_earns_nothing(self):
        assert credit(SINGLE, ("a",)) == 0

    def test_nothing_chosen_earns_nothing(self):
        assert credit(SINGLE, ()) == 0

    def test_choosing_everything_earns_nothing(self):
        assert credit(SINGLE, ("a", "b", "c")) == 0

    def test_answer_is_scored_by_id_not_position(self):
        assert credit(SINGLE, ("b",)) == credit(question("single", options=_options("c", "b", "a"), answer="b"), ("b",)) == 1


class TestTrueFalse:
    def test_matching_answer_earns_full_points(self):
        assert credit(TRUE_FALSE, (FALSE,)) == 1

    def test_other_answer_earns_nothing(self):
        assert credit(TRUE_FALSE, (TRUE,)) == 0

    def test_nothing_chosen_earns_nothing(self):
        assert credit(TRUE_FALSE, ()) == 0

    def test_both_chosen_earns_nothing(self):
        assert credit(TRUE_FALSE, (TRUE, FALSE)) == 0


class TestMultiple:
    def test_all_right_and_no_wrong_earns_full_points(self):
        assert credit(MULTIPLE, ("b", "a")) == 1

    def test_each_right_option_earns_a_share(self):
        assert credit(MULTIPLE, ("a",)) == Fraction(1, 2)

    def test_a_wrong_option_takes_a_share_away(self):
        assert credit(MULTIPLE, ("a", "b", "c")) == Fraction(1, 2)

    def test_credit_never_goes_below_zero(self):
        assert credit(MULTIPLE, ("c", "d")) == 0
        assert credit(MULTIPLE, ("a", "c", "d")) == 0

    def test_nothing_chosen_earns_nothing(self):
        assert credit(MULTIPLE, ()) == 0

    def test_choosing_everything_earns_nothing(self):
        assert credit(MULTIPLE, ("a", "b", "c", "d")) == 0

    def test_choosing_everything_is_right_when_every_option_is_right(self):
        every = question("multiple", options=_options("a", "b"), answer=["a", "b"])
        assert credit(every, ("a", "b")) == 1

    def test_unknown_and_repeated_ids_are_ignored(self):
        assert credit(MULTIPLE, ("a", "a", "zzz")) == Fraction(1, 2)


class TestOrder:
    def test_right_order_earns_full_points(self):
        assert credit(ORDER, ("a", "b", "c", "d", "e")) == 1

    def test_reversed_order_earns_nothing(self):
        assert credit(ORDER, ("e", "d", "c", "b", "a")) == 0

    def test_each_neighbouring_pair_in_order_earns_a_share(self):
        assert credit(ORDER, ("b", "a", "c", "d", "e")) == Fraction(3, 4)
        assert credit(ORDER, ("e", "a", "b", "c", "d")) == Fraction(3, 4)

    def test_nothing_placed_earns_nothing(self):
        assert credit(ORDER, ()) == 0

    def test_steps_not_placed_earn_nothing(self):
        assert credit(ORDER, ("a", "b")) == Fraction(1, 4)

    def test_unknown_and_repeated_steps_are_ignored(self):
        assert credit(ORDER, ("a", "a", "zzz", "b", "c", "d", "e")) == 1


class TestMatch:
    def test_all_matched_right_earns_full_points(self):
        assert credit(MATCH, ("x", "y", "z", "w")) == 1

    def test_each_right_match_earns_a_share(self):
        assert credit(MATCH, ("y", "x", "z", "w")) == Fraction(1, 2)

    def test_nothing_matched_earns_nothing(self):
        assert credit(MATCH, ()) == 0
        assert credit(MATCH, ("", "", "", "")) == 0

    def test_one_explanation_for_every_term_earns_one_share(self):
        assert credit(MATCH, ("x", "x", "x", "x")) == Fraction(1, 4)


class TestPoints:
    def test_points_earned_are_credit_times_points(self):
        worth_two = question("multiple", options=_options("a", "b", "c"), answer=["a", "b"], points=2)
        assert score_question(worth_two, ("a",)) == Share(Fraction(1), 2)

    def test_no_answer_earns_nothing(self):
        assert score_question(SINGLE, None) == Share(Fraction(0), 1)


def _quiz(n_right: int, n_total: int) -> tuple[list[Question], dict]:
    questions = [question("single", qid=f"q{i}", options=_options("a", "b"), answer="a") for i in range(n_total)]
    answers = {f"q{i}": ("a",) if i < n_right else ("b",) for i in range(n_total)}
    return questions, answers


class TestPassMark:
    def test_exactly_the_pass_mark_passes(self):
        questions, answers = _quiz(24, 30)
        result = score_attempt(questions, answers, 0.8)
        assert result.total == Share(Fraction(24), 30)
        assert result.passed

    def test_just_below_the_pass_mark_does_not_pass(self):
        questions, answers = _quiz(23, 30)
        assert not score_attempt(questions, answers, 0.8).passed

    def test_pass_mark_zero_passes_with_nothing_answered(self):
        questions, _ = _quiz(0, 3)
        assert score_attempt(questions, {}, 0).passed

    def test_pass_mark_one_needs_every_point(self):
        questions, answers = _quiz(3, 3)
        assert score_attempt(questions, answers, 1).passed
        questions, answers = _quiz(2, 3)
        assert not score_attempt(questions, answers, 1).passed

    def test_pass_mark_is_read_exactly(self):
        assert as_fraction(0.8) == Fraction(4, 5)

    def test_partial_credit_counts_towards_the_pass_mark(self):
        questions = [MULTIPLE, SINGLE.model_copy(update={"id": "s"})]
        result = score_attempt(questions, {"q": ("a",), "s": ("b",)}, 0.75)
        assert result.total == Share(Fraction(3, 2), 2)
        assert result.passed


class TestWrongAndMastery:
    def test_only_full_points_count_as_right(self):
        questions = [MULTIPLE, SINGLE.model_copy(update={"id": "s"}), ORDER.model_copy(update={"id": "o"})]
        result = score_attempt(questions, {"q": ("a",), "s": ("b",)}, 0.8)
        assert result.wrong(questions) == ["q", "o"]

    def test_mastery_per_lesson_is_the_share_of_its_points(self):
        questions = [
            question("single", qid="a1", lesson="x", options=_options("a", "b"), answer="a"),
            question("single", qid="a2", lesson="x", options=_options("a", "b"), answer="a"),
            question("single", qid="b1", lesson="y", options=_options("a", "b"), answer="a", points=3),
        ]
        result = score_attempt(questions, {"a1": ("a",), "b1": ("a",)}, 0.8)
        mastery = result.mastery(by_lesson(questions))
        assert mastery == {"x": Share(Fraction(1), 2), "y": Share(Fraction(3), 3)}
        assert not mastery["x"].reaches(0.8) and mastery["y"].reaches(0.8)

    def test_mastery_per_goal_counts_a_question_for_every_goal_of_its_lesson(self):
        questions = [
            question("single", qid="a1", lesson="x", options=_options("a", "b"), answer="a"),
            question("single", qid="b1", lesson="y", options=_options("a", "b"), answer="a"),
        ]
        groups = by_goal(questions, {"x": [1, 2], "y": [2]})
        assert groups == {1: ["a1"], 2: ["a1", "b1"]}
        mastery = score_attempt(questions, {"a1": ("a",)}, 0.8).mastery(groups)
        assert mastery == {1: Share(Fraction(1), 1), 2: Share(Fraction(1), 2)}

    def test_goals_without_questions_are_left_out(self):
        questions = [question("single", qid="a1", lesson="x", options=_options("a", "b"), answer="a")]
        mastery = score_attempt(questions, {}, 0.8).mastery({1: ["a1"], 5: []})
        assert list(mastery) == [1]


@pytest.mark.parametrize(("value", "text"), [(Fraction(3), "3"), (Fraction(5, 2), "2,5"), (Fraction(2, 3), "0,7"), (Fraction(0), "0")])
def test_points_are_written_the_norwegian_way(value, text):
    assert points_text(value) == text


def test_percent_rounds_down():
    assert percent(Share(Fraction(799, 10), 100)) == 79
