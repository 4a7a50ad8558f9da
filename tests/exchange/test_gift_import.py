"""GIFT import: every example of Moodle's documentation, categories, ids, hostile files."""
from __future__ import annotations

import time

import pytest

from minplan.content.safe_yaml import MAX_BYTES
from minplan.exchange.gift_import import import_gift
from tests.exchange.gift_moodle_examples import EXAMPLES, LEFT_OUT

LESSONS = ["hvem-lager-planen", "hva-star-i-planen", "planen-kan-endres"]


def _one(gift: str, lesson: str | None = "hvem-lager-planen"):
    return import_gift("test.gift", gift.encode(), LESSONS, "test", lesson)


def _fields(question) -> dict:
    nb = lambda text: text["nb"] if text else None  # noqa: E731
    return {
        "id": question.id,
        "type": question.type,
        "prompt": nb(question.prompt),
        "options": [nb(option.text) for option in question.options or []],
        "feedback": [nb(option.feedback) for option in question.options or []],
        "answer": question.answer,
        "pairs": [(nb(pair.term), nb(pair.match)) for pair in question.pairs or []],
        "explanation": nb(question.explanation),
    }


@pytest.mark.parametrize("example", EXAMPLES, ids=[example.label for example in EXAMPLES])
def test_every_moodle_documentation_example_is_imported_or_named_as_left_out(example):
    result = _one(example.gift)
    if isinstance(example.expect, tuple):
        assert example.expect[0] == LEFT_OUT
        assert result.quiz is None
        assert any(example.expect[1] in problem.message and "left out" in problem.message for problem in result.problems), result.problems
        assert all(problem.line >= 1 for problem in result.problems)
    else:
        assert result.quiz is not None, result.problems
        got = _fields(result.quiz.questions[0])
        assert {key: got[key] for key in example.expect} == example.expect


def test_all_examples_in_one_file_keep_the_usable_ones_and_list_the_rest_by_line():
    text = "\n\n".join(example.gift for example in EXAMPLES)
    result = _one(text)
    wanted = [example for example in EXAMPLES if not isinstance(example.expect, tuple)]
    assert len(result.quiz.questions) == len(wanted)
    assert result.left_out == len(EXAMPLES) - len(wanted)
    lines = text.split("\n")
    for problem in result.problems:
        assert problem.file == "test.gift"
        assert lines[problem.line - 1].strip(), "the line named must be the question's first line"
    ids = [question.id for question in result.quiz.questions]
    assert len(set(ids)) == len(ids)


def test_same_question_names_become_unique_valid_ids():
    result = _one("::Spørsmål 1::A? {T}\n\n::Spørsmål 1::B? {F}\n\n::سؤال::C? {T}\n\nD? {T}")
    assert [question.id for question in result.quiz.questions] == ["spørsmål-1", "spørsmål-1-2", "sporsmal-3", "d"]


def test_category_names_the_lesson_and_lesson_option_overrides_it():
    gift = "$CATEGORY: $course$/top/planen-kan-endres\n\nA? {T}\n\n$CATEGORY: tom/dick/harry\n\nB? {F}"
    result = _one(gift, lesson=None)
    assert [question.lesson for question in result.quiz.questions] == ["planen-kan-endres"]
    assert any("'tom/dick/harry' is not a lesson id" in problem.message and problem.line == 7 for problem in result.problems)
    assert {question.lesson for question in _one(gift, lesson="hvem-lager-planen").quiz.questions} == {"hvem-lager-planen"}


def test_unknown_lesson_option_leaves_everything_out():
    result = _one("A? {T}", lesson="finnes-ikke")
    assert result.quiz is None
    assert "the lesson 'finnes-ikke' does not exist" in result.problems[0].message


def test_true_false_feedback_that_has_no_place_is_listed():
    result = _one("Sun? {T#Wrong, it does.#Right.####It rises in the east.}")
    assert result.quiz.questions[0].explanation["nb"] == "It rises in the east."
    assert "no place in Min plan" in result.problems[0].message


def test_unequal_weights_and_two_right_answers_are_left_out():
    assert "weights must be equal" in _one("Q? {~%70%a ~%30%b ~c}").problems[0].message
    assert "2 options are marked right" in _one("Q? {=a =b ~c}").problems[0].message


@pytest.mark.parametrize("raw, words", [
    (b"x" * (600 * 1024), "too large"),
    (b"Q? {T}\x00", "binary"),
    (b"Q? \xff{T}", "not UTF-8"),
    (b"Q?\x1b[31m {T}", "control character (U+001B)"),
    (b"", "empty"),
    (b"Q? " + b"{" * 5000 + b"T" + b"}" * 5000, "another { or }"),
    (b"Q? {=a ~b", "not closed"),
    (b"::no end Q? {T}", "not closed with ::"),
])
def test_hostile_files_get_a_message_not_a_traceback(raw, words):
    result = import_gift("bad.gift", raw, LESSONS, "bad", "hvem-lager-planen")
    assert result.quiz is None
    assert any(words in problem.message for problem in result.problems), result.problems


def test_more_than_two_hundred_questions_are_listed_not_dropped():
    result = _one("\n\n".join(f"Q{number}? {{T}}" for number in range(205)))
    assert len(result.quiz.questions) == 200
    assert result.left_out == 5


def test_a_file_full_of_unusable_blocks_is_read_quickly_and_listed_briefly():
    raw = ("Q? {#1}\n\n" * 60_000).encode()[:MAX_BYTES]
    started = time.perf_counter()
    result = import_gift("many.gift", raw, LESSONS, "many", "hvem-lager-planen")
    assert time.perf_counter() - started < 20, "linear in the file size (about a second on an idle machine)"
    assert len(result.problems) == 202
    assert result.problems[-2].message.startswith("and ") and result.problems[-2].message.endswith("more problems like these")


def test_a_question_with_broken_syntax_is_counted_as_left_out():
    result = _one("A? {T}\n\nB? {=a ~b")
    assert len(result.quiz.questions) == 1
    assert result.left_out == 1


@pytest.mark.parametrize("bad", [b"B? \xff{T}", b"B?\x1b[31m {T}"])
def test_one_unreadable_question_is_left_out_at_its_own_line_and_the_rest_import(bad):
    raw = b"A? {T}\n\n// note\n" + bad + b"\n\nC? {F}"
    result = import_gift("test.gift", raw, LESSONS, "test", "hvem-lager-planen")
    assert [question.prompt["nb"] for question in result.quiz.questions] == ["A?", "C?"]
    assert result.left_out == 1
    assert [problem.line for problem in result.problems] == [4]


def test_a_problem_in_the_answers_names_the_line_of_the_answers():
    result = _one("A? {T}\n\n::Long::Question\\non two lines\nand more\n{=a ~b")
    assert [problem.line for problem in result.problems] == [5]


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-8", b"\xef\xbb\xbf")])
def test_a_file_with_a_byte_order_mark_is_read(encoding, bom):
    raw = bom + "Æ? {T}\r\n\r\nØ? {F}".encode(encoding)
    result = import_gift("bom.gift", raw, LESSONS, "bom", "hvem-lager-planen")
    assert [question.prompt["nb"] for question in result.quiz.questions] == ["Æ?", "Ø?"], result.problems


def test_a_question_left_out_for_its_answers_names_the_line_of_the_answers():
    result = _one("A? {T}\n\nQuestion\non two lines\n{=a =b ~c}")
    assert result.left_out == 1
    assert [problem.line for problem in result.problems] == [5]
