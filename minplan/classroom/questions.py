"""What a live class is asked and what its answers add up to: questions, the bars of a chart, results.

A class runs either a quiz from quizzes/ or the lessons' check questions; both
become the same `Question`, so one set of widgets and one scoring rule serve
both. Scoring is minplan/quiz/scoring.py's; this module only counts.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from minplan.quiz.attempt import choices, is_complete, shuffled
from minplan.content.dates import in_force
from minplan.content.models import Lesson
from minplan.quiz.questions import Question, Quiz, asked
from minplan.quiz.scoring import Answer, credit

LESSONS = "lessons"
"""The source name of a class that asks every lesson's check question; a quiz's source is its id."""

HARD_BELOW = Fraction(1, 2)
"""A question is hard for the class when fewer than half of those who answered got it fully right."""

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
"""Choices are lettered A, B, C… in the class's order, so "svar B" means the same on the board and every phone."""

_SEPARATOR = "_"
MAX_ANSWER_LENGTH = 400


def check_question(lesson: Lesson) -> Question:
    """A lesson's check question as a one-point single-choice quiz question about that lesson."""
    check = lesson.check
    return Question(id=lesson.id, lesson=lesson.id, type="single", prompt=check.prompt, options=check.options,
                    answer=check.answer, explanation=check.explanation)


def questions_for(source: str, quizzes: Sequence[Quiz], lessons: Sequence[Lesson]) -> list[Question]:
    """The questions of a class from `source` (a quiz id or LESSONS), in order; empty when there is no such source.

    A question that rests on a rule that ran out (or a lesson that does) is left out (minplan.content.dates)."""
    if source == LESSONS:
        return [check_question(lesson) for lesson in lessons if in_force(lesson)]
    quiz = next((quiz for quiz in quizzes if quiz.id == source), None)
    return asked(quiz.questions) if quiz else []


ALL = 0
HOW_MANY = (5, 10, ALL)
"""The sizes a teacher picks from when starting a class: 5, 10 or every question (ALL)."""


def pick(questions: Sequence[Question], how_many: int = ALL, lesson: str | None = None) -> list[Question]:
    """The questions a class is asked: only `lesson`'s when one is named, then at most `how_many` of them.

    A short round takes questions from as many lessons as it can (one lesson at a time, in turn, each
    lesson's in the file's order) and keeps them in the source's order, so 5 of 41 is not all lesson 1.
    """
    chosen = [question for question in questions if lesson is None or question.lesson == lesson]
    if how_many == ALL or how_many >= len(chosen):
        return chosen
    by_lesson: dict[str, list[int]] = {}
    for place, question in enumerate(chosen):
        by_lesson.setdefault(question.lesson, []).append(place)
    taken: list[int] = []
    while len(taken) < how_many:
        for places in by_lesson.values():
            if places and len(taken) < how_many:
                taken.append(places.pop(0))
    return [chosen[place] for place in sorted(taken)]


def encode(answer: Answer) -> str:
    """An answer as one short string for the database (ids never contain the separator)."""
    return _SEPARATOR.join(answer)


def decode(stored: str) -> Answer:
    return tuple(stored.split(_SEPARATOR)) if stored else ()


def valid_answer(question: Question, answer: Answer) -> bool:
    """True for a complete answer made only of this question's ids; anything else from a phone is refused."""
    if len(encode(answer)) > MAX_ANSWER_LENGTH or not set(answer) <= set(choices(question)):
        return False
    repeats_allowed = question.type == "match"
    return (repeats_allowed or len(set(answer)) == len(answer)) and is_complete(question, answer)


def class_order(question: Question, code: str, position: int) -> list[str]:
    """The choices of the class's question at `position`, in the one order the board and every phone show.

    Shuffled once per class question, seeded by the class code and the place of the question, so every
    process and every phone arrives at the same order without asking the database.
    """
    seed = int(hashlib.sha256(f"{code}:{position}".encode()).hexdigest()[:12], 16)
    return shuffled(question, seed)


def letters(arranged: Sequence[str]) -> dict[str, str]:
    """Each choice's letter in the order shown: the first is A, the next B, and so on."""
    return dict(zip(arranged, LETTERS))


@dataclass(frozen=True)
class Bar:
    """One bar of the answers chart: what it stands for (a choice id or a verdict), how many, and whether it is right."""

    key: str
    count: int
    right: bool


RIGHT, PARTLY, WRONG = "right", "partly", "wrong"


def distribution(question: Question, answers: Sequence[Answer], arranged: Sequence[str] = ()) -> list[Bar]:
    """How the class answered: one bar per option for choice questions, else right / partly right / wrong.

    Option bars follow `arranged` (the class's order, see class_order), else the file's order.
    """
    if question.type in ("single", "multiple", "true_false"):
        counted = Counter(choice for answer in answers for choice in set(answer))
        right = set(_right_choices(question))
        return [Bar(choice, counted[choice], choice in right) for choice in (arranged or choices(question))]
    verdicts = Counter(_verdict(question, answer) for answer in answers)
    return [Bar(verdict, verdicts[verdict], verdict == RIGHT) for verdict in (RIGHT, PARTLY, WRONG)]


def _right_choices(question: Question) -> list[str]:
    if question.type == "true_false":
        return ["true" if question.answer else "false"]
    return [question.answer] if question.type == "single" else list(question.answer)


def _verdict(question: Question, answer: Answer) -> str:
    share = credit(question, answer)
    return RIGHT if share == 1 else PARTLY if share else WRONG


@dataclass(frozen=True)
class QuestionResult:
    """How one question went for the class: how many answered and how many got full credit."""

    question: Question
    answered: int
    right: int

    @property
    def share_right(self) -> Fraction:
        return Fraction(self.right, self.answered) if self.answered else Fraction(0)

    @property
    def hard(self) -> bool:
        """Fewer than half fully right; a question nobody answered tells nothing and is not hard."""
        return self.answered > 0 and self.share_right < HARD_BELOW


def class_results(questions: Sequence[Question], answers: Mapping[int, Sequence[Answer]]) -> list[QuestionResult]:
    """Each question's result, in the order asked; `answers` maps a question's place to every answer to it."""
    results = []
    for index, question in enumerate(questions):
        given = answers.get(index, ())
        results.append(QuestionResult(question, len(given), sum(1 for answer in given if credit(question, answer) == 1)))
    return results


def hardest(results: Sequence[QuestionResult]) -> list[QuestionResult]:
    """The questions the class found hard, hardest first."""
    return sorted((result for result in results if result.hard), key=lambda result: result.share_right)


def own_right(questions: Sequence[Question], answers: Mapping[int, Answer]) -> int:
    """How many of the class's questions a participant got fully right (the phone says «2 av 3 riktige»)."""
    return sum(1 for index, question in enumerate(questions)
               if answers.get(index) is not None and credit(question, answers[index]) == 1)
