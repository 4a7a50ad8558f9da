"""A quiz as Kahoot's spreadsheet template (xlsx), so a teacher can play it in class with Kahoot.

Kahoot's template holds a question (at most 120 characters), up to four answers (at most 75),
a time limit from a fixed list and the number(s) of the right answer(s). A question that does not
fit (order, match, more than four options, a text too long) is listed, never cut or dropped silently.
"""
from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from minplan.content.problems import Problem
from minplan.content.safe_yaml import YamlDoc
from minplan.content.text import pick
from minplan.exchange.direction import in_tool_direction
from minplan.exchange.gift_export import Export
from minplan.quiz.questions import Question, Quiz

QUESTION_MAX = 120
ANSWER_MAX = 75
ANSWERS_MAX = 4
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADERS = (
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
HEADER_ROW = 8
"""As in Kahoot's own template: instructions above, headers in row 8 (columns B–H), questions from row 9, numbered in column A."""


def time_limit(question: str, answers: list[str]) -> int:
    """Time to read in a second language: 30 s for a short question, 60 s for a long one (both allowed by Kahoot)."""
    return 30 if len(question) + sum(map(len, answers)) <= 160 else 60


def kahoot_rows(quiz: Quiz, language: str, say_true: str, say_false: str, name: str, doc: YamlDoc | None = None) -> tuple[list[list], list[Problem]]:
    """One row per question that fits; a problem for each that does not."""
    rows: list[list] = []
    problems: list[Problem] = []
    for index, question in enumerate(quiz.questions):
        answers, right, why = _answers(question, language, say_true, say_false)
        prompt = in_tool_direction(pick(question.prompt, language), language)
        if why is None and len(prompt) > QUESTION_MAX:
            why = f"the question has {len(prompt)} characters; Kahoot takes at most {QUESTION_MAX}"
        if why is None and (longest := max(answers, key=len)) and len(longest) > ANSWER_MAX:
            why = f"the answer '{longest[:30]}…' has {len(longest)} characters; Kahoot takes at most {ANSWER_MAX}"
        if why:
            line = doc.line_of(("questions", index)) if doc else 1
            problems.append(Problem(name, line, f"questions.{index} ({question.id})", f"{why}; left out"))
            continue
        padded = answers + [""] * (ANSWERS_MAX - len(answers))
        rows.append([len(rows) + 1, prompt, *padded, time_limit(prompt, answers), ",".join(map(str, right))])
    return rows, problems


def _answers(question: Question, language: str, say_true: str, say_false: str) -> tuple[list[str], list[int], str | None]:
    if question.type in ("order", "match"):
        return [], [], f"{question.type} questions have no Kahoot quiz form"
    if question.type == "true_false":
        return [say_true, say_false], [1 if question.answer else 2], None
    if len(question.options) > ANSWERS_MAX:
        return [], [], f"the question has {len(question.options)} options; Kahoot takes at most {ANSWERS_MAX}"
    texts = [in_tool_direction(pick(option.text, language), language) for option in question.options]
    right_ids = [question.answer] if question.type == "single" else question.answer
    return texts, [number for number, option in enumerate(question.options, start=1) if option.id in right_ids], None


def kahoot_xlsx(rows: list[list], title: str) -> bytes:
    """The workbook in the template's layout: a title and instructions, headers in row 8, data below."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet["B2"] = f"Quiz template – {title}"
    sheet["B2"].font = Font(bold=True, size=14)
    sheet["B4"] = "Exported by Min plan. Questions max 120 characters, answers max 75; the right answer(s) as numbers, comma-separated."
    for column, header in enumerate(HEADERS, start=2):
        sheet.cell(row=HEADER_ROW, column=column, value=header).font = Font(bold=True)
    for offset, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=HEADER_ROW + offset, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text, never a formula, even when it starts with "=" (OWASP)
    sheet.column_dimensions["B"].width = 60
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 30
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def export_kahoot(quiz: Quiz, language: str, say_true: str, say_false: str, name: str, doc: YamlDoc | None = None) -> Export:
    """The xlsx bytes and the questions that did not fit."""
    rows, problems = kahoot_rows(quiz, language, say_true, say_false, name, doc)
    return Export(kahoot_xlsx(rows, pick(quiz.title, language)), problems)
