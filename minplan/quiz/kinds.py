"""Quiz files (quizzes/*.yaml) as a kind of content: where they live, and how they join the lessons."""
from __future__ import annotations

from collections.abc import Sequence

from minplan.content.registry import Kind, Loaded
from minplan.content.loader import Content
from minplan.content.placeholders import known, unknown
from minplan.content.problems import Problem
from minplan.quiz.questions import Quiz, unknown_lessons


def quizzes(content: Content) -> list[Quiz]:
    """Every quiz that loaded, in menu order."""
    return content.parts.get("quiz", [])


def _assemble(loaded: Sequence[Loaded], content: Content, problems: list[Problem]) -> None:
    """Quizzes in menu order; each question must check a lesson we have, and a quiz's id (its URL) be free."""
    lesson_ids = {lesson.id for lesson in content.lessons}
    kept: dict[str, Quiz] = {}
    for entry in loaded:
        quiz = entry.item
        problems.extend(entry.problem(path, str(refusal)) for path, refusal in unknown_lessons(quiz, lesson_ids))
        problems.extend(entry.problem(path, message) for path, message in unknown(quiz, known(content.ui)))
        if quiz.id in kept or quiz.id in lesson_ids:
            problems.append(entry.problem(("id",), f"the id '{quiz.id}' is already used by another quiz or a lesson"))
        else:
            kept[quiz.id] = quiz
    content.parts["quiz"] = sorted(kept.values(), key=lambda quiz: (quiz.order, quiz.id))


def _citations(quiz: Quiz):
    return [(("questions", q, "sources", i), source_id) for q, question in enumerate(quiz.questions)
            for i, source_id in enumerate(question.sources)]


KINDS = (Kind("quiz", "quizzes/*.yaml", Quiz, _assemble, _citations, readable=True, after=("lesson",)),)
