"""Glue between the live class pages and the store: one store per process, the class's state cached for a second.

Every phone in a class asks "where is the class now?" every few seconds. The
answer is cached across sessions for about a second, so a class of 60 phones
costs the database about one small query a second, not 60.
"""
from __future__ import annotations

import secrets

import streamlit as st

from minplan.classroom.questions import questions_for
from minplan.classroom.store import ClassState, ClassStore
from minplan.quiz.questions import Question
from views.session import content

PHONE_TICK = 3.0
"""Seconds between a phone's checks: slower than the board, since every phone costs server time."""
BOARD_TICK = 1.0
"""Seconds between the teacher's board checks of the count of answers."""
STATE_TTL = 1.0


@st.cache_resource(show_spinner=False)
def store() -> ClassStore:
    """The class store for this process (SQLite file, or PostgreSQL when DATABASE_URL is set)."""
    return ClassStore.from_environment()


@st.cache_data(ttl=STATE_TTL, show_spinner=False, max_entries=2000)
def state(code: str) -> ClassState | None:
    """Where the class is, shared by every session of this process for up to a second."""
    return store().state(code)


def fresh_state(code: str) -> ClassState | None:
    """Where the class is right now (after the teacher's own step, which must show at once)."""
    state.clear()
    return store().state(code)


def questions(live: ClassState) -> list[Question] | None:
    """The class's questions from the content, or None if the content no longer has them all."""
    found = {question.id: question for question in questions_for(live.source, content().quizzes, content().lessons)}
    asked = [found.get(question_id) for question_id in live.question_ids]
    return None if None in asked else asked


def browser() -> str:
    """This browser session, for the slow-down after wrong codes (its address is st.context.ip_address)."""
    return st.session_state.setdefault("class-browser", secrets.token_hex(8))
