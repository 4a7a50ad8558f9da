"""A quiz question that rests on a rule that ran out is left out of scoring and of the live class."""
from __future__ import annotations

import datetime as dt

from minplan.catalogue import load_content
from minplan.classroom.questions import LESSONS, questions_for
from minplan.content.dates import TODAY_VARIABLE
from minplan.quiz.kinds import quizzes
from minplan.quiz.questions import asked, read_quiz
from minplan.quiz.scoring import score_attempt

CONTENT = load_content()
SELVTEST = next(quiz for quiz in quizzes(CONTENT) if quiz.id == "selvtest")
LESSON_IDS = [lesson.id for lesson in CONTENT.lessons]

TWO_QUESTIONS = """\
id: datert
title: {nb: To spørsmål}
questions:
  - id: gjelder
    lesson: dine-rettigheter
    type: true_false
    prompt: {nb: "Stemmer dette? Du kan klage på et vedtak."}
    answer: true
    explanation: {nb: "Det stemmer."}
  - id: gikk-ut
    lesson: kollektiv-beskyttelse
    valid_until: 2026-07-01
    recheck: "Kapittel 6A gjaldt foreløpig til 1. juli 2026."
    type: true_false
    prompt: {nb: "Stemmer dette? Velger du deltid, får du mindre stønad."}
    answer: true
    explanation: {nb: "Det stemmer etter reglene for kollektiv beskyttelse."}
"""


def _quiz():
    quiz, problems = read_quiz("quizzes/datert.yaml", TWO_QUESTIONS.encode(), LESSON_IDS)
    assert problems == []
    return quiz


def test_a_question_whose_rule_ran_out_is_not_asked_and_not_scored():
    quiz = _quiz()
    assert quiz.question("gikk-ut").valid_until == dt.date(2026, 7, 1)
    assert [q.id for q in asked(quiz.questions, dt.date(2026, 7, 1))] == ["gjelder", "gikk-ut"]
    today = asked(quiz.questions, dt.date(2026, 12, 6))
    assert [q.id for q in today] == ["gjelder"]
    result = score_attempt(today, {"gjelder": ("true",)}, quiz.pass_mark)
    assert result.passed and result.total.possible == 1 and "gikk-ut" not in result.by_question


def test_the_part_time_question_of_collective_protection_is_left_out_after_1_july_2026():
    before = {q.id for q in asked(SELVTEST.questions, dt.date(2026, 7, 1))}
    after = {q.id for q in asked(SELVTEST.questions, dt.date(2026, 7, 2))}
    assert before - after == {"kollektiv-deltid"}
    assert len(after) == len(SELVTEST.questions) - 1


def test_the_live_class_leaves_out_questions_and_lessons_whose_rule_ran_out(monkeypatch):
    monkeypatch.setenv(TODAY_VARIABLE, "2026-06-30")
    assert "kollektiv-deltid" in [q.id for q in questions_for("selvtest", quizzes(CONTENT), CONTENT.lessons)]
    monkeypatch.setenv(TODAY_VARIABLE, "2026-12-06")
    assert "kollektiv-deltid" not in [q.id for q in questions_for("selvtest", quizzes(CONTENT), CONTENT.lessons)]
    ended = CONTENT.lesson("dine-rettigheter").model_copy(update={"valid_until": dt.date(2026, 12, 1)})
    lessons = [ended if lesson.id == ended.id else lesson for lesson in CONTENT.lessons]
    assert "dine-rettigheter" not in [q.id for q in questions_for(LESSONS, quizzes(CONTENT), lessons)]
    assert len(questions_for(LESSONS, quizzes(CONTENT), lessons)) == len(CONTENT.lessons) - 1
