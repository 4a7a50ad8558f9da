"""The board tab remembers its running class, so a reload offers that class first, never a second one by mistake.

The tab keeps the class's code (never the secret or the PIN) in the browser's sessionStorage, which
lives as long as the tab. A reloaded start form finds it there and reloads once with `?fortsett=CODE`,
so the page can put «Fortsett klassen CODE: skriv PIN» at the top. A class that is gone is forgotten.
"""
from __future__ import annotations

import json

import streamlit as st

SLOT = "minplan-class"
"""The sessionStorage key of the tab's running class code."""
PARAM = "fortsett"
"""The query parameter that brings the remembered code from the browser to the page."""

_ASK = """<script>(() => {
  const code = sessionStorage.getItem(%s), url = new URL(window.location.href);
  if (code && !url.searchParams.has(%s)) { url.searchParams.set(%s, code); window.location.replace(url); }
})()</script>"""


def _script(key: str, body: str) -> None:
    with st.container(key=key):
        st.html(body, unsafe_allow_javascript=True)


def remember(code: str) -> None:
    """Keep this tab's running class code in sessionStorage (the board calls this on every run)."""
    _script("class-tab-remember", f"<script>sessionStorage.setItem({json.dumps(SLOT)}, {json.dumps(code)})</script>")


def forget() -> None:
    """This tab has no running class any more."""
    _script("class-tab-forget", f"<script>sessionStorage.removeItem({json.dumps(SLOT)})</script>")


def remembered() -> str | None:
    """The code this tab remembered, once the browser has put it in the address; else ask the browser for it."""
    code = str(st.query_params.get(PARAM, "")).strip().upper()
    if code:
        return code
    _script("class-tab-ask", _ASK % (json.dumps(SLOT), json.dumps(PARAM), json.dumps(PARAM)))
    return None


def done() -> None:
    """Take the remembered code out of the address (the class is back, or it is gone)."""
    if PARAM in st.query_params:
        del st.query_params[PARAM]
