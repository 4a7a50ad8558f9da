"""Runs a quiz: the question at the attempt's position, or the result when the round is over.

An attempt lives in the session and, for quizzes from quizzes/, also in the URL,
so a phone that reloads keeps its place. An uploaded quiz is not on the server,
so its attempt is kept in the session only.
"""
from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from minplan.quiz.attempt import PARAMS, Attempt, new_seed
from minplan.quiz.questions import Question, Quiz, asked
from minplan.quiz.rounds import ROUND_SIZE, lessons_with_questions, needs_rounds, pick_round
from views.quiz import question as quiz_question
from views.quiz import result as quiz_result
from views.bilingual import in_both, label_of, unreviewed_notice
from views.session import content, sync_url


def left_out_notice(questions: Sequence[Question]) -> None:
    """Say calmly, in Norwegian and the support language, how many questions were left out because the
    rule they rest on ran out (minplan.quiz.questions.asked)."""
    count = len(questions) - len(asked(questions))
    if count:
        st.caption(label_of("quiz.left_out").replace("{count}", str(count)))


def run(quiz: Quiz, questions: Sequence[Question], key: str, in_url: bool) -> None:
    """Show the current question, or the result when the round is over; with no question left, only say so."""
    if not questions:
        return
    attempts = st.session_state.setdefault("quiz-attempts", {})
    if key not in attempts:
        kept = Attempt.from_query(st.query_params.to_dict(), questions) if in_url else None
        if kept is None and needs_rounds(questions):
            _choose_round(questions, key, attempts)
            return
        attempts[key] = kept or Attempt.start(questions, new_seed())
    attempt = attempts[key]
    if in_url:
        sync_url(attempt.to_query(questions), PARAMS)

    def save(updated: Attempt) -> None:
        attempts[key] = updated

    unreviewed_notice()
    if quiz.intro and attempt.position == 0 and not attempt.answers:
        st.markdown(quiz_question.both(quiz.intro))
    current = quiz.question(attempt.current) if attempt.current else None
    if current is None:
        quiz_result.show(quiz, questions, attempt, save)
    else:
        quiz_question.show(current, attempt, key, save)


def _choose_round(questions: Sequence[Question], key: str, attempts: dict[str, Attempt]) -> None:
    """A long test starts with a choice: a short mixed round, a round on one lesson, or the whole test."""
    def begin(lesson: str | None = None, whole: bool = False) -> None:
        seed = new_seed()
        ids = tuple(question.id for question in questions) if whole else pick_round(questions, seed, lesson)
        attempts[key] = Attempt(seed=seed, asked=ids)

    st.markdown(label_of("learnquiz.round_intro"))
    st.button(label_of("learnquiz.round_mixed").replace("{count}", str(ROUND_SIZE)), type="primary", width="stretch",
              icon=":material/quiz:", key=f"{key}-round-mixed", on_click=begin)
    with st.expander(label_of("learnquiz.round_lesson"), icon=":material/menu_book:"):
        for lesson_id in lessons_with_questions(questions):
            lesson = content().lesson(lesson_id)
            if lesson is not None:
                st.button(in_both(lambda _, text, lesson=lesson: text(lesson.title)), width="stretch",
                          key=f"{key}-round-{lesson_id}", on_click=begin, args=(lesson_id,))
    st.button(label_of("learnquiz.whole_test").replace("{count}", str(len(questions))), width="stretch",
              icon=":material/library_books:", key=f"{key}-round-whole", on_click=begin, kwargs={"whole": True})
