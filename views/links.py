"""Links between pages that keep the participant's progress in the URL."""
from __future__ import annotations

import streamlit as st

from views.session import url_state

HOME = "start"
GLOSSARY = "ordliste"
SOURCES = "kilder"


def link(key: str, label: str | None = None, icon: str | None = None, params: dict[str, str] | None = None) -> None:
    """A link to the page `key` (a lesson id, HOME, GLOSSARY or SOURCES), with optional extra URL parameters; nothing if there is no such page."""
    pages = st.session_state.get("pages", {})
    if key in pages:
        st.page_link(pages[key], label=label, icon=icon, query_params={**url_state(), **(params or {})}, width="stretch")
