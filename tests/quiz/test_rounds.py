"""Short rounds and whole-question scores (minplan/quiz/rounds.py): the self-test starts small and
never shows decimal points."""
from __future__ import annotations

from fractions import Fraction

from minplan.catalogue import load_content
from minplan.quiz.kinds import quizzes
from minplan.quiz.rounds import (NEARLY, RIGHT, ROUND_SIZE, WRONG, Tally, in_round, lessons_with_questions,
                                 needs_rounds, pick_round, tally, verdict)
from minplan.quiz.scoring import Share, score_attempt

SELF_TEST = next(quiz for quiz in quizzes(load_content()) if quiz.id == "selvtest")
QUESTIONS = SELF_TEST.questions


def test_the_long_self_test_is_offered_in_rounds_and_a_short_one_is_not():
    assert needs_rounds(QUESTIONS)
    assert not needs_rounds(QUESTIONS[:ROUND_SIZE])


def test_a_mixed_round_has_ten_questions_in_quiz_order_and_the_seed_decides_which():
    order = [question.id for question in QUESTIONS]
    first = pick_round(QUESTIONS, seed=1)
    assert len(first) == ROUND_SIZE == len(set(first))
    assert list(first) == sorted(first, key=order.index)
    assert pick_round(QUESTIONS, seed=1) == first
    assert any(pick_round(QUESTIONS, seed=seed) != first for seed in range(2, 6))


def test_a_lesson_round_asks_only_that_lessons_questions():
    lesson = lessons_with_questions(QUESTIONS)[0]
    ids = pick_round(QUESTIONS, seed=3, lesson=lesson)
    of_lesson = [question.id for question in QUESTIONS if question.lesson == lesson]
    assert ids and set(ids) <= set(of_lesson) and len(ids) == min(ROUND_SIZE, len(of_lesson))


def test_every_lesson_is_offered_once():
    lessons = lessons_with_questions(QUESTIONS)
    assert len(lessons) == len(set(lessons)) == len({question.lesson for question in QUESTIONS})


def test_partial_credit_is_nearly_right_not_a_decimal():
    assert verdict(Share(Fraction(1), 1)) == RIGHT
    assert verdict(Share(Fraction(3, 10), 1)) == NEARLY
    assert verdict(Share(Fraction(0), 1)) == WRONG


def test_a_round_is_counted_in_whole_questions():
    ids = pick_round(QUESTIONS, seed=5)
    asked = [question for question in QUESTIONS if question.id in ids]
    answers = {}
    for question in asked[:7]:
        if question.type == "single":
            answers[question.id] = (question.answer,)
        elif question.type == "true_false":
            answers[question.id] = ("true" if question.answer else "false",)
        elif question.type == "multiple":
            answers[question.id] = tuple(question.answer)
        elif question.type == "order":
            answers[question.id] = tuple(step.id for step in question.steps)
        else:
            answers[question.id] = tuple(pair.id for pair in question.pairs)
    result = score_attempt(asked, answers, SELF_TEST.pass_mark)
    counted = tally(result, ids)
    assert counted == Tally(right=7, nearly=0, total=10)
    assert not counted.reaches(0.8) and Tally(8, 0, 10).reaches(0.8)


def test_a_retry_still_reports_on_the_whole_round():
    ids = pick_round(QUESTIONS, seed=5)
    kept = {ids[0]: ("x",)}
    assert [question.id for question in in_round(QUESTIONS, ids[1:], kept)] == list(ids)
