"""Every problem a GIFT import can find carries its message as interface keys (Problem.said), each key is in
ui/giftwords.yaml in all seven languages with the same placeholders, and the CLI's English is unchanged."""
from __future__ import annotations

import re

import pytest

from minplan.catalogue import load_content
from minplan.content.problems import Problem
from minplan.content.safe_yaml import MAX_BYTES
from minplan.exchange import gift_import
from minplan.exchange.gift_import import MAX_LISTED, MAX_QUESTIONS, import_gift
from tests.conftest import ROOT
from tests.said_words import assert_in_every_language, assert_values_given, words

CONTENT = load_content(ROOT)
LESSONS = [lesson.id for lesson in CONTENT.lessons]
LESSON = LESSONS[0]
WORDS = words("giftwords")
SOURCES = [ROOT / "minplan" / "exchange" / name for name in ("gift_parse.py", "gift_import.py")]

KINDS: dict[str, tuple[bytes, str | None]] = {
    "too_large": (b"#" * (MAX_BYTES + 1), LESSON),
    "binary": (b"\x00\x01", LESSON),
    "empty": (b"  \n\n", LESSON),
    "not_utf8": (b"Hva? {T}\n\nA\xffB? {T}\n", LESSON),
    "control": (b"Hva\x01? {T}\n\nGod? {T}\n", LESSON),
    "name_open": (b"::Navn Hva? {T}\n\nGod? {T}\n", LESSON),
    "closing_alone": (b"Hva } her\n\nGod? {T}\n", LESSON),
    "answers_open": (b"Hva? {=a ~b\n\nGod? {T}\n", LESSON),
    "answers_nested": (b"Hva? {{=a ~b}\n\nGod? {T}\n", LESSON),
    "too_many": (b"".join(b"Nr %d? {T}\n\n" % number for number in range(MAX_QUESTIONS + 1)), LESSON),
    "no_lesson": (b"Hva? {T}\n", "finnes-ikke"),
    "category_unknown": (b"$CATEGORY: tull\n\nHva? {T}\n", None),
    "no_category": (b"Hva? {T}\n", None),
    "description": (b"Bare tekst.\n\nGod? {T}\n", LESSON),
    "no_text": (b"{T}\n\nGod? {T}\n", LESSON),
    "essay": (b"Skriv. {}\n\nGod? {T}\n", LESSON),
    "numerical": (b"Tall? {#4}\n\nGod? {T}\n", LESSON),
    "short_answer": (b"By? {=Oslo}\n\nGod? {T}\n", LESSON),
    "empty_answer": (b"Hva? {=a ~}\n\nGod? {T}\n", LESSON),
    "option_count": (b"Hva? {~a}\n\nGod? {T}\n", LESSON),
    "partial_credit": (b"Hva? {=a ~%50%b ~c}\n\nGod? {T}\n", LESSON),
    "right_count": (b"Hva? {=a =b ~c}\n\nGod? {T}\n", LESSON),
    "weights": (b"Hva? {~%50%a ~%20%b ~c}\n\nGod? {T}\n", LESSON),
    "pair_arrow": (b"Par? {=a -> 1 =b}\n\nGod? {T}\n", LESSON),
    "pair_extra": (b"Par? {=a -> 1 =b -> 2 = -> 3}\n\nGod? {T}\n", LESSON),
    "pair_empty": (b"Par? {=a -> 1 =b -> }\n\nGod? {T}\n", LESSON),
    "pair_count": (b"Par? {=a -> 1}\n\nGod? {T}\n", LESSON),
    "true_false_general": (b"Sant? {T#feil#riktig####generell}\n", LESSON),
    "true_false_second": (b"Sant? {T#feil#riktig}\n", LESSON),
    "more": (b"".join(b"Nr %d. {}\n\n" % number for number in range(MAX_LISTED + 1)) + b"God? {T}\n", LESSON),
    "nothing": (b"Skriv. {}\n", LESSON),
}
"""One small file per kind of problem, named by the key that says it."""


def _problems(raw: bytes, lesson: str | None) -> list[Problem]:
    return import_gift("x.gift", raw, LESSONS, "egen-test", lesson).problems


def _keys_in_sources() -> set[str]:
    return {key for path in SOURCES for key in re.findall(r'"(giftwords\.\w+)"', path.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_of_gift_problem_is_said_by_its_key(kind):
    problems = _problems(*KINDS[kind])
    assert problems and all(problem.said is not None for problem in problems), problems
    assert f"giftwords.{kind}" in {key for problem in problems for key in problem.said.keys}


def test_a_failed_validation_is_said_too(monkeypatch):
    """The importer builds valid quizzes; should the schema still refuse one, the page says so in words."""
    real = gift_import.Quiz

    class Refusing:
        @staticmethod
        def model_validate(data):
            return real.model_validate({})

    monkeypatch.setattr(gift_import, "Quiz", Refusing)
    problems = _problems(b"Hva? {T}\n", LESSON)
    assert problems and {problem.said.keys for problem in problems} == {("giftwords.not_valid",)}


def test_the_files_cover_every_key_the_importer_uses():
    used = _keys_in_sources() - {"giftwords.left_out", "giftwords.place_question", "giftwords.place_file",
                                 "giftwords.place_name", "giftwords.not_valid"}
    assert used == {f"giftwords.{kind}" for kind in KINDS}


def test_every_key_is_in_all_seven_languages_with_the_same_placeholders():
    assert_in_every_language(WORDS, _keys_in_sources() | {"giftwords.line"})


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_value_a_message_needs_is_given(kind):
    assert_values_given(WORDS, _problems(*KINDS[kind]))


def test_the_cli_still_prints_the_english_line():
    problem = _problems(*KINDS["essay"])[0]
    assert str(problem) == "x.gift:1: question at line 1: an essay question (empty answers {}) has no form in Min plan; left out"
    assert problem == Problem("x.gift", 1, "question at line 1", problem.message)
