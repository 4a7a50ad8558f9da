"""Which text a page's address gets before Streamlit's scripts arrive: a lesson's first lines (issue 24).

The serving middleware (minplan/serving/stylesheet.py) asks `first_view(path, query)` for every page it
sends. An address that names a lesson gets minplan/lesson/preview.py's lines, in the support language
and with the municipality's details the address asks for (read as the app reads them: unknown values
are ignored); every other address, and the projector view, gets nothing. The content is read once per
server process, and each lesson, language and municipality is built once, so an address made up by a
visitor costs a dictionary lookup, never a new entry.
"""
from __future__ import annotations

from functools import cache
from urllib.parse import parse_qsl

from minplan.catalogue import load_content
from minplan.content.dates import today
from minplan.content.loader import Content
from minplan.content.text import BASE_LANGUAGE
from minplan.lesson.preview import lesson_preview
from minplan.lesson.progress import Progress
from minplan.local.kinds import kommuner, localize

MAX_QUERY = 2000
"""Longer query strings are not read (an address a phone sends is far shorter)."""


@cache
def _content() -> Content:
    return load_content()


def first_view(path: str, query: str) -> str:
    """The preview HTML for the page at `path` with the query string `query`; empty when the page has none."""
    everything = _content()
    lesson = everything.lesson(path.strip("/"))
    if lesson is None or len(query) > MAX_QUERY:
        return ""
    progress = Progress.from_query(dict(parse_qsl(query)), [item.id for item in everything.lessons],
                                   [language.code for language in everything.languages[1:]], kommuner(everything))
    if progress.projector:
        return ""
    return _preview(lesson.id, progress.support or BASE_LANGUAGE, progress.kommune, today())


@cache
def _preview(lesson_id: str, code: str, kommune: str | None, _day) -> str:
    """Bounded by lessons × languages × municipalities (the arguments are checked against the content), made
    again each day: a text whose rule runs out tomorrow gets its notice tomorrow, as on the app's page."""
    localized = localize(_content(), kommune)
    return lesson_preview(localized.lesson(lesson_id), localized, code)
