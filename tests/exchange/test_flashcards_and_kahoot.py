"""Kahoot's spreadsheet and the glossary as Quizlet and Anki cards: limits kept, nothing cut silently."""
from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from minplan.cli import main
from minplan.catalogue import load_content
from minplan.exchange.formats import export_file
from minplan.exchange.kahoot import ANSWER_MAX, HEADER_ROW, HEADERS, QUESTION_MAX, TIME_LIMITS
from minplan.quiz.kinds import quizzes
from tests.conftest import ROOT

SELVTEST = ROOT / "quizzes" / "selvtest.yaml"
GLOSSARY = ROOT / "lessons" / "glossary.yaml"


def _sheet(content: bytes):
    return load_workbook(io.BytesIO(content)).active


def test_kahoot_rows_follow_the_template_and_its_limits():
    exported = export_file(SELVTEST, "kahoot", "nb")
    sheet = _sheet(exported.content)
    assert [sheet.cell(HEADER_ROW, column).value for column in range(2, 9)] == list(HEADERS)
    rows = [row for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True) if row[0] is not None]
    assert rows, "some questions fit"
    for number, (index, question, *rest) in enumerate(rows, start=1):
        answers, limit, right = rest[:4], rest[4], rest[5]
        assert index == number
        assert len(question) <= QUESTION_MAX
        assert all(len(answer or "") <= ANSWER_MAX for answer in answers)
        assert limit in TIME_LIMITS
        assert right and all(answers[int(choice) - 1] for choice in str(right).split(","))


def test_kahoot_lists_every_question_that_does_not_fit_and_cuts_nothing():
    exported = export_file(SELVTEST, "kahoot", "nb")
    quiz = next(quiz for quiz in quizzes(load_content(ROOT)) if quiz.id == "selvtest")
    rows = [row for row in _sheet(exported.content).iter_rows(min_row=HEADER_ROW + 1, values_only=True) if row[0] is not None]
    assert len(rows) + len(exported.problems) == len(quiz.questions)
    written = {row[1] for row in rows}
    assert written <= {question.prompt["nb"] for question in quiz.questions}
    reasons = " ".join(problem.message for problem in exported.problems)
    assert "order questions have no Kahoot quiz form" in reasons and "match questions" in reasons


def test_kahoot_true_false_uses_the_apps_own_words_and_numbers_the_right_answer():
    exported = export_file(ROOT / "quizzes" / "eksempel.yaml", "kahoot", "uk")
    rows = [row for row in _sheet(exported.content).iter_rows(min_row=HEADER_ROW + 1, values_only=True) if row[0] is not None]
    true_false = next(row for row in rows if row[2] == "Це правда")
    assert true_false[3] == "Це неправда" and str(true_false[7]) == "1"
    multiple = next(row for row in rows if "," in str(row[7]))
    assert str(multiple[7]) == "1,2"


def test_cli_kahoot_needs_a_file_name(capsys):
    assert main(["export", str(SELVTEST), "--format", "kahoot"]) == 1
    assert "name the file with -o" in capsys.readouterr().out


def test_quizlet_has_one_card_per_term_norwegian_tab_support_language():
    glossary = load_content(ROOT).glossary
    exported = export_file(GLOSSARY, "quizlet", "ar")
    lines = exported.content.rstrip("\n").split("\n")
    assert len(lines) == len(glossary)
    for line, term in zip(lines, glossary.values()):
        front, back = line.split("\t")
        assert front == term.word["nb"]
        assert back.removeprefix("\u200f").startswith(term.word["ar"]) and " ".join(term.explanation["ar"].split()) in back
    assert exported.problems == []


def test_anki_csv_reads_back_with_the_csv_module():
    glossary = load_content(ROOT).glossary
    exported = export_file(GLOSSARY, "anki", "ti")
    lines = exported.content.split("\n")
    assert lines[:2] == ["#separator:comma", "#html:false"]
    rows = list(csv.reader(io.StringIO("\n".join(lines[3:]))))
    rows = [row for row in rows if row]
    assert len(rows) == len(glossary)
    assert rows[0][0] == next(iter(glossary.values())).word["nb"]
    assert rows[0][1] == next(iter(glossary.values())).word["ti"]


def test_glossary_export_lists_terms_without_the_support_language(tmp_path):
    broken = tmp_path / "glossary.yaml"
    text = GLOSSARY.read_text(encoding="utf-8")
    start = text.index("      ar: العمل\n")
    broken.write_text(text[:start] + text[start + len("      ar: العمل\n"):], encoding="utf-8")
    exported = export_file(broken, "quizlet", "ar")
    assert [problem.field for problem in exported.problems] == ["terms.0 (arbeid)"]
    assert exported.content.split("\n")[0].startswith("arbeid\t\u200farbeid – ")  # a Latin start: right-to-left mark


def test_exporting_the_glossary_as_gift_is_a_message(tmp_path):
    exported = export_file(GLOSSARY, "gift", "nb")
    assert exported.content is None and exported.problems
