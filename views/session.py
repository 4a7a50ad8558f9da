"""Glue between Streamlit and the package: cached content, progress in the URL, texts by language."""
from __future__ import annotations

import streamlit as st

from minplan.content import Content, load_content
from minplan.progress import Progress
from minplan.text import BASE_LANGUAGE, pick


@st.cache_resource(show_spinner=False)
def content() -> Content:
    """All content, read once per server process and shared by every session (it is read-only)."""
    return load_content()


def language() -> str:
    """The language texts are shown in; the lessons' language is Norwegian bokmål."""
    return BASE_LANGUAGE


def t(key: str) -> str:
    """An interface text by key, in the current language; the key itself if it is missing."""
    text = content().ui.get(key)
    return pick(text, language()) if text else key


def tx(text: dict[str, str]) -> str:
    """A content text in the current language, falling back to Norwegian."""
    return pick(text, language())


def progress() -> Progress:
    """This participant's progress: from the session, or from the URL after a reload."""
    if "progress" not in st.session_state:
        lesson_ids = [lesson.id for lesson in content().lessons]
        st.session_state.progress = Progress.from_query(st.query_params.to_dict(), lesson_ids)
    return st.session_state.progress


def save(updated: Progress) -> None:
    """Keep progress in the session and mirror it into the URL, so a reload keeps it."""
    st.session_state.progress = updated
    remember_in_url()


def remember_in_url() -> None:
    """Write the progress into the current page's URL (navigation clears it)."""
    order = [lesson.id for lesson in content().lessons]
    wanted = progress().to_query(order)
    current = st.query_params.to_dict()
    for key in ("done", "teacher"):
        if key in current and key not in wanted:
            del st.query_params[key]
    for key, value in wanted.items():
        if current.get(key) != value:
            st.query_params[key] = value


def url_state() -> dict[str, str]:
    """Query parameters to carry along on links between pages."""
    return progress().to_query([lesson.id for lesson in content().lessons])
