"""The rules behind a live class, without a database: codes, nicknames, the join link, answers, the chart, results."""
from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import unicodedata

import pytest

from minplan.classroom.codes import (CODE_ALPHABET, CODE_LENGTH, PUBLIC_URL_SETTING, clean_nickname, configured_public_url,
                                     digest, join_link, looks_like_token, new_code, new_token, normalise_code,
                                     phones_cannot_reach, public_url, same_secret)
from minplan.classroom.questions import (ALL, LESSONS, RIGHT, WRONG, check_question, class_order, class_results, decode,
                                         distribution, encode, hardest, letters, own_right, pick, questions_for,
                                         valid_answer)
from minplan.quiz.attempt import choices
from minplan.quiz.questions import Question
from minplan.catalogue import load_content
from minplan.quiz.kinds import quizzes
from tests.quiz.test_attempt import right_answer

CONTENT = load_content()
EXAMPLE = next(quiz for quiz in quizzes(CONTENT) if quiz.id == "eksempel")
BY_TYPE = {question.type: question for question in EXAMPLE.questions}


def test_a_join_code_is_six_letters_that_cannot_be_mixed_up():
    codes = {new_code() for _ in range(200)}
    assert len(codes) > 190
    assert all(len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET) for code in codes)
    assert not set("0O1IL") & set(CODE_ALPHABET)


@pytest.mark.parametrize("typed", ["k7rmxa4p", " K7RM-XA4P ", "k7rm xa4p", "K7RM.XA4P"])
def test_a_code_typed_any_way_is_understood(typed):
    assert normalise_code(typed) == "K7RMXA4P"


@pytest.mark.parametrize("typed", ["", "K7RMXA4", "K7RMXA4PP", "K0RMXA4P", "<script>", "' or 1=1 --", "x" * 10_000])
def test_what_cannot_be_a_code_is_refused_before_any_lookup(typed):
    assert normalise_code(typed) is None


def test_secrets_are_kept_as_hashes_and_compared_safely():
    token = new_token()
    assert looks_like_token(token) and not looks_like_token("short") and not looks_like_token("a b" * 10)
    assert same_secret(token, digest(token)) and not same_secret(token + "x", digest(token))
    assert token not in digest(token)


@pytest.mark.parametrize("raw, kept", [
    ("Sara", "Sara"),
    ("  Ola   Nordmann ", "Ola Nordmann"),
    ("<img src=x onerror=alert(1)>", "img srcx onerroraler"),
    ("**bold** [link](http://x)", "bold linkhttpx"),
    ("Олена", "Олена"),
    ("سارا", "سارا"),
    ("\u202eevil\u0000", "evil"),
    ("", None),
    ("!!!", None),
    (None, None),
])
def test_a_nickname_keeps_only_letters_digits_and_spaces_up_to_twenty(raw, kept):
    assert clean_nickname(raw) == kept


def test_the_join_link_points_to_the_participant_page_beside_the_teachers():
    assert join_link("https://kurs.kommune.no/minplan/klasse-laerer", "klasse", "K7RMXA") == \
        "https://kurs.kommune.no/minplan/klasse?kode=K7RMXA"


def test_the_join_link_uses_the_public_address_when_one_is_set():
    public = public_url("https://kurs.kommune.no/minplan/")
    assert join_link("http://localhost:8501/klasse-laerer", "klasse", "K7RMXA", public) == \
        "https://kurs.kommune.no/minplan/klasse?kode=K7RMXA"
    assert join_link("http://localhost:8501/klasse-laerer", "klasse", "K7RMXA", public_url("192.168.1.20:8501")) == \
        "http://192.168.1.20:8501/klasse?kode=K7RMXA"


@pytest.mark.parametrize("raw", ["", "   ", "ftp://kurs.no", "javascript:alert(1)", "http://", "http://kurs .no",
                                 "http://kurs.no:99999"])
def test_what_is_not_a_web_address_is_no_public_address(raw):
    assert public_url(raw) is None


def test_the_public_address_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv(PUBLIC_URL_SETTING, "https://kurs.kommune.no/minplan?x=1")
    assert configured_public_url() == "https://kurs.kommune.no/minplan"
    monkeypatch.setenv(PUBLIC_URL_SETTING, "not an address")
    assert configured_public_url() is None
    monkeypatch.delenv(PUBLIC_URL_SETTING)
    assert configured_public_url() is None


@pytest.mark.parametrize("address", ["http://localhost:8501/klasse-laerer", "http://127.0.0.1:8501", "http://127.1.2.3/",
                                     "http://[::1]:8501/", "http://0.0.0.0:8501", "http://[::]:8501",
                                     "http://app.localhost/", "http://LOCALHOST./", "", None])
def test_an_address_only_this_computer_can_open_is_flagged(address):
    assert phones_cannot_reach(address)


@pytest.mark.parametrize("address", ["http://192.168.1.20:8501/klasse-laerer", "https://kurs.kommune.no/minplan",
                                     "http://10.0.0.5/", "http://[fe80::1]/", "http://minplan.local:8501/"])
def test_an_address_on_the_network_is_not_flagged(address):
    assert not phones_cannot_reach(address)


def test_every_lesson_check_question_becomes_a_one_point_single_choice_question():
    questions = questions_for(LESSONS, quizzes(CONTENT), CONTENT.lessons)
    assert [question.id for question in questions] == [lesson.id for lesson in CONTENT.lessons]
    lesson = CONTENT.lessons[0]
    question = check_question(lesson)
    assert question.type == "single" and question.answer == lesson.check.answer and question.points == 1


def test_an_unknown_source_has_no_questions():
    assert questions_for("finnes-ikke", quizzes(CONTENT), CONTENT.lessons) == []


