"""The sources page (Kilder): every document the content rests on, when it was checked, and where it is used."""
from __future__ import annotations

import streamlit as st

from minplan.content.sources import Uses, uses_of
from minplan.goal.kinds import job_catalogue
from minplan.quiz.kinds import quizzes
from views.bilingual import both
from views.content.citation import source_line
from views.goal.page import URL_PATH as GOAL
from views.links import SOURCES, link
from views.session import content, t, tx


def page() -> st.Page:
    return st.Page(show, title=both("nav.sources"), icon=":material/library_books:", url_path=SOURCES)


def show() -> None:
    st.title(both("nav.sources"))
    st.markdown(t("sources.intro"))
    everything = content()
    used, unused = [], []
    for source in everything.sources.values():
        jobs = job_catalogue(everything)
        uses = uses_of(source.id, everything.lessons, quizzes(everything), jobs.jobs if jobs else [])
        (used if uses.lessons or uses.quizzes or uses.jobs else unused).append((source, uses))
    st.caption(t("sources.count").format(count=len(everything.sources)))
    for source, uses in used:
        with st.container(border=True, key=f"source-{source.id}"):
            st.markdown(source_line(source))
            _uses(uses)
    if unused:
        with st.expander(t("sources.unused")):
            st.markdown("\n".join(f"- {source_line(source)}" for source, _ in unused))


def _uses(uses: Uses) -> None:
    """Links to the lessons that cite a source, and the names of the quizzes and jobs that do."""
    everything = content()
    st.caption(t("sources.used_in"))
    for lesson_id in uses.lessons:
        lesson = everything.lesson(lesson_id)
        link(lesson_id, label=f"{everything.number(lesson)}. {tx(lesson.title)}", icon=":material/menu_book:")
    for quiz in quizzes(everything):
        if quiz.id in uses.quizzes:
            link(quiz.id, label=tx(quiz.title), icon=":material/quiz:")
    if uses.jobs:
        names = ", ".join(tx(job_catalogue(everything).job(job_id).title) for job_id in uses.jobs)
        link(GOAL, label=t("sources.jobs").format(jobs=names), icon=":material/flag:")
