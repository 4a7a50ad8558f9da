"""The app's pages, built from the content (lessons, quizzes, glossary, sources), and the menu in three sections so nothing hides behind
"View more": the lessons (with the start page), what a participant practises, and the teacher's pages.

The menu is drawn with page links rather than Streamlit's sectioned navigation, whose list markup
is invalid (axe-core: <ul> with <div> children), and so that every link carries the participant's
settings in its URL."""
from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from minplan.content.models import Lesson
from views import home
from views.audio import record as record_page
from views.bilingual import both
from views.classroom import participant as class_participant
from views.classroom import teacher as class_teacher
from views.content import glossary as glossary_page
from views.content import sources as sources_page
from views.goal import page as goal_page
from views.lesson import page as lesson_page
from views.quiz import page as quiz_page
from views.translation import page as translation_page
from views.session import content, tx

from views.links import GLOSSARY, HOME, SOURCES, link


def build_pages() -> dict[str, st.Page]:
    """Every page by key (lesson pages keyed by lesson id), in menu order."""
    pages = {HOME: st.Page(home.show, title=both("nav.home"), icon=":material/home:", default=True)}
    for lesson in content().lessons:
        pages[lesson.id] = st.Page(_lesson_runner(lesson), title=f"{content().number(lesson)}. {tx(lesson.title)}", url_path=lesson.id)
    pages.update(quiz_page.pages(taken=set(pages) | {GLOSSARY, SOURCES}))
    pages[goal_page.URL_PATH] = goal_page.page()
    pages.update(class_teacher.pages())
    pages[GLOSSARY] = st.Page(glossary_page.show, title=both("nav.glossary"), icon=":material/menu_book:", url_path=GLOSSARY)
    pages[SOURCES] = sources_page.page()
    pages[translation_page.URL_PATH] = translation_page.page()
    if record_page.staff_password():
        pages[record_page.URL_PATH] = record_page.page()
    st.session_state.pages = pages
    return pages


def sections(pages: dict[str, st.Page]) -> dict[str, list[str]]:
    """The menu by section name key: lessons first, then practice (quizzes, the goal exercise, the word list,
    joining a class), then the teacher's pages; page keys in menu order, hidden pages left out."""
    lessons = [HOME] + [lesson.id for lesson in content().lessons]
    teacher = [class_teacher.URL_PATH, quiz_page.OWN_QUIZ, translation_page.URL_PATH, record_page.URL_PATH]
    practice = [key for key in pages if key not in lessons and key not in teacher]
    practice.sort(key=lambda key: key == class_participant.URL_PATH)
    grouped = {"nav.section_lessons": lessons, "nav.section_practice": practice, "nav.section_teacher": teacher}
    return {name: [key for key in keys if key in pages and pages[key].visibility != "hidden"] for name, keys in grouped.items()}


def menu(pages: dict[str, st.Page]) -> None:
    """The sidebar menu: each section's name in Norwegian with the support language beside it, then its pages."""
    with st.container(key="menu"):
        for name, keys in sections(pages).items():
            st.markdown(f"**{both(name)}**")
            for key in keys:
                link(key, label=pages[key].title, icon=pages[key].icon)


def _lesson_runner(lesson: Lesson) -> Callable[[], None]:
    def run() -> None:
        lesson_page.show(lesson)

    run.__name__ = f"lesson_{lesson.id.replace('-', '_')}"
    return run