@pytest.mark.parametrize("kind", sorted(BY_TYPE))
def test_a_right_answer_survives_the_database_and_is_valid(kind):
    question = BY_TYPE[kind]
    answer = right_answer(question)
    assert decode(encode(answer)) == answer
    assert valid_answer(question, answer)


@pytest.mark.parametrize("answer", [(), ("zzz",), ("a", "a"), ("a" * 500,)])
def test_odd_answers_from_a_phone_are_refused(answer):
    assert not valid_answer(BY_TYPE["multiple"], answer)


def test_the_chart_counts_each_option_and_marks_the_right_ones():
    question = BY_TYPE["multiple"]
    bars = distribution(question, [("a", "b"), ("a",), ("c",)])
    assert [(bar.key, bar.count, bar.right) for bar in bars] == [("a", 2, True), ("b", 1, True), ("c", 1, False)]


def test_the_chart_follows_the_order_the_class_sees():
    question = BY_TYPE["multiple"]
    bars = distribution(question, [("a", "b"), ("c",)], ["c", "a", "b"])
    assert [(bar.key, bar.count) for bar in bars] == [("c", 1), ("a", 1), ("b", 1)]


def test_a_class_question_has_one_order_for_the_board_and_every_phone():
    question = BY_TYPE["single"]
    order = class_order(question, "K7RMXA", 0)
    assert sorted(order) == sorted(choices(question))
    assert all(class_order(question, "K7RMXA", 0) == order for _ in range(5))
    orders = {tuple(class_order(question, code, position)) for code in ("K7RMXA", "AAAAAA", "34679X") for position in range(4)}
    assert len(orders) > 1, "the order is shuffled per class question, not fixed"


def test_the_class_order_does_not_depend_on_the_process(tmp_path):
    import subprocess
    import sys

    script = ("from minplan.classroom.questions import class_order\n"
              "from minplan.catalogue import load_content\nfrom minplan.quiz.kinds import quizzes\n"
              "quiz = next(q for q in quizzes(load_content()) if q.id == 'eksempel')\n"
              "print(','.join(class_order(quiz.questions[0], 'K7RMXA', 3)))")
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}, cwd=Path(__file__).parents[2]).stdout
            for seed in ("1", "2")}
    assert runs == {",".join(class_order(EXAMPLE.questions[0], "K7RMXA", 3)) + "\n"}


def test_choices_are_lettered_in_the_order_shown():
    assert letters(["c", "a", "b"]) == {"c": "A", "a": "B", "b": "C"}


def test_order_and_match_questions_are_charted_as_right_partly_and_wrong():
    question = BY_TYPE["order"]
    right = right_answer(question)
    bars = distribution(question, [right, right, tuple(reversed(right))])
    assert [(bar.key, bar.count) for bar in bars] == [(RIGHT, 2), ("partly", 0), (WRONG, 1)]


def test_the_questions_the_class_found_hard_come_first():
    questions = EXAMPLE.questions[:3]
    given = {0: [right_answer(questions[0])] * 3, 1: [("c",)] * 2 + [right_answer(questions[1])], 2: []}
    results = class_results(questions, given)
    assert [(result.answered, result.right) for result in results] == [(3, 3), (3, 1), (0, 0)]
    assert [result.question.id for result in hardest(results)] == [questions[1].id], "one nobody answered is not hard"
    assert results[1].share_right == Fraction(1, 3)


@pytest.mark.parametrize("raw", ["\u3164\u3164\u3164", "\u115f\u1160", "\uffa0", "\u2800\u2800", "\u200b\u200d\u2060",
                                 "\u034f\u034f", "\ufe0f\ufe0f", "\u0301\u0301\u0301"])
def test_fillers_and_blank_looking_letters_are_no_nickname(raw):
    assert clean_nickname(raw) is None
    assert clean_nickname(f"{raw} Ali {raw}") == "Ali"


def test_a_stack_of_combining_marks_is_cut_to_two_per_letter():
    name = clean_nickname("Z" + "\u0336\u0353\u035b" * 40 + "ed")
    assert len(name) == 5 and name[0] == "Z" and name.endswith("ed"), "Z, two marks, ed"
    assert clean_nickname("Nguyễn Thị") == "Nguyễn Thị" and clean_nickname("مُحَمَّد") == "مُحَمَّد"


def test_a_nickname_is_normalised_and_counted_in_letters_as_a_person_sees_them():
    assert clean_nickname("Jose\u0301") == "José" == unicodedata.normalize("NFC", "Jose\u0301")
    assert clean_nickname("e\u0301" * 30) == "é" * 20, "20 letters, not 20 code points"
    assert clean_nickname("\U0001F1F3\U0001F1F4 Ola") == "Ola"


def test_a_wide_nickname_is_cut_so_it_cannot_push_the_others_off_the_board():
    assert clean_nickname("汉" * 20) == "汉" * 12

def test_a_participant_counts_the_questions_fully_right():
    questions = EXAMPLE.questions[:3]
    assert own_right(questions, {0: right_answer(questions[0]), 1: ("c",)}) == 1


def test_a_short_round_takes_questions_from_as_many_lessons_as_it_can_in_the_quiz_order():
    everything = [Question(id=f"q{n}", lesson=f"l{n // 4}", type="true_false", prompt={"nb": "?"}, answer=True,
                           explanation={"nb": "."}) for n in range(12)]
    five = pick(everything, 5)
    assert [question.id for question in five] == ["q0", "q1", "q4", "q5", "q8"]
    assert pick(everything, ALL) == everything and pick(everything, 10, lesson="l1") == everything[4:8]
    assert pick(everything, 5, lesson="nowhere") == []
