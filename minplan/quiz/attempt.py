"""One go at a quiz: the questions of this round, where the participant is, and the answers so far.

Like lesson progress it travels in the URL (query parameters q_*), so a phone
that reloads the page keeps its place; nothing is stored on the server.
Everything read from the URL is checked against the quiz and dropped if odd.
"""
from __future__ import annotations

import random
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from minplan.content.address import address_number
from minplan.quiz.questions import Question
from minplan.quiz.scoring import FALSE, TRUE, Answer

PARAMS = ("q_seed", "q_pos", "q_ans", "q_ask")
"""The URL parameters an attempt uses; the quiz page owns them."""

_MAX_LENGTH = 4000
_ITEM, _QUESTION = "_", "."


def new_seed() -> int:
    """A fresh seed for shuffling, so each attempt shows the options in a new order."""
    return secrets.randbelow(1_000_000)


def choices(question: Question) -> list[str]:
    """The ids an answer to `question` is made of, in the order the file lists them."""
    if question.type == "true_false":
        return [TRUE, FALSE]
    items = {"single": question.options, "multiple": question.options, "order": question.steps, "match": question.pairs}
    return [item.id for item in items[question.type]]


def shuffled(question: Question, seed: int) -> list[str]:
    """The choices in this attempt's order; steps to order never start out already in the right order."""
    ids = choices(question)
    if question.type == "true_false":
        return ids
    arranged = ids[:]
    random.Random(f"{seed}:{question.id}").shuffle(arranged)
    if question.type == "order" and arranged == ids:
        arranged = arranged[1:] + arranged[:1]
    return arranged


def is_complete(question: Question, answer: Answer) -> bool:
    """True when the answer can be checked: something chosen, every step placed, every term matched."""
    if question.type in ("single", "true_false"):
        return len(answer) == 1
    if question.type == "multiple":
        return len(answer) >= 1
    if question.type == "order":
        return sorted(answer) == sorted(choices(question))
    return len(answer) == len(question.pairs) and all(answer)


def _valid(question: Question, answer: Answer) -> bool:
    known = set(choices(question))
    if question.type == "match":
        return len(answer) == len(question.pairs) and all(item in known or item == "" for item in answer)
    if question.type == "order":
        return len(set(answer)) == len(answer) and set(answer) <= known
    return bool(answer) and len(set(answer)) == len(answer) and set(answer) <= known


@dataclass(frozen=True)
class Attempt:
    """The questions asked in this round (ids, quiz order), the one on screen, and every answer given."""

    seed: int
    asked: tuple[str, ...]
    position: int = 0
    answers: Mapping[str, Answer] = field(default_factory=dict)

    @classmethod
    def start(cls, questions: Sequence[Question], seed: int) -> "Attempt":
        return cls(seed=seed, asked=tuple(question.id for question in questions))

    @property
    def current(self) -> str | None:
        """The id of the question on screen, or None when the round is over (the result screen)."""
        return self.asked[self.position] if self.position < len(self.asked) else None

    def record(self, question_id: str, answer: Answer) -> "Attempt":
        return replace(self, answers={**self.answers, question_id: tuple(answer)})

    def advance(self) -> "Attempt":
        return replace(self, position=min(self.position + 1, len(self.asked)))

    def retry(self, wrong: Sequence[str], seed: int) -> "Attempt":
        """A new round with only the questions answered wrong; the right answers are kept."""
        kept = {key: value for key, value in self.answers.items() if key not in wrong}
        return Attempt(seed=seed, asked=tuple(wrong), answers=kept)

    def to_query(self, questions: Sequence[Question]) -> dict[str, str]:
        """URL parameters for this attempt; answers are listed in quiz order, so ids stay short."""
        ids = [question.id for question in questions]
        tokens = [_ITEM.join(self.answers.get(question_id, ())) for question_id in ids]
        while tokens and not tokens[-1]:
            tokens.pop()
        params = {"q_seed": str(self.seed), "q_pos": str(self.position)}
        if tokens:
            params["q_ans"] = _QUESTION.join(tokens)
        if list(self.asked) != ids:
            params["q_ask"] = _QUESTION.join(str(ids.index(question_id)) for question_id in self.asked)
        return params

    @classmethod
    def from_query(cls, params: Mapping[str, str], questions: Sequence[Question]) -> "Attempt | None":
        """The attempt kept in the URL, or None when there is none; odd parts are dropped, not trusted."""
        seed = address_number(params.get("q_seed"), 1_000_000)
        if seed is None:
            return None
        asked = _asked(str(params.get("q_ask", ""))[:_MAX_LENGTH], questions)
        answers = {}
        tokens = str(params.get("q_ans", ""))[:_MAX_LENGTH].split(_QUESTION)
        for question, token in zip(questions, tokens):
            answer = tuple(token.split(_ITEM)) if token else ()
            if answer and _valid(question, answer):
                answers[question.id] = answer
        position = min(address_number(params.get("q_pos"), len(asked) + 1) or 0, len(asked))
        return cls(seed=seed, asked=asked, position=position, answers=answers)


def _asked(raw: str, questions: Sequence[Question]) -> tuple[str, ...]:
    """Question ids of the round from indexes into the quiz; every question when absent or broken."""
    indexes = [address_number(part, len(questions)) for part in raw.split(_QUESTION)] if raw else []
    if not indexes or None in indexes:
        return tuple(question.id for question in questions)
    return tuple(questions[index].id for index in sorted(set(indexes)))
