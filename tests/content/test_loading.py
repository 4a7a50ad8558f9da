"""The content loader and `minplan check`: good content passes, each kind of bad content is named."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from minplan.catalogue import catalogue
from minplan.content.commands import check
from minplan.catalogue import load_content
from tests.conftest import ROOT

LESSON_FILES = sorted(path for path in (ROOT / "lessons").glob("*.yaml") if path.name not in {"glossary.yaml", "module.yaml", "sources.yaml"})


def test_real_content_has_no_problems():
    content = load_content()
    assert content.problems == []
    assert [lesson.order for lesson in content.lessons] == sorted(lesson.order for lesson in content.lessons)
    assert len(content.lessons) >= 10
    assert len(content.glossary) >= 25


def test_seed_word_list_is_in_the_glossary():
    words = {term.word["nb"].casefold() for term in load_content().glossary.values()}
    seed_words = {"integreringsplan", "mål", "sluttmål", "delmål", "konkret", "arbeid", "plan", "integreringskontrakt", "klage"}
    assert seed_words <= words


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda path: path.stem)
def test_every_lesson_is_complete(path):
    lesson = next(lesson for lesson in load_content().lessons if path.read_text(encoding="utf-8").startswith(f"id: {lesson.id}"))
    assert 3 <= len(lesson.key_points) <= 6
    assert lesson.sources and lesson.checked
    assert lesson.teacher_notes.background and lesson.teacher_notes.discussion
    assert lesson.check.answer in {option.id for option in lesson.check.options}
    wrong = [option for option in lesson.check.options if option.id != lesson.check.answer]
    assert all(option.feedback for option in wrong), "every wrong option explains why"


def test_every_learning_goal_is_taught():
    taught = {goal for lesson in load_content().lessons for goal in lesson.module_goals}
    assert taught == {1, 2, 3, 4, 5, 6}


def _break(tree: Path, name: str, old: str, new: str) -> None:
    path = tree / "lessons" / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


FIRST = "01-hva-er-en-integreringsplan.yaml"


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ("order: 1\n", "order: 1\ncolour: blue\n", "colour", "not a field we know"),
        ("title:\n  nb: Hva er en integreringsplan?", "title:\n  da: Hva er en integreringsplan?", "title", "nb"),
        ("  answer: b\n", "  answer: z\n", "check", "'z' is not one of the options"),
        ("order: 1\n", "order: one\n", "order", "whole number"),
        ("checked: 2026-12-06", "checked: soon", "checked", "date"),
        ("terms: [", "terms: [ukjent-ord, ", "terms.0", "not in the glossary"),
        ("id: hva-er-en-integreringsplan", "id: Hva Er", "id", "small letters"),
        ("module_goals: [1]", "module_goals: [9]", "file", "module goal 9 does not exist"),
    ],
)
def test_bad_lesson_field_is_named_with_its_line(content_tree, old, new, field, words):
    _break(content_tree, FIRST, old, new)
    problems = load_content(content_tree).problems
    assert problems, "the broken lesson must be reported"
    problem = problems[0]
    assert problem.file == f"lessons/{FIRST}"
    assert problem.field.startswith(field)
    assert words in problem.message
    text = (content_tree / "lessons" / FIRST).read_text(encoding="utf-8").splitlines()
    assert 1 <= problem.line <= len(text)


def test_duplicate_lesson_id_is_reported(content_tree):
    source = content_tree / "lessons" / FIRST
    (content_tree / "lessons" / "99-copy.yaml").write_text(source.read_text(encoding="utf-8").replace("order: 1", "order: 99"), encoding="utf-8")
    problems = load_content(content_tree).problems
    assert [p.message for p in problems if p.file == "lessons/99-copy.yaml"] == [
        "the id 'hva-er-en-integreringsplan' is already used by lessons/01-hva-er-en-integreringsplan.yaml"
    ]


def test_broken_lesson_is_left_out_and_the_rest_still_load(content_tree):
    (content_tree / "lessons" / FIRST).write_bytes(b"id: [broken\n")
    content = load_content(content_tree)
    assert content.lesson("hva-er-en-integreringsplan") is None
    assert len(content.lessons) == len(load_content().lessons) - 1
    assert any(p.file == f"lessons/{FIRST}" and p.field == "yaml" for p in content.problems)


def test_lesson_that_is_a_list_is_reported(content_tree):
    (content_tree / "lessons" / FIRST).write_text("- a\n- b\n", encoding="utf-8")
    problems = load_content(content_tree).problems
    assert problems[0].message.startswith("the file must be a mapping")


def test_check_cli_passes_real_content():
    result = subprocess.run([sys.executable, "-m", "minplan", "check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("OK:")


def test_check_cli_reports_file_line_field_without_traceback(tmp_path):
    bad = tmp_path / "lessons" / "bad.yaml"
    bad.parent.mkdir()
    bad.write_text("id: x\norder: 1\ntitle: Hei\nextra: 1\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "minplan", "check", str(bad)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert f"{bad}:3: title: must be texts by language code, like  nb: ..." in lines
    assert f"{bad}:4: extra: is not a field we know; check the spelling or remove it" in lines
    assert all(line.startswith(f"{bad}:") for line in lines)


def test_check_of_one_tree_file_reports_only_that_file(content_tree):
    _break(content_tree, FIRST, "order: 1\n", "order: 1\ncolour: blue\n")
    problems, count = check(catalogue(), [content_tree / "lessons" / "02-hvem-lager-planen.yaml"], root=content_tree)
    assert (problems, count) == ([], 1)
    problems, _ = check(catalogue(), [content_tree / "lessons" / FIRST], root=content_tree)
    assert [p.field for p in problems] == ["colour"]


def test_check_rejects_a_file_that_is_not_content(tmp_path):
    stray = tmp_path / "notes.yaml"
    stray.write_text("a: 1\n", encoding="utf-8")
    problems, _ = check(catalogue(), [stray])
    assert "not a content file" in problems[0].message
