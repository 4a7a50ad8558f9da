"""The start page: what the module is, the six learning goals, and the lessons with progress."""
from __future__ import annotations

import streamlit as st

from views.bilingual import label, label_of, label_with, language_picker, say, say_list
from views.classroom import participant as class_participant
from views.goal import page as goal_page
from views.links import GLOSSARY, link
from views.local.card import kommune_picker, show_card
from views.remember import forget_button
from views.session import content, progress, save, t, tx
from minplan.quiz.kinds import quizzes


def show() -> None:
    loaded = content()
    module = loaded.module
    st.title(tx(module.title) if module else t("app.title"))
    language_picker("home-language")
    kommune_picker()
    if module:
        for paragraph in module.intro:
            say(paragraph)
    _lessons()
    if module:
        st.header(t("home.goals"))
        say_list([goal.text for goal in module.goals])
    _practice()
    show_card()
    forget_button()
    if loaded.problems:
        _problems()


def _practice() -> None:
    """Everything a participant does besides the lessons: quizzes, the goal exercise, the word list, the class."""
    st.header(t("nav.section_practice"))
    for quiz in quizzes(content()):
        if quiz.menu:
            link(quiz.id, label=label(quiz.title), icon=":material/quiz:")
    link(goal_page.URL_PATH, label=label_of("goal.nav_title"), icon=":material/flag:")
    link(GLOSSARY, label=label_of("home.glossary_link"), icon=":material/menu_book:")
    link(class_participant.URL_PATH, label=label_of("classroom.nav_participant"), icon=":material/groups:")


def _lessons() -> None:
    lessons = content().lessons
    mine = progress()
    done = mine.count_done(lessons)
    st.header(t("home.lessons"))
    st.progress(done / len(lessons) if lessons else 0.0, text=t("home.progress").format(done=done, total=len(lessons)))
    upcoming = mine.next_lesson(lessons)
    if upcoming is not None:
        link(upcoming.id, label=label_with("home.start" if done == 0 else "home.continue", upcoming.title),
             icon=":material/play_arrow:")
    for lesson in lessons:
        finished = lesson.id in mine.done
        icon = ":material/check_circle:" if finished else ":material/radio_button_unchecked:"
        status = t("home.done") if finished else t("home.not_done")
        link(lesson.id, label=f"{content().number(lesson)}. {label(lesson.title)} ({status})", icon=icon)
    if done:
        st.button(t("home.reset"), on_click=lambda: save(mine.reset()))


def _problems() -> None:
    problems = content().problems
    st.warning(t("home.problems").format(count=len(problems)))
    with st.expander(t("home.problems_details")):
        st.text("\n".join(str(problem) for problem in problems))
