"""Answering a lesson's check question: right or wrong, and what to tell the participant."""
from __future__ import annotations

from dataclasses import dataclass

from minplan.content.models import CheckQuestion


@dataclass(frozen=True)
class CheckResult:
    """The verdict, the feedback for the chosen option (only when it is right) and the explanation."""

    correct: bool
    feedback: dict[str, str] | None
    explanation: dict[str, str]


def answer_check(question: CheckQuestion, option_id: str) -> CheckResult:
    """Judge one chosen option; an id that is not an option counts as wrong.

    A wrong choice gets no feedback: the files' feedback on wrong options names the right answer,
    and the learner is asked to try again first (newcomer walk, finding 20)."""
    chosen = next((option for option in question.options if option.id == option_id), None)
    correct = option_id == question.answer
    return CheckResult(
        correct=correct,
        feedback=chosen.feedback if chosen and correct else None,
        explanation=question.explanation,
    )
