"""Every problem a teacher's own YAML quiz can have is said by interface keys (Problem.said), so the upload page
shows it in Norwegian with the support language beneath; each key is in ui/yamlwords.yaml (or giftwords.yaml, for
what both uploads share) in all seven languages with the same placeholders, and `minplan check` keeps its English."""
from __future__ import annotations

import re

import pytest

from minplan.catalogue import load_content
from minplan.content.problems import Problem
from minplan.content.safe_yaml import MAX_BYTES, MAX_DEPTH, MAX_NODES
from minplan.content.sources import SourceRegistry
from minplan.content.validation import _SAID, parse_model
from minplan.quiz.questions import read_quiz
from tests.conftest import ROOT
from tests.said_words import assert_in_every_language, assert_values_given, words

CONTENT = load_content(ROOT)
LESSONS = [lesson.id for lesson in CONTENT.lessons]
WORDS = words("yamlwords", "giftwords")
SOURCES = [ROOT / "minplan" / "content" / name for name in ("text.py", "safe_yaml.py", "validation.py")] + [
    ROOT / "minplan" / "quiz" / "questions.py"]

QUESTION = f"""  - id: q1
    lesson: {LESSONS[0]}
    type: single
    prompt: {{nb: Hva?}}
    options:
      - {{id: a, text: {{nb: A}}}}
      - {{id: b, text: {{nb: B}}}}
    answer: a
    explanation: {{nb: Fordi.}}
"""
QUIZ = "id: min-test\ntitle: {nb: Test}\nquestions:\n" + QUESTION


def _changed(old: str, new: str, quiz: str = QUIZ) -> bytes:
    assert old in quiz, old
    return quiz.replace(old, new, 1).encode()


def _typed(kind: str, rest: str) -> bytes:
    return _changed("    type: single\n", f"    type: {kind}\n").replace(b"    answer: a\n", rest.encode())


KINDS: dict[str, bytes] = {
    "missing": _changed("    explanation: {nb: Fordi.}\n", ""),
    "unknown_field": _changed("    answer: a\n", "    answer: a\n    colour: red\n"),
    "text": _changed("title: {nb: Test}", "title: {nb: [a, b]}"),
    "whole_number": _changed("id: min-test\n", "id: min-test\norder: ten\n"),
    "true_false": _changed("id: min-test\n", "id: min-test\nmenu: kanskje\n"),
    "list": b"id: min-test\ntitle: {nb: Test}\nquestions: hei\n",
    "texts": _changed("title: {nb: Test}", "title: Test"),
    "mapping": b"id: min-test\ntitle: {nb: Test}\nquestions: [hei]\n",
    "id": _changed("id: min-test", "id: Min Test"),
    "date": _changed("    answer: a\n", "    answer: a\n    valid_from: 2026-13-01\n"),
    "date_no_time": _changed("    answer: a\n", "    answer: a\n    valid_from: 2026-01-01 10:30:00\n"),
    "number": _changed("id: min-test\n", "id: min-test\npass_mark: høy\n"),
    "yes_no": _changed("title: {nb: Test}", "title: {nb: no}"),
    "too_few": b"id: min-test\ntitle: {nb: Test}\nquestions: []\n",
    "too_many": ("id: min-test\ntitle: {nb: Test}\nquestions:\n"
                 + "".join(QUESTION.replace("id: q1", f"id: q{number}") for number in range(201))).encode(),
    "characters_least": _changed("    answer: a\n", '    answer: a\n    recheck: ""\n'),
    "characters_most": _changed("id: min-test", f"id: {'a' * 61}"),
    "literal": _changed("    type: single\n", "    type: essay\n"),
    "at_least": _changed("    answer: a\n", "    answer: a\n    points: 0\n"),
    "at_most": _changed("    answer: a\n", "    answer: a\n    points: 11\n"),
    "not_mapping": b"- a\n- b\n",
    "language_code": _changed("title: {nb: Test}", "title: {nb: Test, english: Test}"),
    "text_empty": _changed("title: {nb: Test}", 'title: {nb: Test, en: ""}'),
    "text_control": _changed("title: {nb: Test}", 'title: {nb: "Te\\x07st"}'),
    "text_no_nb": _changed("title: {nb: Test}", "title: {en: Test}"),
    "not_a_date": _changed("prompt: {nb: Hva?}", "prompt: {nb: Hva?, valid_from: 2026-13-01}"),
    "ends_before_start": _changed("prompt: {nb: Hva?}", "prompt: {nb: Hva?, valid_from: 2026-07-01, valid_until: 2026-01-01}"),
    "recheck": _changed("prompt: {nb: Hva?}", "prompt: {nb: Hva?, valid_until: 2026-07-01, recheck: [a]}"),
    "id_twice": _changed("{id: b, text: {nb: B}}", "{id: a, text: {nb: B}}"),
    "only_for_type": _changed("    answer: a\n", "    answer: a\n    steps:\n      - {id: s1, text: {nb: En}}\n      - {id: s2, text: {nb: To}}\n"),
    "needed_by_type": _typed("order", ""),
    "two_to_eight": _changed("      - {id: b, text: {nb: B}}\n", ""),
    "no_answer_order": _changed("    options:\n      - {id: a, text: {nb: A}}\n      - {id: b, text: {nb: B}}\n",
                                "    steps:\n      - {id: a, text: {nb: A}}\n      - {id: b, text: {nb: B}}\n",
                                _typed("order", "    answer: a\n").decode()),
    "no_answer_match": _changed("    options:\n      - {id: a, text: {nb: A}}\n      - {id: b, text: {nb: B}}\n",
                                "    pairs:\n      - {id: a, term: {nb: A}, match: {nb: En}}\n      - {id: b, term: {nb: B}, match: {nb: To}}\n",
                                _typed("match", "    answer: a\n").decode()),
    "answer_list": _typed("multiple", "    answer: a\n"),
    "answer_none": _typed("multiple", "    answer: []\n"),
    "listed_twice": _typed("multiple", "    answer: [a, a]\n"),
    "answer_one": _changed("    answer: a\n", "    answer: [a]\n"),
    "not_an_option": _changed("    answer: a\n", "    answer: c\n"),
    "broken": b"id: [min-test\n",
    "too_deep": b"[" * (MAX_DEPTH + 5),
    "alias": _changed("title: {nb: Test}", "title: &t {nb: Test}\nintro: *t"),
    "too_many_values": ("id: min-test\nlist:\n" + "".join(f"  - {number}\n" for number in range(MAX_NODES + 1))).encode(),
    "tag": b"id: !!python/object/apply:os.system ['true']\n",
    "key_plain": _changed("id: min-test\n", "id: min-test\n<<: {menu: true}\n"),
    "key_twice": _changed("id: min-test\n", "id: min-test\nid: andre\n"),
    "giftwords.no_lesson": _changed(f"lesson: {LESSONS[0]}", "lesson: finnes-ikke"),
    "giftwords.too_large": b"#" * (MAX_BYTES + 1),
    "giftwords.binary": b"\x00\x01",
    "giftwords.not_utf8": b"id: min-test\ntitle: {nb: T\xffst}\n",
    "giftwords.empty": b"# bare en kommentar\n",
}
"""One small quiz file per kind of problem, named by the key that says it (yamlwords. unless given)."""


