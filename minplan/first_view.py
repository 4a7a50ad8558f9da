"""Which text a page's address gets before Streamlit's scripts arrive: a lesson's first lines (issue 24).

The serving middleware (minplan/serving/stylesheet.py) asks `first_view(path, query)` for every page it
sends. An address that names a lesson gets minplan/lesson/preview.py's lines, in the support language
and with the municipality's details the address asks for (read as the app reads them: unknown values
are ignored); every other address, and the projector view, gets nothing. The content is the pages' own
(minplan/served.py), and each lesson, language and municipality is built once, so an address made up by a
visitor costs a dictionary lookup, never a new entry.
"""
from __future__ import annotations

from functools import cache
from urllib.parse import parse_qsl

from minplan.content.dates import today
from minplan.content.text import BASE_LANGUAGE
from minplan.lesson.preview import lesson_preview
from minplan.served import localized, progress_from, served

MAX_QUERY = 2000
"""Longer query strings are not read (an address a phone sends is far shorter)."""


def first_view(path: str, query: str) -> str:
    """The preview HTML for the page at `path` with the query string `query`; empty when the page has none."""
    lesson = served().lesson(path.strip("/"))
    if lesson is None or len(query) > MAX_QUERY:
        return ""
    progress = progress_from(dict(parse_qsl(query)))
    if progress.projector:
        return ""
    return _preview(lesson.id, progress.support or BASE_LANGUAGE, progress.kommune, today())


@cache
def _preview(lesson_id: str, code: str, kommune: str | None, _day) -> str:
    """Bounded by lessons × languages × municipalities (the arguments are checked against the content), made
    again each day: a text whose rule runs out tomorrow gets its notice tomorrow, as on the app's page."""
    local = localized(kommune)
    return lesson_preview(local.lesson(lesson_id), local, code)
