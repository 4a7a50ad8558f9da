"""Glue between the live class pages and the store: one store per process, the class's state cached for a second.

Every phone in a class asks "where is the class now?" every few seconds. The
answer is cached across sessions for about a second, so a class of 60 phones
costs the database about one small query a second, not 60. When the database
cannot be reached, the parts of a page that need it say so calmly (Norwegian and
the support language) and try again by themselves; nothing else on the page breaks.
"""
from __future__ import annotations

import datetime
import functools
import secrets

import streamlit as st

from minplan.classroom.health import StoreUnavailable
from minplan.classroom.limits import client_address, trusted_proxies
from minplan.classroom.questions import questions_for
from minplan.classroom.store import ClassState, ClassStore
from minplan.content.dates import today
from minplan.content.loader import Content
from minplan.quiz.questions import Question
from views.quiz.question import both
from views.session import content
from minplan.quiz.kinds import quizzes

PHONE_TICK = 3.0
"""Seconds between a phone's checks: slower than the board, since every phone costs server time."""
BOARD_TICK = 0.25
"""Seconds between the teacher's board checks of the count of answers: a quarter second, so an answer shows on
the board within about half a second (BENCHMARKS.md); one small query per tick and class, only one board per class."""
STATE_TTL = 1.0
RETRY_TICK = 3.0
"""Seconds between tries to reach the database again after it was lost."""
OUTAGE = "class-outage"


@st.cache_resource(show_spinner=False)
def store() -> ClassStore:
    """The class store for this process (SQLite file, or PostgreSQL when DATABASE_URL is set)."""
    return ClassStore.from_environment()


@st.cache_resource(ttl=STATE_TTL, show_spinner=False, max_entries=2000)
def state(code: str) -> ClassState | None:
    """Where the class is, shared by every session of this process for up to a second.

    A resource cache hands out the same frozen ClassState; a data cache would unpickle a copy on every tick."""
    return store().state(code)


def fresh_state(code: str) -> ClassState | None:
    """Where the class is right now (after the teacher's own step, which must show at once)."""
    state.clear()
    return store().state(code)


def questions(live: ClassState) -> list[Question] | None:
    """The class's questions from the content, or None if the content no longer has them all."""
    found = _by_id(_Same(content()), live.source, today())
    asked = [found.get(question_id) for question_id in live.question_ids]
    return None if None in asked else asked


@functools.lru_cache(maxsize=64)
def _by_id(served: _Same, source: str, day: datetime.date) -> dict[str, Question]:
    """A source's questions by id, made once per content, source and day: every phone asks on every tick,
    and making the lessons' check questions took a fifth of a tick (bench/class_load.py under py-spy)."""
    return {question.id: question for question in questions_for(source, quizzes(served.content), served.content.lessons)}


class _Same:
    """The content as a cache key by identity: each municipality's copy is made once per process (minplan/served.py)."""

    __slots__ = ("content",)

    def __init__(self, content: Content) -> None:
        self.content = content

    def __hash__(self) -> int:
        return id(self.content)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.content is self.content


def browser() -> str:
    """This browser session, for the slow-down after wrong codes (its address is st.context.ip_address)."""
    return st.session_state.setdefault("class-browser", secrets.token_hex(8))


def address() -> str | None:
    """This browser's network address for the slow-down, a forwarded one only from a trusted proxy (kept in memory)."""
    return client_address(st.context.ip_address, st.context.headers.get_all("X-Forwarded-For"), trusted_proxies())


def calm(part=None, *, ticking: bool = False):
    """Draw a part of a class page; if the database cannot be reached, say so and try again instead of crashing.

    A part inside a fragment that reruns by itself (`ticking`) tries again on its next tick;
    any other part adds a small fragment that reloads the page once the database answers.
    """
    if part is None:
        return functools.partial(calm, ticking=ticking)

    @functools.wraps(part)
    def draw(*args, **kwargs):
        try:
            return part(*args, **kwargs)
        except StoreUnavailable:
            lost_contact(retry=not ticking)
            return None

    return draw


def quietly(callback):
    """A button's callback that notes a lost database for the page to show, instead of raising inside Streamlit."""

    @functools.wraps(callback)
    def call(*args, **kwargs):
        try:
            return callback(*args, **kwargs)
        except StoreUnavailable:
            st.session_state[OUTAGE] = True
            return None

    return call


def noted_outage() -> bool:
    """True (and the message shown) when a callback of this run lost the database."""
    if st.session_state.pop(OUTAGE, False):
        lost_contact()
        return True
    return False


def lost_contact(retry: bool = True) -> None:
    """The calm message, in Norwegian and the support language, and a quiet retry that reloads the page once it works."""
    st.warning(both(content().ui["classroom.lost_contact"]), icon=":material/cloud_off:")
    if retry:
        _retry()


@st.fragment(run_every=RETRY_TICK)
def _retry() -> None:
    try:
        store().state("-")
    except StoreUnavailable:
        return
    st.rerun(scope="app")
