"""A lesson on the classroom screen: large type, one idea at a time, moved by buttons, keys or a clicker."""
from __future__ import annotations

import streamlit as st

from minplan.address import address_number
from minplan.content.models import Lesson
from minplan.lesson.slides import Slide, build_slides, locate
from views.lesson import blocks
from views.bilingual import also, label, say, say_list
from views.lesson.keyboard import install_keys
from views.session import content, sync_url, t, tx


def show(lesson: Lesson) -> None:
    slides = build_slides(lesson)
    key = f"projector-step:{lesson.id}"
    if key not in st.session_state:
        st.session_state[key] = _step_from_url()
    position = locate(slides, st.session_state[key])
    st.session_state[key] = position.step
    sync_url({"step": str(position.step)} if position.step else {}, ("step",))
    lessons = content().lessons
    st.caption(f"{lessons.index(lesson) + 1}. {tx(lesson.title)} · {position.step + 1} / {position.total}")
    with st.container(key="projector-slide"):
        _slide(lesson, slides[position.slide], position.shown)
    _controls(key, position.step, position.total)
    install_keys()


def _step_from_url() -> int:
    return address_number(st.query_params.get("step"), 10**9) or 0  # locate() clamps a big step to the last


def _slide(lesson: Lesson, slide: Slide, shown: int) -> None:
    reviewed = lesson.reviewed
    if slide.kind == "title":
        st.title(tx(lesson.title))
        also(lesson.title, reviewed, "**{}**")
        say(lesson.goal, reviewed, f"**{t('lesson.goal')}** {{}}")
    elif slide.kind == "points":
        st.header(t("lesson.key_points"))
        say_list(slide.items[:shown], reviewed)
    elif slide.kind in ("text", "example"):
        if slide.kind == "example":
            st.header(t("lesson.example"))
        say(slide.items[0], reviewed)
    elif slide.kind == "ladder":
        blocks.ladder(lesson.ladder, reviewed)
    elif slide.kind == "table":
        blocks.table(lesson.table, reviewed)
    elif slide.kind == "video":
        blocks.video(lesson.video, reviewed)
    elif slide.kind == "words":
        _words(lesson)
    elif slide.kind == "question":
        _question(lesson)


def _words(lesson: Lesson) -> None:
    """Each key word as a button; a click puts its explanation on the screen for the class."""
    st.header(t("lesson.words"))
    glossary = content().glossary
    columns = st.columns(3)
    for index, term_id in enumerate(term for term in lesson.terms if term in glossary):
        term = glossary[term_id]
        with columns[index % 3].popover(label(term.word), width="stretch"):
            st.subheader(tx(term.word))
            say(term.explanation, content().glossary_reviewed)
            say(term.example, content().glossary_reviewed, "*{}*")


def _question(lesson: Lesson) -> None:
    """The lesson's check question for the class to answer aloud, with the answer revealed on request."""
    question = lesson.check
    st.header(tx(question.prompt))
    also(question.prompt, lesson.reviewed)
    letters = "ABCDEF"
    for letter, option in zip(letters, question.options):
        st.markdown(f"**{letter}.** {label(option.text)}")
    if st.toggle(t("projector.show_answer"), key=f"projector-answer:{lesson.id}"):
        right = next(letter for letter, option in zip(letters, question.options) if option.id == question.answer)
        st.success(f"**{right}.** {tx(question.explanation)}")
        also(question.explanation, lesson.reviewed)


def _controls(key: str, step: int, total: int) -> None:
    back, middle, forward = st.columns([1, 2, 1], vertical_alignment="center")
    with back:
        st.button(t("projector.back"), key="projector-back", icon=":material/arrow_back:", disabled=step == 0,
                  on_click=lambda: st.session_state.update({key: step - 1}), width="stretch")
    with middle:
        st.caption(t("projector.keys"))
    with forward:
        st.button(t("projector.next"), key="projector-next", icon=":material/arrow_forward:", disabled=step >= total - 1,
                  type="primary", on_click=lambda: st.session_state.update({key: step + 1}), width="stretch")
