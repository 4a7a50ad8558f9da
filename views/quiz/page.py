"""The quiz pages: one per quiz file in quizzes/, its short quiz per lesson (?q_lesson=ID), and the upload page."""
from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from minplan.content.models import Lesson
from minplan.quiz.questions import Quiz, asked
from views.quiz import upload as quiz_upload
from views.exchange.downloads import quiz_buttons
from minplan.content.bidi import isolate
from minplan.content.text import BASE_LANGUAGE
from views.bilingual import label_of, translated
from views.links import link
from views.quiz.runner import left_out_notice, run
from views.session import content, support_language, t, tx, ui_in
from minplan.quiz.kinds import quizzes

LESSON_PARAM = "q_lesson"
OWN_QUIZ = "egen-test"


def pages(taken: set[str]) -> dict[str, st.Page]:
    """A page for every quiz in quizzes/ (keyed and addressed by its id, unless another page has it), and the upload page."""
    found = {quiz.id: st.Page(_runner(quiz), title=tx(quiz.title), icon=":material/quiz:", url_path=quiz.id,
                              visibility="visible" if quiz.menu else "hidden")
             for quiz in quizzes(content()) if quiz.id not in taken | {OWN_QUIZ}}
    found[OWN_QUIZ] = st.Page(quiz_upload.show, title=t("quiz.upload_nav"), icon=":material/upload_file:", url_path=OWN_QUIZ)
    return found


def lesson_quiz_link(lesson: Lesson) -> None:
    """A link from a lesson to its short quiz, in the first quiz that has questions on it."""
    quiz = next((quiz for quiz in quizzes(content()) if quiz.for_lesson(lesson.id)), None)
    if quiz is not None:
        link(quiz.id, label=label_of("quiz.lesson_link"), icon=":material/quiz:", params={LESSON_PARAM: lesson.id})


def _runner(quiz: Quiz) -> Callable[[], None]:
    def run_quiz() -> None:
        lesson_id = str(st.query_params.get(LESSON_PARAM, ""))
        questions = asked(quiz.for_lesson(lesson_id))
        lesson = content().lesson(lesson_id)
        if not questions or lesson is None:
            st.title(tx(quiz.title))
            left_out_notice(quiz.questions)
            run(quiz, asked(quiz.questions), key=quiz.id, in_url=True)
            quiz_buttons(quiz)
            return
        _title(lesson)
        left_out_notice(quiz.for_lesson(lesson_id))
        run(quiz, questions, key=f"{quiz.id}:{lesson_id}", in_url=True)
        link(quiz.id, label=label_of("quiz.whole_quiz"), icon=":material/quiz:")

    run_quiz.__name__ = f"quiz_{quiz.id.replace('-', '_')}"
    return run_quiz



def _title(lesson: Lesson) -> None:
    """The short quiz's title in Norwegian, with the support language small beneath it (as views.bilingual.heading)."""
    st.title(ui_in(BASE_LANGUAGE)("quiz.lesson_quiz").format(lesson=lesson.title[BASE_LANGUAGE]))
    language = support_language()
    if language:
        with st.container(key=f"under-{language.direction}-{language.code}-quiz-title"):
            st.markdown(t("quiz.lesson_quiz").format(lesson=translated(lesson.title) or isolate(lesson.title[BASE_LANGUAGE])))
