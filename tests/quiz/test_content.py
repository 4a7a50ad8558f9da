"""The self-check quiz covers the whole module, explains every answer and reads as plain Norwegian."""
from __future__ import annotations

from collections import Counter

import pytest

from minplan.catalogue import load_content
from minplan.content.models import MODULE_GOALS
from minplan.quiz.scoring import by_goal
from minplan.quiz.kinds import quizzes
from tests.conftest import ROOT

CONTENT = load_content()
QUIZ = next(quiz for quiz in quizzes(CONTENT) if quiz.id == "selvtest")
GOALS_OF = {lesson.id: lesson.module_goals for lesson in CONTENT.lessons}


def test_every_quiz_file_loads_without_problems():
    assert [str(p) for p in CONTENT.problems if p.file.startswith("quizzes/")] == []
    assert len(quizzes(CONTENT)) == len(list((ROOT / "quizzes").glob("*.yaml")))


def test_the_self_check_has_at_least_30_questions():
    assert len(QUIZ.questions) >= 30


def test_every_lesson_has_questions():
    counts = Counter(question.lesson for question in QUIZ.questions)
    assert [lesson.id for lesson in CONTENT.lessons if not counts[lesson.id]] == []


def test_all_six_learning_goals_are_checked():
    assert set(by_goal(QUIZ.questions, GOALS_OF)) == set(MODULE_GOALS)


def test_every_question_type_is_used():
    assert {question.type for question in QUIZ.questions} == {"single", "multiple", "true_false", "order", "match"}


@pytest.mark.parametrize("question", [q for q in QUIZ.questions if q.options], ids=lambda q: q.id)
def test_every_wrong_option_has_its_own_feedback(question):
    right = [question.answer] if question.type == "single" else question.answer
    missing = [option.id for option in question.options if option.id not in right and not option.feedback]
    assert missing == []


def test_every_question_has_an_explanation():
    assert all(question.explanation["nb"].strip() for question in QUIZ.questions)


def test_the_example_in_the_docs_uses_every_question_type():
    example = next(quiz for quiz in quizzes(CONTENT) if quiz.id == "eksempel")
    assert {question.type for question in example.questions} == {"single", "multiple", "true_false", "order", "match"}
    assert "quizzes/eksempel.yaml" in (ROOT / "docs" / "quiz-format.md").read_text(encoding="utf-8")
