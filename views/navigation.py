"""The app's pages, built from the content: a start page, one page per lesson, the glossary and the sources."""
from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from minplan.content.models import Lesson
from views import home
from views.classroom import teacher as class_teacher
from views.content import glossary as glossary_page
from views.content import sources as sources_page
from views.goal import page as goal_page
from views.lesson import page as lesson_page
from views.quiz import page as quiz_page
from views.session import content, t, tx

from views.links import GLOSSARY, HOME, SOURCES


def build_pages() -> dict[str, st.Page]:
    """Every page by key (lesson pages keyed by lesson id), in menu order."""
    pages = {HOME: st.Page(home.show, title=t("nav.home"), icon=":material/home:", default=True)}
    for lesson in content().lessons:
        pages[lesson.id] = st.Page(_lesson_runner(lesson), title=f"{lesson.order}. {tx(lesson.title)}", url_path=lesson.id)
    pages.update(quiz_page.pages(taken=set(pages) | {GLOSSARY, SOURCES}))
    pages[goal_page.URL_PATH] = goal_page.page()
    pages.update(class_teacher.pages())
    pages[GLOSSARY] = st.Page(glossary_page.show, title=t("nav.glossary"), icon=":material/menu_book:", url_path=GLOSSARY)
    pages[SOURCES] = sources_page.page()
    st.session_state.pages = pages
    return pages


def _lesson_runner(lesson: Lesson) -> Callable[[], None]:
    def run() -> None:
        lesson_page.show(lesson)

    run.__name__ = f"lesson_{lesson.id.replace('-', '_')}"
    return run
