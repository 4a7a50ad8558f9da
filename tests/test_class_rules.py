"""The rules behind a live class, without a database: codes, nicknames, the join link, answers, the chart, results."""
from __future__ import annotations

from fractions import Fraction

import pytest

from minplan.classroom.codes import (CODE_ALPHABET, CODE_LENGTH, clean_nickname, digest, join_link, looks_like_token,
                                 new_code, new_token, normalise_code, same_secret)
from minplan.classroom.questions import (LESSONS, RIGHT, WRONG, check_question, class_results, decode, distribution, encode,
                                hardest, own_score, questions_for, valid_answer)
from minplan.content.loader import load_content
from tests.test_quiz_attempt import right_answer

CONTENT = load_content()
EXAMPLE = next(quiz for quiz in CONTENT.quizzes if quiz.id == "eksempel")
BY_TYPE = {question.type: question for question in EXAMPLE.questions}


def test_a_join_code_is_six_letters_that_cannot_be_mixed_up():
    codes = {new_code() for _ in range(200)}
    assert len(codes) > 190
    assert all(len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET) for code in codes)
    assert not set("0O1IL") & set(CODE_ALPHABET)


@pytest.mark.parametrize("typed", ["k7rmxa", " K7R-MXA ", "k7r mxa", "K7R.MXA"])
def test_a_code_typed_any_way_is_understood(typed):
    assert normalise_code(typed) == "K7RMXA"


@pytest.mark.parametrize("typed", ["", "K7RMX", "K7RMXAA", "K0RMXA", "<script>", "' or 1=1 --", "x" * 10_000])
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


def test_every_lesson_check_question_becomes_a_one_point_single_choice_question():
    questions = questions_for(LESSONS, CONTENT.quizzes, CONTENT.lessons)
    assert [question.id for question in questions] == [lesson.id for lesson in CONTENT.lessons]
    lesson = CONTENT.lessons[0]
    question = check_question(lesson)
    assert question.type == "single" and question.answer == lesson.check.answer and question.points == 1


def test_an_unknown_source_has_no_questions():
    assert questions_for("finnes-ikke", CONTENT.quizzes, CONTENT.lessons) == []


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
    assert [result.question.id for result in hardest(results)] == [questions[2].id, questions[1].id]
    assert results[1].share_right == Fraction(1, 3)


def test_a_participants_score_counts_every_question_of_the_class():
    questions = EXAMPLE.questions
    score = own_score(questions, {0: right_answer(questions[0])})
    assert score.earned == questions[0].points
    assert score.possible == sum(question.points for question in questions)
