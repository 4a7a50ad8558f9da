"""The schema of a quiz (quizzes/*.yaml): questions of five types that teachers write in YAML.

Every rule a file must follow is checked here, so `minplan check`, the app's
upload and the tests report the same problems at the same line. What the
answers are worth is decided in minplan/quiz/scoring.py, not here.
"""
from __future__ import annotations

import datetime as dt

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from pydantic import Field, ValidationError, ValidationInfo, field_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from minplan.content.dates import in_force
from minplan.content.models import Dated, Id, Option, Strict
from minplan.content.problems import Problem, SaidError, said
from minplan.content.text import Text
from minplan.content.validation import parse_model

QuestionType = Literal["single", "multiple", "true_false", "order", "match"]

_OWN_FIELD = {"options": ("single", "multiple"), "steps": ("order",), "pairs": ("match",)}
"""Which question types use which list field; the others must leave it out."""


class Step(Strict):
    """One step of an `order` question; the file lists the steps in the right order."""

    id: Id
    text: Text


class Pair(Strict):
    """One pair of a `match` question: a term and the explanation that belongs to it."""

    id: Id
    term: Text
    match: Text


def _refuse(*errors: tuple[tuple, SaidError]) -> ValidationError:
    """Problems at paths below the field being validated, so each gets its own line number (and its words)."""
    return ValidationError.from_exception_data(
        "Quiz",
        [InitErrorDetails(type=PydanticCustomError("quiz", "{message}", {"message": str(error), "said": error.said}),
                          loc=loc, input=None) for loc, error in errors],
    )


def _duplicates(ids: Sequence[str], what: str) -> list[tuple[tuple, SaidError]]:
    """Every repeated id after its first use, with its index in the list."""
    counts = Counter(ids)
    seen: set[str] = set()
    found = []
    for index, item in enumerate(ids):
        if counts[item] > 1 and item in seen:
            found.append(((index, "id"), SaidError(f"the id '{item}' is used by two {what}", said("yamlwords.id_twice", id=item))))
        seen.add(item)
    return found


class Question(Dated):
    """One question: what it asks, which lesson it checks, its right answer and what it is worth."""

    id: Id
    lesson: Id
    type: QuestionType
    prompt: Text
    options: list[Option] | None = Field(default=None, validate_default=True)
    steps: list[Step] | None = Field(default=None, validate_default=True)
    pairs: list[Pair] | None = Field(default=None, validate_default=True)
    answer: Any = Field(default=None, validate_default=True)
    explanation: Text
    sources: list[Id] = Field(default_factory=list)
    """Ids of the documents in lessons/sources.yaml that back the explanation."""
    points: int = Field(default=1, ge=1, le=10)

    @field_validator("options", "steps", "pairs")
    @classmethod
    def _list_fits_type(cls, items: list | None, info: ValidationInfo) -> list | None:
        kind = info.data.get("type")
        if kind is None:
            return items
        users = _OWN_FIELD[info.field_name]
        if kind not in users:
            if items is not None:
                raise SaidError(f"is only used by questions of type {' or '.join(users)}; remove it",
                                said("yamlwords.only_for_type", types=" / ".join(users)))
            return items
        if items is None:
            raise SaidError(f"is missing (a question of type {kind} needs it)", said("yamlwords.needed_by_type", type=kind))
        if not 2 <= len(items) <= 8:
            raise SaidError(f"needs 2 to 8 items (has {len(items)})", said("yamlwords.two_to_eight", count=len(items)))
        problems = _duplicates([item.id for item in items], info.field_name)
        if problems:
            raise _refuse(*problems)
        return items

    @field_validator("answer")
    @classmethod
    def _answer_fits_type(cls, answer: Any, info: ValidationInfo) -> Any:
        kind = info.data.get("type")
        if kind in ("order", "match"):
            if answer is not None:
                which = "steps are listed" if kind == "order" else "pairs are written"
                raise SaidError(f"leave it out: in a question of type {kind} the {which} the right way",
                                said(f"yamlwords.no_answer_{kind}"))
            return None
        if kind == "true_false":
            if not isinstance(answer, bool):
                raise SaidError("must be true or false", said("yamlwords.true_false"))
            return answer
        options = info.data.get("options")
        if kind is None or options is None:
            return answer
        ids = [option.id for option in options]
        if kind == "single":
            return _one_option(answer, ids)
        if not isinstance(answer, list):
            raise SaidError("must be a list of option ids, like [a, c]", said("yamlwords.answer_list"))
        if not answer:
            raise SaidError("needs at least one right option", said("yamlwords.answer_none"))
        problems = [((index,), _not_an_option(item, ids)) for index, item in enumerate(answer) if item not in ids]
        problems += [((index,), SaidError(f"'{item}' is listed twice", said("yamlwords.listed_twice", value=item)))
                     for index, item in enumerate(answer) if item in answer[:index]]
        if problems:
            raise _refuse(*problems)
        return answer


