"""Glue between Streamlit and the package: cached content, progress in the URL, texts by language."""
from __future__ import annotations

import threading
from collections.abc import Callable

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from minplan.content.bidi import in_direction
from minplan.content.loader import Content
from minplan.content.models import Language
from minplan.content.text import BASE_LANGUAGE, pick
from minplan.lesson.progress import Progress
from minplan.served import forget, localized, progress_from, served


def content() -> Content:
    """All content as this participant reads it: with the chosen municipality's details (minplan/local/).

    Kept for the run in this thread (like the progress below): a page asks for it hundreds of times.
    Called in a script run only; a download made later gets the content handed in (views/exchange/downloads.py).
    """
    found = getattr(_recent, "content", None)
    if found is None:
        found = _recent.content = localized(progress().kommune)
    return found


def _forget_content() -> None:
    forget()
    _recent.content = _recent.language = None


content.cache_clear = _forget_content
"""Tests that point MINPLAN_CONTENT at another tree clear both caches with content.cache_clear()."""


def support_language() -> Language | None:
    """The participant's support language (støttespråk), or None for Norwegian only."""
    code = progress().support
    if not code:
        return None
    known = getattr(_recent, "language", None)  # asked for some 250 times a run: keep the last one found
    if known is None or known.code != code:
        known = _recent.language = content().language(code)
    return known


def language() -> str:
    """The interface's language: the support language when one is chosen, else Norwegian."""
    chosen = support_language()
    return chosen.code if chosen else BASE_LANGUAGE


def ui_in(code: str) -> Callable[[str], str]:
    """Interface texts in one given language (falling back to Norwegian), e.g. for a download."""

    def say(key: str) -> str:
        text = served().ui.get(key)  # interface words hold no placeholders: the same for every municipality
        return pick(text, code) if text else key

    return say


def norwegian(key: str) -> str:
    """An interface text in Norwegian whatever support language is chosen: for the teacher's controls and
    messages (the sidebar's switches, the projector's bar, the class board's steps), which the teacher works in
    Norwegian, and for a word said once beside names or choices that are not translated."""
    return ui_in(BASE_LANGUAGE)(key)


def t(key: str) -> str:
    """An interface text by key, in the interface's language (its Latin pieces and placeholders
    isolated when it runs right to left); the key itself if it is missing."""
    chosen = support_language()
    return in_direction(ui_in(language())(key), chosen.direction if chosen else "ltr")


def in_page_direction(name: str):
    """A container laid out in the interface's direction: right to left in Arabic and Dari, so buttons
    and their icons start at the right (assets/css/70-learnphone.css); `name` keeps its key unique."""
    chosen = support_language()
    return st.container(key=f"learnphone-{chosen.direction if chosen else 'ltr'}-{name}")


def tx(text: dict[str, str]) -> str:
    """A content text in Norwegian, the lesson language (views.bilingual adds the support language)."""
    return text[BASE_LANGUAGE]


_recent = threading.local()
"""The progress this thread last read or saved, with its session's id: a page asks for the progress a
hundred times a run, and each st.session_state lookup costs more than the rest of the question."""


def _session_id() -> str | None:
    context = get_script_run_ctx()
    return context.session_id if context else None


def progress() -> Progress:
    """This participant's progress: from the session, or from the URL after a reload."""
    session = _session_id()
    if session is not None and getattr(_recent, "session", None) == session:
        return _recent.progress
    found = st.session_state.get("progress")
    if found is None:
        found = st.session_state.progress = progress_from(st.query_params.to_dict())
    _recent.session, _recent.progress = session, found
    return found


def forget_recent() -> None:
    """Read the progress from the session again (at the start of every run: a widget may have changed it)."""
    _recent.session = None
    _recent.content = _recent.language = None


def save(updated: Progress) -> None:
    """Keep progress in the session and mirror it into the URL, so a reload keeps it."""
    st.session_state.progress = updated
    _recent.session, _recent.progress, _recent.content = _session_id(), updated, None
    remember_in_url()


def remember_in_url() -> None:
    """Write the progress into the current page's URL (navigation clears it)."""
    order = [lesson.id for lesson in content().lessons]
    sync_url(progress().to_query(order), Progress.URL_KEYS)


def sync_url(wanted: dict[str, str], owned: tuple[str, ...]) -> None:
    """Make the URL's `owned` parameters equal `wanted`, touching only those that changed."""
    current = st.query_params.to_dict()
    for key in owned:
        if key in current and key not in wanted:
            del st.query_params[key]
    for key, value in wanted.items():
        if current.get(key) != value:
            st.query_params[key] = value


def url_state() -> dict[str, str]:
    """Query parameters to carry along on links between pages."""
    return progress().to_query([lesson.id for lesson in content().lessons])
