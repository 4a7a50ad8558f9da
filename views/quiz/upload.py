"""A teacher's own quiz: upload a YAML file and run it at once; a bad file shows its problems by line.

The file is checked by the same rules as `python -m minplan check`, is never
stored on the server, and its texts are shown escaped, never as HTML.
"""
from __future__ import annotations

import hashlib

import streamlit as st

from minplan.quiz.questions import read_quiz
from minplan.content.problems import Problem
from minplan.content.safe_yaml import MAX_BYTES
from views.quiz.question import qx
from views.quiz.runner import run
from views.session import content, t

MAX_MEGABYTES = 1
"""What Streamlit lets through (as .streamlit/config.toml); the quiz reader then refuses more than MAX_BYTES itself."""


def show() -> None:
    st.title(t("quiz.upload_title"))
    st.markdown(t("quiz.upload_intro"))
    uploaded = st.file_uploader(t("quiz.upload_label").format(kb=MAX_BYTES // 1024), type=["yaml", "yml"], key="quiz-upload", max_upload_size=MAX_MEGABYTES)
    if uploaded is None:
        return
    raw = uploaded.getvalue()
    quiz, problems = read_quiz(uploaded.name, raw, [lesson.id for lesson in content().lessons])
    if quiz is None:
        _problems(problems)
        return
    st.success(t("quiz.upload_ok").format(count=len(quiz.questions)), icon=":material/check:")
    st.header(qx(quiz.title))
    run(quiz, quiz.questions, key=f"upload:{hashlib.sha256(raw).hexdigest()[:16]}", in_url=False)


def _problems(problems: list[Problem]) -> None:
    """The problems as `minplan check` prints them; shown as code, so nothing in them is rendered."""
    st.error(t("quiz.upload_bad").format(count=len(problems)), icon=":material/error:")
    st.code("\n".join(str(problem) for problem in problems), language=None, wrap_lines=True)
