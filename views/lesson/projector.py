"""A lesson on the classroom screen: large type, built up one step at a time, moved by buttons, keys or a clicker.

Every slide has a heading; the step counter, the key hint and the Tilbake/Neste buttons sit in a bar
fixed at the bottom of the screen (assets/css/40-projector.css), where a teacher's hand finds them.
The question is two steps: on the first, Neste is «Vis svaret», so a clicker shows the answer before it moves
on; on the last step Neste becomes «Neste leksjon: …», so the clicker goes on to the next lesson.
The bar is the teacher's, so it stays in Norwegian whatever the class reads.
"""
from __future__ import annotations

import streamlit as st

from minplan.content.address import address_number
from minplan.content.markdown import escape_markdown
from minplan.content.models import Lesson
from minplan.lesson.slides import Slide, build_slides, locate, table_part, word_columns
from views.lesson import blocks
from views.bilingual import also, both, label, say, say_list
from views.lesson.keyboard import install_keys
from views.links import link
from views.session import content, norwegian, support_language, sync_url, tx


def show(lesson: Lesson) -> None:
    language = support_language()
    slides = build_slides(lesson, language.code if language else None)
    key = f"projector-step:{lesson.id}"
    if key not in st.session_state:
        st.session_state[key] = _step_from_url()
    position = locate(slides, st.session_state[key])
    st.session_state[key] = position.step
    sync_url({"step": str(position.step)} if position.step else {}, ("step",))
    slide = slides[position.slide]
    with st.container(key="projector-slide"):
        if slide.kind not in ("title", "text"):
            st.caption(f"{content().number(lesson)}\\. {escape_markdown(tx(lesson.title))}")
        _slide(lesson, slide, position.shown)
    _controls(lesson, key, position.step, position.total, asking=slide.kind == "question" and position.shown == 1)
    install_keys()


def _step_from_url() -> int:
    return address_number(st.query_params.get("step"), 10**9) or 0  # locate() clamps a big step to the last


def _slide(lesson: Lesson, slide: Slide, shown: int) -> None:
    if slide.kind == "title":
        st.title(tx(lesson.title))
        also(lesson.title, "**{}**")
        say(lesson.goal, lead="lesson.goal")
    elif slide.kind == "points":
        st.header(both("lesson.key_points"))
        say_list(slide.items[:shown])
    elif slide.kind in ("text", "example"):
        st.header(both("lesson.example") if slide.kind == "example" else tx(lesson.title))
        with st.container(key="projector-text"):
            for part in slide.items[:shown]:
                say(part)
    elif slide.kind == "ladder":
        blocks.ladder(lesson.ladder, lying=True)
    elif slide.kind == "table":
        blocks.table(table_part(lesson.table, slide.span), norwegian=not slide.translated, support=slide.translated)
    elif slide.kind == "video":
        blocks.video(lesson.video, folded=True)
    elif slide.kind == "words":
        _words(lesson, slide.span)
    elif slide.kind == "question":
        _question(lesson, answered=shown > 1)


def _words(lesson: Lesson, span: tuple[int, int]) -> None:
    """Each of the slide's key words as a button; a click puts its explanation on the screen for the class."""
    st.header(both("lesson.words"))
    glossary = content().glossary
    across = word_columns(paired=support_language() is not None)
    columns = st.columns(across)
    for index, term_id in enumerate(term for term in lesson.terms[slice(*span)] if term in glossary):
        term = glossary[term_id]
        with columns[index % across].popover(label(term.word), width="stretch"):
            st.subheader(tx(term.word))
            say(term.explanation)
            say(term.example, "*{}*")


def _question(lesson: Lesson, answered: bool) -> None:
    """The lesson's check question for the class to answer aloud; on the next step, the right choice and why."""
    question = lesson.check
    with st.container(key="projector-question"):
        st.header(tx(question.prompt))
    also(question.prompt)
    lettered = dict(zip((option.id for option in question.options), "ABCDEF"))
    if not answered:
        for option in question.options:
            st.markdown(f"**{lettered[option.id]}.** {label(option.text)}")
        return
    right = next(option for option in question.options if option.id == question.answer)
    st.success(f"**{lettered[right.id]}.** {label(right.text)}", icon=":material/check:")
    say(question.explanation)


def _controls(lesson: Lesson, key: str, step: int, total: int, asking: bool) -> None:
    """Tilbake, where the deck is ("3 / 27") with the keys that move it, and Neste («Vis svaret» while the
    question is asked, on the last step the next lesson): a bar at the bottom of the screen."""
    with st.container(key="projector-controls"):
        back, middle, forward = st.columns([1, 2, 1], vertical_alignment="center")
        with back:
            st.button(norwegian("projector.back"), key="projector-back", icon=":material/arrow_back:", disabled=step == 0,
                      on_click=lambda: st.session_state.update({key: step - 1}), width="stretch")
        with middle, st.container(key="projector-where"):
            st.markdown(norwegian("projector.step").format(number=step + 1, total=total))
            st.caption(norwegian("projector.keys"))
        with forward:
            _forward(lesson, key, step, total, asking)


def _forward(lesson: Lesson, key: str, step: int, total: int, asking: bool) -> None:
    """Neste («Vis svaret» while the question is asked); on the last step a link to the next lesson (its slides
    start at the title), or nothing after the last lesson."""
    if step < total - 1:
        st.button(norwegian("projector.show_answer" if asking else "projector.next"), key="projector-next",
                  icon=":material/visibility:" if asking else ":material/arrow_forward:", type="primary",
                  on_click=lambda: st.session_state.update({key: step + 1}), width="stretch")
        return
    lessons = content().lessons
    index = lessons.index(lesson)
    if index + 1 < len(lessons):
        upcoming = lessons[index + 1]
        with st.container(key="projector-next-lesson"):
            link(upcoming.id, label=norwegian("projector.next_lesson").format(title=tx(upcoming.title)),
                 icon=":material/arrow_forward:")