def _key(kind: str) -> str:
    return kind if "." in kind else f"yamlwords.{kind}"


def _problems(raw: bytes) -> list[Problem]:
    return read_quiz("min-test.yaml", raw, LESSONS)[1]


def _keys_in_sources() -> set[str]:
    found = {key for path in SOURCES for key in re.findall(r'"((?:yaml|gift)words\.\w+)"', path.read_text(encoding="utf-8"))}
    return found | {f"yamlwords.{key}" for key, _ in _SAID.values()} | {"yamlwords.no_answer_order", "yamlwords.no_answer_match"}


def test_the_example_quiz_itself_has_no_problem():
    assert _problems(QUIZ.encode()) == []


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_of_yaml_problem_is_said_by_its_key(kind):
    problems = _problems(KINDS[kind])
    assert problems and all(problem.said is not None for problem in problems), problems
    assert _key(kind) in {key for problem in problems for key in problem.said.keys}, problems


def test_a_web_address_is_said_too():
    raw = b"sources:\n  - id: x\n    title: Loven\n    publisher: Lovdata\n    url: ikke en adresse\n    checked: 2026-12-01\n"
    problems = parse_model("sources.yaml", raw, SourceRegistry)[2]
    assert "yamlwords.web_address" in {key for problem in problems for key in problem.said.keys}, problems


def test_the_files_cover_every_key_the_checks_use():
    assert {_key(kind) for kind in KINDS} | {"yamlwords.web_address"} == _keys_in_sources()


def test_every_key_is_in_all_seven_languages_with_the_same_placeholders():
    assert_in_every_language(WORDS, _keys_in_sources())


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_value_a_message_needs_is_given(kind):
    assert_values_given(WORDS, _problems(KINDS[kind]))


def test_the_check_still_prints_the_english_line():
    problem = _problems(KINDS["not_an_option"])[0]
    assert str(problem) == "min-test.yaml:11: questions.0.answer: the answer 'c' is not one of the options (a, b)"
    assert problem == Problem("min-test.yaml", 11, "questions.0.answer", problem.message)