def _one_option(answer: Any, ids: list[str]) -> str:
    if isinstance(answer, list):
        raise SaidError("must be one option id, not a list (use type multiple for more right options)", said("yamlwords.answer_one"))
    if answer is None:
        raise SaidError("is missing", said("yamlwords.missing"))
    if str(answer) not in ids:
        raise _not_an_option(answer, ids)
    return str(answer)


def _not_an_option(answer: Any, ids: list[str]) -> SaidError:
    listed = ", ".join(ids)
    return SaidError(f"the answer '{answer}' is not one of the options ({listed})",
                     said("yamlwords.not_an_option", answer=answer, options=listed))


class Quiz(Strict):
    """A quiz: its title, the share of points needed to pass, and its questions (and which translations a person checked)."""

    id: Id
    order: int = Field(default=1, ge=1, le=999)
    menu: bool = True
    """False keeps the quiz out of the menu; its page still opens from a link (examples, a teacher's own)."""
    title: Text
    intro: Text | None = None
    pass_mark: float = Field(default=0.8, ge=0, le=1)
    questions: list[Question] = Field(min_length=1, max_length=200)

    @field_validator("questions")
    @classmethod
    def _unique_ids(cls, questions: list[Question]) -> list[Question]:
        problems = _duplicates([question.id for question in questions], "questions")
        if problems:
            raise _refuse(*problems)
        return questions

    def question(self, question_id: str) -> Question | None:
        return next((question for question in self.questions if question.id == question_id), None)

    def for_lesson(self, lesson_id: str) -> list[Question]:
        """The short quiz of one lesson: the questions in this bank that check it."""
        return [question for question in self.questions if question.lesson == lesson_id]


def asked(questions: Sequence[Question], on: dt.date | None = None) -> list[Question]:
    """The questions to ask and score on `on` (default today): a question that rests on a rule that ran out
    (its `valid_until` is past), or that has not started, is left out of scoring and of the live class."""
    return [question for question in questions if in_force(question, on)]


def unknown_lessons(quiz: Quiz, lesson_ids: Iterable[str]) -> list[tuple[tuple, SaidError]]:
    """(path, refusal) for every question whose `lesson` is not a lesson we have."""
    known = set(lesson_ids)
    return [
        (("questions", index, "lesson"), SaidError(f"the lesson '{question.lesson}' does not exist (see the ids in lessons/*.yaml)",
                                                   said("giftwords.no_lesson", lesson=question.lesson)))
        for index, question in enumerate(quiz.questions)
        if question.lesson not in known
    ]


def read_quiz(name: str, raw: bytes, lesson_ids: Iterable[str]) -> tuple[Quiz | None, list[Problem]]:
    """Validate an uploaded quiz file like `minplan check` does; the quiz only when it has no problem."""
    quiz, doc, problems = parse_model(name, raw, Quiz)
    if quiz is None:
        return None, problems
    problems = [Problem(name, doc.line_of(path), ".".join(map(str, path)), str(error), error.said)
                for path, error in unknown_lessons(quiz, lesson_ids)]
    return (None if problems else quiz), problems
