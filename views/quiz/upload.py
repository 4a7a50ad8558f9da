"""A teacher's own quiz: upload a YAML or GIFT file and run it at once; a bad file shows its problems by line.

The file is checked by the same rules as `python -m minplan check`, is never
stored on the server, and its texts are shown escaped, never as HTML.
"""
from __future__ import annotations

import hashlib

import streamlit as st

from minplan.exchange.gift_import import import_gift
from minplan.serving.worker import run_limited
from minplan.quiz.questions import Quiz, asked, read_quiz
from minplan.content.problems import Problem
from minplan.content.safe_yaml import MAX_BYTES
from views.bilingual import heading, in_both
from views.quiz import problems as upload_problems
from views.quiz.question import qx
from views.quiz.runner import left_out_notice, run
from views.session import content, t, tx

MAX_MEGABYTES = 1
"""What Streamlit lets through (as .streamlit/config.toml); the quiz reader then refuses more than MAX_BYTES itself."""
SECONDS = 20
"""Reading a file at the size limit takes about a second; a file that takes longer is stopped, not waited for."""


def show() -> None:
    heading("quiz.upload_title", level=1)
    st.markdown(t("quiz.upload_intro"))
    uploaded = st.file_uploader(t("quiz.upload_label").format(kb=MAX_BYTES // 1024), type=["yaml", "yml", "gift"], key="quiz-upload", max_upload_size=MAX_MEGABYTES)
    if uploaded is None:
        return
    raw = uploaded.getvalue()
    if uploaded.name.lower().endswith(".gift"):
        quiz, problems = _gift(uploaded.name, raw)
    else:
        quiz, problems = _limited(read_quiz, uploaded.name, raw, [lesson.id for lesson in content().lessons]) or (None, [])
    if quiz is None and not problems:
        return
    if quiz is None:
        _problems(problems)
        return
    st.success(in_both(lambda say, _: say("quiz.upload_ok").format(count=len(quiz.questions))), icon=":material/check:")
    st.header(qx(quiz.title))
    left_out_notice(quiz.questions)
    run(quiz, asked(quiz.questions), key=f"upload:{hashlib.sha256(raw).hexdigest()[:16]}", in_url=False)


def _gift(name: str, raw: bytes) -> tuple[Quiz | None, list[Problem]]:
    """A GIFT file (Moodle, itslearning): the teacher picks the lesson; what has no form in Min plan is listed, the rest runs."""
    lessons = content().lessons
    st.markdown(t("quiz.upload_gift"))
    titles = {lesson.id: tx(lesson.title) for lesson in lessons}
    chosen = st.selectbox(t("quiz.upload_gift_lesson"), list(titles), format_func=titles.get, key="quiz-upload-lesson")
    result = _limited(import_gift, name, raw, list(titles), "egen-test", chosen)
    if result is None:
        return None, []
    if result.quiz is None:
        return None, result.problems
    if result.problems:
        st.warning(in_both(lambda say, _: say("quiz.upload_left_out").format(count=result.left_out)), icon=":material/warning:")
        upload_problems.show(result.problems)
    return result.quiz, []


def _limited(read, name: str, raw: bytes, *rest):
    """`read(name, raw, *rest)` off the server's event loop in a worker process; None, after a calm notice, when stopped."""
    outcome = run_limited(read, name, raw, *rest, size=len(raw), max_size=MAX_MEGABYTES * 1024 * 1024, seconds=SECONDS)
    if outcome.refused:
        st.warning(t(f"upload.{outcome.refused}"), icon=":material/hourglass_top:")
    return outcome.value


def _problems(problems: list[Problem]) -> None:
    """The problems by line, in Norwegian and the support language (views/quiz/problems.py), never rendered."""
    st.error(in_both(lambda say, _: say("quiz.upload_bad").format(count=len(problems))), icon=":material/error:")
    upload_problems.show(problems)
