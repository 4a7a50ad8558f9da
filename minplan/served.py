"""The content a running server shows: read once per process, shared by the app's pages and the first view.

The pages (views/session.py) and the lesson text sent before Streamlit's scripts (minplan/first_view.py)
show the same files, so they share one read of them, one localized copy per municipality, and one
way to read a participant's place from an address. All of it is read-only once made.
"""
from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from threading import RLock

from minplan.catalogue import load_content
from minplan.content.loader import Content
from minplan.lesson.progress import Progress
from minplan.local.kinds import kommuner, localize


_reading = RLock()
"""Held while the content is read or localized, so requests that come at once wait for one read.

A fresh process behind nginx gets a crowd of phones at once; each reading the files for itself (0.8 s of
the interpreter each) left 20 of 180 phones without a page for 30 s (CI, bench/class_load.py, 2026-12-07)."""


def served() -> Content:
    """All content as its files hold it, read once per server process.

    A plain functools cache, not st.cache_resource: a page asks for the content a few hundred
    times per run, and Streamlit's cache hashes and locks on every call (bench/rerun_ratio.py).
    """
    with _reading:
        return _read()


@cache
def _read() -> Content:
    return load_content()


def localized(kommune: str | None) -> Content:
    """The content with its placeholders filled for one municipality (None: the general forms), made once."""
    with _reading:
        return _localize(kommune)


@cache
def _localize(kommune: str | None) -> Content:
    return localize(served(), kommune)


def progress_from(query: Mapping[str, str]) -> Progress:
    """A participant's place as an address gives it; lessons, languages and municipalities it does not know are ignored."""
    everything = served()
    return Progress.from_query(query, [lesson.id for lesson in everything.lessons],
                               [language.code for language in everything.languages[1:]], kommuner(everything))


def forget() -> None:
    """Read the files again on next use (tests that point MINPLAN_CONTENT at another tree)."""
    with _reading:
        _read.cache_clear()
        _localize.cache_clear()
