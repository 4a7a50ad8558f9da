"""Pieces a lesson page may hold (goal ladder, fact table, video, key words, recap)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from minplan.ladder import Rung, ladder_svg
from minplan.models import GoalLadder, Table, Video
from views.links import GLOSSARY, link
from views.session import content, progress, t, tx


def ladder(data: GoalLadder) -> None:
    """The goal ladder as a picture, with the same steps as a list for screen readers and copying."""
    steps = [Rung(tx(step.label), step.when or "") for step in data.steps]
    st.subheader(tx(data.caption))
    st.image(ladder_svg(tx(data.start), steps, tx(data.end), title=tx(data.caption)), width="stretch")
    lines = [f"1. {tx(data.start)}"]
    lines += [f"{n}. {step.label}" + (f" ({step.when})" if step.when else "") for n, step in enumerate(steps, start=2)]
    lines.append(f"{len(steps) + 2}. {tx(data.end)}")
    with st.expander(t("lesson.ladder_as_text")):
        st.markdown("\n".join(lines))


def table(data: Table) -> None:
    """A fact table; st.table wraps text, so it fits a phone without sideways scrolling."""
    st.subheader(tx(data.caption))
    frame = pd.DataFrame([[tx(cell) for cell in row] for row in data.rows], columns=[tx(column) for column in data.columns])
    st.table(frame.set_index(frame.columns[0]))
    if data.note:
        st.info(tx(data.note), icon=":material/info:")


def video(data: Video) -> None:
    """The video, and always the text that says what it shows, for networks where it cannot load."""
    st.subheader(tx(data.title))
    st.video(str(data.url))
    st.caption(t("lesson.video_fallback_intro"))
    st.markdown(tx(data.fallback))
    st.markdown(f"[{t('lesson.video_open')}]({data.url})")


def key_words(term_ids: list[str]) -> None:
    """The lesson's key words, each opening to its plain explanation and an example."""
    st.subheader(t("lesson.words"))
    glossary = content().glossary
    for term_id in term_ids:
        term = glossary.get(term_id)
        if term is None:
            continue
        with st.expander(tx(term.word)):
            st.markdown(tx(term.explanation))
            st.markdown(f"*{tx(term.example)}*")
    link(GLOSSARY, label=t("lesson.all_words"), icon=":material/menu_book:")


def recap() -> None:
    """Every other lesson's goal with a link back, for the summary lesson."""
    mine = progress()
    for lesson in content().lessons:
        if lesson.recap:
            continue
        mark = "✓ " if lesson.id in mine.done else ""
        st.markdown(f"**{mark}{lesson.order}. {tx(lesson.title)}**  \n{tx(lesson.goal)}")
        link(lesson.id, label=t("lesson.review"), icon=":material/replay:")
