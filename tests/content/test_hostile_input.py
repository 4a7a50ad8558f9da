"""Hostile content files and texts: refused with a clear message, never a crash, never obeyed.

The deep-nesting tests run the check and the loader in a child process: before the fix,
libyaml's composer overflowed the C stack and the process died with signal 11.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from minplan.content.markdown import WORD_JOINER, escape_markdown
from minplan.content.problems import Problem
from minplan.quiz.questions import read_quiz
from tests.conftest import ROOT, open_page, run_app
from tests.quiz.test_format import LESSONS, VALID

DEEP = {
    "flow list": "[" * 100_000,
    "flow mapping": "{a: " * 30_000,
    "block list": "".join("  " * level + "-\n" for level in range(300)),
}


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("text", DEEP.values(), ids=DEEP.keys())
def test_check_refuses_deep_nesting_without_dying(tmp_path: Path, text: str):
    (tmp_path / "quizzes").mkdir()
    path = tmp_path / "quizzes" / "dyp.yaml"
    path.write_text(text, encoding="utf-8")
    done = _run("-m", "minplan", "check", str(path))
    assert done.returncode == 1, done.stderr
    assert ": yaml: the file is nested too deeply" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_a_deep_file_in_the_content_folder_leaves_the_rest_working(content_tree: Path):
    (content_tree / "quizzes" / "dyp.yaml").write_text(DEEP["flow list"], encoding="utf-8")
    script = ("from minplan.catalogue import load_content; import sys; "
              "c = load_content(__import__('pathlib').Path(sys.argv[1])); "
              "print(len(c.lessons), [str(p) for p in c.problems])")
    done = _run("-c", script, str(content_tree))
    assert done.returncode == 0, done.stderr
    assert "quizzes/dyp.yaml:1: yaml: the file is nested too deeply" in done.stdout
    assert not done.stdout.startswith("0 ")


def test_the_upload_page_refuses_a_deep_file():
    app = open_page(run_app(), "egen-test")
    app.file_uploader(key="quiz-upload").set_value(("dyp.yaml", DEEP["flow list"].encode(), "application/x-yaml"))
    app.run()
    assert not app.exception
    assert any("Filen har for mange nivåer inni hverandre." in text.value for text in app.text)


def _quiz_with(path: tuple, value: object) -> bytes:
    data = yaml.safe_load(yaml.safe_dump(VALID))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return yaml.safe_dump(data, allow_unicode=True).encode()


def test_check_never_prints_terminal_control_characters(tmp_path: Path):
    (tmp_path / "quizzes").mkdir()
    path = tmp_path / "quizzes" / "x.yaml"
    path.write_text('id: x\ntitle: {nb: X}\n"\\e[2K\\rOK \\u202e": 1\nquestions: []\n', encoding="utf-8")
    done = _run("-m", "minplan", "check", str(path))
    assert done.returncode == 1
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202e]", done.stdout + done.stderr)
    assert "\\x1b[2K\\rOK \\u202e" in done.stdout


def test_a_problem_shows_control_characters_as_escapes():
    shown = str(Problem("quizzes/x.yaml", 3, "title", "unknown field '\x1b[2J\rOK\u2066'"))
    assert shown == "quizzes/x.yaml:3: title: unknown field '\\x1b[2J\\rOK\\u2066'"


@pytest.mark.parametrize("blank", ["\u200b", "\u2800\u2800", "\ufeff \u200b", "\u3164", " \t\n"])
def test_a_text_that_only_looks_blank_is_refused(blank: str):
    quiz, problems = read_quiz("x.yaml", _quiz_with(("questions", 0, "prompt", "nb"), blank), LESSONS)
    assert quiz is None
    assert any(p.field == "questions.0.prompt" and "the 'nb' text is empty" in p.message for p in problems)


@pytest.mark.parametrize("control", ["\u202a", "\u202e", "\u2066", "\u2069", "\x1b", "\x07"])
def test_a_text_with_a_direction_or_control_character_is_refused(control: str):
    quiz, problems = read_quiz("x.yaml", _quiz_with(("questions", 0, "prompt", "nb"), f"Hvem lager{control} planen?"), LESSONS)
    assert quiz is None
    assert any("invisible control character" in p.message for p in problems)


def test_joiners_inside_words_are_still_allowed():
    dari = "شما می\u200cخواهید"
    quiz, problems = read_quiz("x.yaml", _quiz_with(("questions", 0, "prompt", "prs"), dari), LESSONS)
    assert problems == [] and quiz is not None


@pytest.mark.parametrize("typed", ["Se www.example.com", "WWW.Example.no", "skriv til a@b.no", "https://evil.example/x"])
def test_typed_addresses_do_not_become_links(typed: str):
    escaped = escape_markdown(typed)
    assert not re.search(r"(?i)www\\?\.|:\\?/\\?/|\w\\?@", escaped)
    assert escaped.replace("\\", "").replace(WORD_JOINER, "") == typed


@pytest.mark.parametrize("typed", ["Linje\n===", "Linje\n---", "# Tittel", "1. ikke en liste", "> sitat", "a | b"])
def test_typed_lines_do_not_become_headings_lists_or_quotes(typed: str):
    lines = escape_markdown(typed).split("\n")
    assert all(not re.fullmatch(r"[=\-]+|#.*|\d+\..*|>.*", line) for line in lines)
    assert not re.search(r"(?<!\\)[!-/:-@\[-`{-~]", escaped_punctuation_removed(typed))


def escaped_punctuation_removed(typed: str) -> str:
    """The escaped text with every backslash pair taken out: what is left must hold no bare punctuation."""
    return re.sub(r"\\[\s\S]", "", escape_markdown(typed))


def test_line_breaks_typed_are_kept():
    assert escape_markdown("første\nandre") == "første\\\nandre"
