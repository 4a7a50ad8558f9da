"""Short rounds and whole-question scores, for learners who stop long before question 41.

«Test deg selv» starts with a round of at most ROUND_SIZE questions, mixed or from one lesson;
the whole test stays one tap away. A round is scored in whole questions («7 av 10 riktige»):
partial credit is counted as «nesten riktig», never shown as decimal points.
"""
from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from minplan.quiz.questions import Question
from minplan.quiz.scoring import Result, Share, as_fraction

ROUND_SIZE = 10
"""The longest round offered first: about 30 taps on a phone."""

RIGHT, NEARLY, WRONG = "right", "nearly", "wrong"


def needs_rounds(questions: Sequence[Question]) -> bool:
    """True when the test is too long for one sitting, so short rounds are offered first."""
    return len(questions) > ROUND_SIZE


def pick_round(questions: Sequence[Question], seed: int, lesson: str | None = None,
               size: int = ROUND_SIZE) -> tuple[str, ...]:
    """The ids of one round: `size` questions drawn by `seed` (from `lesson` only, when given), in quiz order."""
    pool = [question for question in questions if lesson is None or question.lesson == lesson]
    drawn = set(random.Random(seed).sample(range(len(pool)), min(size, len(pool))))
    return tuple(question.id for index, question in enumerate(pool) if index in drawn)


def lessons_with_questions(questions: Iterable[Question]) -> list[str]:
    """The lesson ids the questions check, in the order they first appear (one round button each)."""
    return list(dict.fromkeys(question.lesson for question in questions))


def verdict(share: Share) -> str:
    """RIGHT with full points, NEARLY with some, WRONG with none: what the learner is told, in words."""
    if share.possible and share.earned >= share.possible:
        return RIGHT
    return NEARLY if share.earned > 0 else WRONG


@dataclass(frozen=True)
class Tally:
    """Whole questions: how many were right, how many nearly right, out of how many asked."""

    right: int
    nearly: int
    total: int

    @property
    def ratio(self) -> Fraction:
        return Fraction(self.right, self.total) if self.total else Fraction(0)

    def reaches(self, pass_mark: float) -> bool:
        """Passed when the share of whole right questions reaches the quiz's pass mark."""
        return self.total > 0 and self.ratio >= as_fraction(pass_mark)


def tally(result: Result, ids: Iterable[str]) -> Tally:
    """Count whole questions among `ids` (ids the result does not know are skipped)."""
    verdicts = [verdict(result.by_question[question_id]) for question_id in ids if question_id in result.by_question]
    return Tally(right=verdicts.count(RIGHT), nearly=verdicts.count(NEARLY), total=len(verdicts))


def tallies(result: Result, groups: Mapping[object, Sequence[str]]) -> dict[object, Tally]:
    """A tally per group (a lesson, a learning goal); groups with no question in the result are left out."""
    counted = {key: tally(result, ids) for key, ids in groups.items()}
    return {key: counted_tally for key, counted_tally in counted.items() if counted_tally.total}


def in_round(questions: Sequence[Question], asked: Sequence[str], answered: Iterable[str]) -> list[Question]:
    """The questions a result is about: those asked in this round and those kept from the round before
    (a retry of the wrong ones still reports on the whole round), in quiz order."""
    ids = set(asked) | set(answered)
    return [question for question in questions if question.id in ids]
