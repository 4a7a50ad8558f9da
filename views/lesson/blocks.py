"""Pieces a lesson page may hold (goal ladder, fact table, video, key words, recap)."""
from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext

import pandas as pd
import pyarrow as pa
import streamlit as st

from minplan.content.hyphens import soft_hyphens
from minplan.goal.ladder import Rung, ladder_svg, timeline_svg
from minplan.content.models import GoalLadder, LadderStep, Table, Video
from views.audio.play import play
from views.bilingual import also, label, say, say_list, say_together, support_block, translated
from views.links import GLOSSARY, link
from views.session import content, progress, support_language, t, tx


def ladder(data: GoalLadder, lying: bool = False) -> None:
    """The goal ladder as a picture, with the same steps as a list for screen readers and copying;
    `lying` for a classroom screen, where a standing ladder would be taller than the screen."""
    steps = [Rung(tx(step.label), step.when or "") for step in data.steps]
    st.subheader(tx(data.caption))
    also(data.caption)
    draw = timeline_svg if lying else ladder_svg
    st.image(draw(tx(data.start), steps, tx(data.end), title=tx(data.caption)), width="stretch", alt=tx(data.caption))
    with st.expander(t("lesson.ladder_as_text")):
        say_list([data.start, *(_with_when(step) for step in data.steps), data.end])


def _with_when(step: LadderStep) -> dict[str, str]:
    return {code: f"{text} ({step.when})" for code, text in step.label.items()} if step.when else step.label


def table(data: Table, heading: bool = True, norwegian: bool = True, support: bool = True) -> None:
    """A fact table in Norwegian, then the same table in the support language (in its own direction).

    st.table wraps text, so each fits a phone without sideways scrolling; long Norwegian words
    carry soft hyphens, so a narrow cell breaks them at a syllable, with a hyphen.
    `heading` False when a fold around it already names it; the projector shows the two tables one at a time
    (`norwegian` or `support`), each with its note, and a part of it that is only the note shows no empty table.
    """
    if heading:
        st.subheader(tx(data.caption))
    if norwegian and data.rows:
        st.table(_arrow(data, "nb", lambda text: soft_hyphens(tx(text))), hide_index=False)
    if support and data.rows and all(translated(cell) for row in [data.columns, *data.rows] for cell in row):
        with support_block([data.caption, *data.columns, *(cell for row in data.rows for cell in row)]):
            st.markdown(f"**{translated(data.caption)}**")
            st.table(_arrow(data, support_language().code, translated), hide_index=False)
    if data.note and norwegian:
        st.info(tx(data.note), icon=":material/info:")
    if data.note and support:
        also(data.note)


_ARROW: dict[tuple[int, str], tuple[Table, pa.Table]] = {}
"""Tables ready for st.table, per table and language, for the process's life (the content never changes)."""


def _arrow(data: Table, code: str, text_of: Callable[[dict[str, str]], str]) -> pa.Table:
    """The table as Arrow, built once: pandas and Arrow cost more than the rest of the page on every run
    (with hide_index given, st.table does not turn it back into pandas to decide).

    The same bytes reach the browser as from the DataFrame (its index kept in Arrow's pandas metadata).
    """
    kept = _ARROW.get((id(data), code))
    if kept is None or kept[0] is not data:
        kept = _ARROW[(id(data), code)] = (data, pa.Table.from_pandas(_frame(data, text_of)))
    return kept[1]


def _frame(data: Table, text_of: Callable[[dict[str, str]], str]) -> pd.DataFrame:
    frame = pd.DataFrame([[text_of(cell) for cell in row] for row in data.rows], columns=[text_of(column) for column in data.columns])
    return frame.set_index(frame.columns[0])


def video(data: Video, heading: bool = True, folded: bool = False) -> None:
    """The video, and always the text that says what it shows, for networks where it cannot load;
    `folded` puts that text in a fold under the video, so on a classroom screen the video can fill it."""
    if heading:
        st.subheader(tx(data.title))
    st.video(str(data.url))
    with st.expander(t("lesson.video_fallback_intro")) if folded else nullcontext():
        if not folded:
            st.caption(t("lesson.video_fallback_intro"))
        say(data.fallback)
        st.markdown(f"[{t('lesson.video_open')}]({data.url})")


def key_words(term_ids: list[str]) -> None:
    """The lesson's key words, each opening to its plain explanation and an example."""
    st.subheader(t("lesson.words"))
    glossary = content().glossary
    for term_id in term_ids:
        term = glossary.get(term_id)
        if term is None:
            continue
        with st.expander(label(term.word)):
            play(term.word)
            say_together([(term.explanation, "{}"), (term.example, "*{}*")])
    link(GLOSSARY, label=t("lesson.all_words"), icon=":material/menu_book:")


def recap() -> None:
    """Every other lesson's goal with a link back, for the summary lesson."""
    mine = progress()
    for lesson in content().lessons:
        if lesson.recap:
            continue
        mark = "✓ " if lesson.id in mine.done else ""
        st.markdown(f"**{mark}{content().number(lesson)}. {label(lesson.title)}**")
        say(lesson.goal)
        link(lesson.id, label=t("lesson.review"), icon=":material/replay:")
