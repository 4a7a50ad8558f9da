"""Write a Min plan quiz as GIFT, so a teacher can take it into Moodle or itslearning.

Every type GIFT can hold is written with its feedback and explanation, in Norwegian or in a
support language. Order questions have no GIFT form: they are listed as problems, never dropped
silently. Reading the file back with gift_import gives the same questions (tests prove it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from minplan.content.models import Option
from minplan.content.problems import Problem
from minplan.content.safe_yaml import YamlDoc
from minplan.content.text import pick
from minplan.exchange.direction import in_tool_direction
from minplan.exchange.gift_parse import SPECIAL
from minplan.quiz.questions import Question, Quiz

_LOOKS_LIKE_WEIGHT = re.compile(r"^\s*%-?[\d.]+%")


@dataclass
class Export:
    """An exported file's text (or bytes) and what could not go into it."""

    content: str | bytes | None
    problems: list[Problem] = field(default_factory=list)


def escape(text: str) -> str:
    """A text as GIFT reads it back: special characters behind a backslash, line breaks as \\n."""
    out = "".join("\\" + char if char in SPECIAL else char for char in text)
    return out.replace("\n", "\\n")


def export_gift(quiz: Quiz, language: str, name: str, doc: YamlDoc | None = None) -> Export:
    """The quiz in GIFT, one `$CATEGORY:` per lesson, questions named by their ids."""
    parts = [f"// Min plan: {quiz.id} ({language}). Exported by `python -m minplan export`."]
    problems: list[Problem] = []
    lesson = None
    for index, question in enumerate(quiz.questions):
        line = doc.line_of(("questions", index)) if doc else 1
        why = _not_exportable(question, language)
        if why:
            problems.append(Problem(name, line, f"questions.{index} ({question.id})", f"{why}; left out"))
            continue
        if question.lesson != lesson:
            lesson = question.lesson
            parts.append(f"$CATEGORY: {lesson}")
        parts.append(_question(question, language))
    return Export("\n\n".join(parts) + "\n", problems)


def _not_exportable(question: Question, language: str) -> str | None:
    if question.type == "order":
        return "order questions have no GIFT form"
    if question.type == "match":
        texts = [pick(text, language) for pair in question.pairs for text in (pair.term, pair.match)]
        if any("->" in text for text in texts):
            return "a matching text holds ->, which GIFT cannot hold"
    if question.options and any(_LOOKS_LIKE_WEIGHT.match(pick(option.text, language)) for option in question.options):
        return "an option starts with %number%, which GIFT reads as a weight"
    return None


def _question(question: Question, language: str) -> str:
    head = f"::{question.id}::[plain]{_say(question.prompt, language)} {{"
    general = f"####{_say(question.explanation, language)}"
    if question.type == "true_false":
        return f"{head}{'TRUE' if question.answer else 'FALSE'}{general}}}"
    if question.type == "match":
        lines = [f"={_say(pair.term, language)} -> {_say(pair.match, language)}" for pair in question.pairs]
    else:
        lines = [_option(question, option, language) for option in question.options]
    return "\n".join([head, *lines, general, "}"])


def _say(text: dict[str, str], language: str) -> str:
    return escape(in_tool_direction(pick(text, language), language))


def _option(question: Question, option: Option, language: str) -> str:
    """Single choice: `=` right, `~` wrong. Multiple: equal weights for the right ones, minus the same for wrong ones."""
    feedback = f"#{_say(option.feedback, language)}" if option.feedback else ""
    if question.type == "single":
        mark = "=" if option.id == question.answer else "~"
    else:
        share = _percent(100 / len(question.answer))
        mark = f"~%{share}%" if option.id in question.answer else f"~%-{share}%"
    return f"{mark}{_say(option.text, language)}{feedback}"


def _percent(value: float) -> str:
    """Moodle's weights, e.g. 50, 33.33333, 12.5."""
    return f"{value:.5f}".rstrip("0").rstrip(".")
