"""The scoring rules of every quiz, in one place. Teachers read them in docs/quiz-format.md.

An answer is a tuple of ids, the same shape for every type, so that it can be
kept in the URL and scored by id, never by the position an option was shown at:

- single: (option id,). Full points for the right option, else 0.
- true_false: ("true",) or ("false",). Full points when it matches, else 0.
- multiple: the chosen option ids. Each right option chosen earns a share,
  each wrong option chosen takes one share away, never below 0:
  credit = max(0, (right chosen - wrong chosen) / number of right options).
  Choosing everything therefore earns nothing unless every option is right.
- order: the step ids in the chosen order. Each two neighbouring steps in
  that order that stand in the right order (the first before the second)
  earn a share: credit = right neighbours / (number of steps - 1).
- match: one pair id per term, in the order the pairs are written; the id is
  the pair whose explanation was chosen for that term ("" when none).
  credit = terms matched right / number of terms.

For every type: nothing chosen earns 0, ids that are not in the question are
ignored, and points earned = credit x the question's `points`. A question is
answered right only with full credit; the others are offered again by "retry
the wrong ones". The quiz is passed when the points earned are at least
`pass_mark` (a share, 0..1) of all its points. Mastery of a lesson or of a
learning goal is the same share over the questions that check it, and counts
as mastered at the same pass mark. Exact fractions are used, so 24 of 30 points
pass a pass mark of 0.8.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from minplan.quiz.questions import Question

Answer = tuple[str, ...]

TRUE, FALSE = "true", "false"


def credit(question: Question, answer: Answer) -> Fraction:
    """The share (0..1) of the question's points that `answer` earns."""
    rule = _RULES[question.type]
    return rule(question, tuple(answer))


def _single(question: Question, answer: Answer) -> Fraction:
    return Fraction(int(answer == (question.answer,)))


def _true_false(question: Question, answer: Answer) -> Fraction:
    return Fraction(int(answer == (TRUE if question.answer else FALSE,)))


def _multiple(question: Question, answer: Answer) -> Fraction:
    right = set(question.answer)
    options = {option.id for option in question.options}
    chosen = set(answer) & options
    return max(Fraction(0), Fraction(len(chosen & right) - len(chosen - right), len(right)))


def _order(question: Question, answer: Answer) -> Fraction:
    rank = {step.id: index for index, step in enumerate(question.steps)}
    placed = list(dict.fromkeys(item for item in answer if item in rank))
    right = sum(1 for first, second in zip(placed, placed[1:]) if rank[first] < rank[second])
    return Fraction(right, len(question.steps) - 1)


def _match(question: Question, answer: Answer) -> Fraction:
    right = sum(1 for pair, chosen in zip(question.pairs, answer) if chosen == pair.id)
    return Fraction(right, len(question.pairs))


_RULES = {"single": _single, "true_false": _true_false, "multiple": _multiple, "order": _order, "match": _match}


@dataclass(frozen=True)
class Share:
    """Points earned out of points possible, for a question, a lesson, a goal or the whole quiz."""

    earned: Fraction
    possible: int

    @property
    def ratio(self) -> Fraction:
        return self.earned / self.possible if self.possible else Fraction(0)

    def reaches(self, pass_mark: float) -> bool:
        return self.possible > 0 and self.ratio >= as_fraction(pass_mark)

    def __add__(self, other: "Share") -> "Share":
        return Share(self.earned + other.earned, self.possible + other.possible)


NOTHING = Share(Fraction(0), 0)


def as_fraction(value: float) -> Fraction:
    """A pass mark as written in the file (0.8 is exactly 4/5, not the nearest binary number)."""
    return Fraction(str(value))


def score_question(question: Question, answer: Answer | None) -> Share:
    """Points earned by one answer; no answer earns nothing."""
    return Share(credit(question, answer or ()) * question.points, question.points)


@dataclass(frozen=True)
class Result:
    """The score of an attempt: total, pass or not yet, and each question's share."""

    total: Share
    passed: bool
    by_question: Mapping[str, Share]

    def wrong(self, questions: Iterable[Question]) -> list[str]:
        """Ids of the questions without full points, in quiz order: the ones to retry."""
        return [q.id for q in questions if self.by_question[q.id].earned < self.by_question[q.id].possible]

    def mastery(self, groups: Mapping[object, Sequence[str]]) -> dict[object, Share]:
        """The share earned in each group of question ids (a lesson, a learning goal); empty groups left out."""
        shares = {key: sum((self.by_question[q] for q in ids if q in self.by_question), NOTHING) for key, ids in groups.items()}
        return {key: share for key, share in shares.items() if share.possible}


def score_attempt(questions: Sequence[Question], answers: Mapping[str, Answer], pass_mark: float) -> Result:
    """Score every question (unanswered ones earn 0) and decide pass or not yet."""
    by_question = {question.id: score_question(question, answers.get(question.id)) for question in questions}
    total = sum(by_question.values(), NOTHING)
    return Result(total=total, passed=total.reaches(pass_mark), by_question=by_question)


def by_lesson(questions: Iterable[Question]) -> dict[str, list[str]]:
    """Question ids grouped by the lesson they check, in the order the lessons first appear."""
    groups: dict[str, list[str]] = {}
    for question in questions:
        groups.setdefault(question.lesson, []).append(question.id)
    return groups


def by_goal(questions: Iterable[Question], goals_of_lesson: Mapping[str, Iterable[int]]) -> dict[int, list[str]]:
    """Question ids grouped by learning goal: a question counts for every goal its lesson serves."""
    groups: dict[int, list[str]] = {}
    for question in questions:
        for goal in goals_of_lesson.get(question.lesson, ()):
            groups.setdefault(goal, []).append(question.id)
    return dict(sorted(groups.items()))


def percent(share: Share) -> int:
    """The share as a whole percentage, rounded down so that 79.9 % never shows as 80 %."""
    return int(share.ratio * 100)


def points_text(value: Fraction, decimal_mark: str = ",") -> str:
    """Points as a person writes them: 3, or 2,5 (at most one decimal, Norwegian comma)."""
    return f"{float(value):.1f}".removesuffix(".0").replace(".", decimal_mark)
