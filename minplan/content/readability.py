"""LIX readability of what participants read, so plain Norwegian is measured by the project itself.

LIX (Björnsson) = words / sentences + 100 * long words / words; a long word has more than six letters.
Under 30 is easy, 30-40 medium (newspapers), over 50 legal text. Lessons aim at 35 or lower.
Words and sentences are counted as the project's reference script (tools/lix.py) counts them: each text is
its own unit, and a text without a closing full stop still ends a sentence, as headings and bullets do.
Only Norwegian (nb) texts are measured, and not teacher notes or source notes, which may be harder.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from minplan.content.text import BASE_LANGUAGE

GOAL = 35
"""The highest LIX a participant-facing file may have."""

NOT_FOR_PARTICIPANTS = frozenset({"teacher_notes", "sources"})
"""Fields participants do not read as lesson text: notes for teachers and notes on the documents."""

_WORD = re.compile(r"[A-Za-zÆØÅæøåÀ-ÿ]+(?:[-'][A-Za-zÆØÅæøåÀ-ÿ]+)*")
_SENTENCE_END = re.compile(r"[.!?:;]+(?:\s|$)|\n\s*\n|\n\s*[-*•]\s")
_CLOSED = re.compile(r"[.!?:;]\s*$")


@dataclass(frozen=True)
class Score:
    """A LIX score with the counts behind it."""

    lix: float
    words: int
    sentences: int
    long_words: int

    def __str__(self) -> str:
        return f"LIX {self.lix:.1f}  ({self.words} words, {self.sentences} sentences, {self.long_words} long words)"


def participant_texts(node: Any, under_nb: bool = False) -> Iterator[str]:
    """The Norwegian texts of a content file's data that participants read, in file order."""
    if isinstance(node, str):
        if under_nb:
            yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in NOT_FOR_PARTICIPANTS:
                yield from participant_texts(value, under_nb or key == BASE_LANGUAGE)
    elif isinstance(node, list):
        for value in node:
            yield from participant_texts(value, under_nb)


def score(texts: Iterable[str]) -> Score | None:
    """The LIX of these texts taken together; None when they hold no words."""
    words = long_words = sentences = 0
    for text in texts:
        found = _WORD.findall(text)
        if not found:
            continue
        words += len(found)
        long_words += sum(1 for word in found if len(word.replace("-", "")) > 6)
        body = text.strip()
        ends = len(_SENTENCE_END.findall(body)) + (0 if _CLOSED.search(body) else 1)
        sentences += max(ends, 1)
    if not words:
        return None
    return Score(words / sentences + 100 * long_words / words, words, sentences, long_words)
