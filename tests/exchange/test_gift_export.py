"""GIFT export and the round trip: export then import gives the same questions, for every quiz we have."""
from __future__ import annotations

from pathlib import Path

import pytest

from minplan.cli import main
from minplan.catalogue import load_content
from minplan.content.validation import parse_model
from minplan.exchange.gift_export import escape, export_gift
from minplan.exchange.gift_import import import_gift
from minplan.quiz.questions import Quiz
from tests.conftest import ROOT

QUIZ_FILES = sorted((ROOT / "quizzes").glob("*.yaml"))
LESSONS = [lesson.id for lesson in load_content(ROOT).lessons]


def _read(path: Path):
    quiz, doc, problems = parse_model(str(path), path.read_bytes(), Quiz)
    assert quiz is not None, problems
    return quiz, doc


def _same(question) -> dict:
    """What must survive the trip: ids, type, texts, the answer by option position, feedback, pairs."""
    options = question.options or []
    position = {option.id: index for index, option in enumerate(options)}
    answer = question.answer
    if question.type == "single":
        answer = position[answer]
    elif question.type == "multiple":
        answer = sorted(position[item] for item in answer)
    return {
        "id": question.id, "lesson": question.lesson, "type": question.type, "prompt": question.prompt["nb"],
        "options": [(option.text["nb"], (option.feedback or {}).get("nb")) for option in options],
        "pairs": [(pair.term["nb"], pair.match["nb"]) for pair in question.pairs or []],
        "answer": answer, "explanation": question.explanation["nb"],
    }


@pytest.mark.parametrize("path", QUIZ_FILES, ids=[path.name for path in QUIZ_FILES])
def test_export_then_import_gives_the_same_questions(path):
    quiz, doc = _read(path)
    exported = export_gift(quiz, "nb", path.name, doc)
    back = import_gift("back.gift", exported.content.encode(), LESSONS, quiz.id)
    assert back.problems == []
    kept = [question for question in quiz.questions if question.type != "order"]
    assert [_same(question) for question in back.quiz.questions] == [_same(question) for question in kept]


@pytest.mark.parametrize("path", QUIZ_FILES, ids=[path.name for path in QUIZ_FILES])
def test_order_questions_are_listed_with_their_line_not_dropped_silently(path):
    quiz, doc = _read(path)
    exported = export_gift(quiz, "nb", path.name, doc)
    orders = [question.id for question in quiz.questions if question.type == "order"]
    assert [problem.field.split(" ")[1].strip("()") for problem in exported.problems] == orders
    lines = path.read_text(encoding="utf-8").split("\n")
    for problem in exported.problems:
        assert "order questions have no GIFT form" in problem.message
        assert "- id:" in lines[problem.line - 1]


def test_special_characters_survive_the_trip():
    tricky = "a ~ b = c # d { e } f : g \\ h\nnew line"
    assert escape(tricky) == "a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h\\nnew line"
    gift = f"::x::[plain]{escape(tricky)} {{=ja ~{escape('nei: {{}}')}####{escape('fordi # og ~')}}}"
    question = import_gift("t.gift", gift.encode(), ["l"], "t", "l").quiz.questions[0]
    assert question.prompt["nb"] == tricky
    assert question.options[1].text["nb"] == "nei: {{}}"
    assert question.explanation["nb"] == "fordi # og ~"


def test_export_in_a_support_language_uses_its_texts():
    quiz, doc = _read(ROOT / "quizzes" / "eksempel.yaml")
    text = export_gift(quiz, "ar", "eksempel.yaml", doc).content
    first = quiz.questions[0]
    assert escape(first.prompt["ar"]) in text
    assert first.prompt["nb"] not in text


def test_cli_export_writes_gift_and_exits_1_because_order_is_left_out(tmp_path, capsys):
    out = tmp_path / "eksempel.gift"
    status = main(["export", str(ROOT / "quizzes" / "eksempel.yaml"), "--format", "gift", "-o", str(out)])
    assert status == 1
    assert "::hvem-lager::" in out.read_text(encoding="utf-8")
    assert "order questions have no GIFT form; left out" in capsys.readouterr().out


def test_cli_import_writes_a_quiz_that_passes_check(tmp_path, capsys):
    source = tmp_path / "moodle.gift"
    source.write_text("::Plan::Hvem lager planen? {=Du og kommunen ~Bare kommunen#Nei.}\n\nSkriv om planen. {}\n", encoding="utf-8")
    out = tmp_path / "quizzes" / "fra-moodle.yaml"
    out.parent.mkdir()
    status = main(["import", str(source), "--lesson", "hvem-lager-planen", "-o", str(out)])
    printed = capsys.readouterr()
    assert status == 1
    assert f"{source}:3: question at line 3: an essay question" in printed.out
    quiz, _ = _read(out)
    assert quiz.id == "fra-moodle" and [question.id for question in quiz.questions] == ["plan"]
    assert main(["check", str(out)]) == 0


def test_cli_import_of_a_clean_file_exits_0_and_a_missing_file_1(tmp_path, capsys):
    source = tmp_path / "ok.gift"
    source.write_text("$CATEGORY: planen-kan-endres\n\nPlanen kan endres. {T}\n", encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "ok.yaml")]) == 0
    assert main(["import", str(tmp_path / "missing.gift"), "-o", str(tmp_path / "x.yaml")]) == 1
    assert "the file does not exist" in capsys.readouterr().out


def test_cli_export_refuses_an_unknown_language(capsys):
    assert main(["export", str(ROOT / "quizzes" / "eksempel.yaml"), "--format", "gift", "--lang", "xx"]) == 1
    assert "the language 'xx' is not one we have" in capsys.readouterr().out
