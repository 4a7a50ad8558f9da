"""What the teacher's board draws: the join code with its QR code, the question, the answers chart, the results.

Quiz texts are escaped before Streamlit renders them as Markdown; the chart draws them as
SVG text, which is never HTML.
"""
from __future__ import annotations

import io
from collections.abc import Sequence

import altair as alt
import pandas as pd
import segno
import streamlit as st

from minplan.classroom.questions import PARTLY, RIGHT, WRONG, Bar, QuestionResult, distribution, hardest
from minplan.content.markdown import escape_markdown
from minplan.quiz.questions import Question
from minplan.quiz.scoring import Answer, FALSE, TRUE
from views.quiz import question as quiz_question
from views.links import link
from views.session import content, t, tx

LETTERS = "ABCDEFGH"
RIGHT_COLOUR, OTHER_COLOUR = "#1a7f37", "#57606a"


def join_code(code: str, link_to_join: str, large: bool) -> None:
    """The code in big letters and a QR code of the join link (small once the questions are running)."""
    text, picture = st.columns([3, 2] if large else [5, 1], vertical_alignment="center")
    with text:
        st.markdown(f"## {t('classroom.code_big').format(code=' '.join(code))}")
        if large:
            st.markdown(t("classroom.join_at"))
            st.caption(escape_markdown(link_to_join))
    with picture:
        st.image(qr_png(link_to_join), caption=None, width="stretch", alt=t("classroom.qr_alt").format(link=link_to_join))


def qr_png(address: str) -> bytes:
    """A QR code of `address` as a PNG, made in pure Python by segno."""
    buffer = io.BytesIO()
    segno.make(address, error="m").save(buffer, kind="png", scale=10, border=2)
    return buffer.getvalue()


def question(item: Question, number: int, total: int) -> None:
    """The question as the class sees it on the board, choices lettered as they are not shuffled here."""
    st.caption(t("classroom.question_of").format(number=number, total=total))
    st.header(quiz_question.qx(item.prompt))
    names = _names(item)
    if item.type in ("single", "multiple", "true_false"):
        st.markdown("\n".join(f"- **{letter}.** {name}" for letter, name in zip(LETTERS, names.values())))
    elif item.type == "order":
        st.markdown(t("quiz.order_help"))
    else:
        st.markdown(t("quiz.match_help"))


def _names(item: Question) -> dict[str, str]:
    if item.type == "true_false":
        return {TRUE: t("quiz.true"), FALSE: t("quiz.false")}
    if item.options:
        return {option.id: quiz_question.qx(option.text) for option in item.options}
    return {}


def answers_chart(item: Question, given: Sequence[Answer]) -> None:
    """How the class answered, one bar per choice (right ones green), then the right answer and the explanation."""
    bars = distribution(item, given)
    st.altair_chart(_chart(bars, _bar_labels(item, bars)), width="stretch", height=max(200, 90 * len(bars)), theme=None)
    right = [label for bar, label in zip(bars, _bar_labels(item, bars)) if bar.right]
    st.success(f"**{t('classroom.right_answer')}** {', '.join(right)}", icon=":material/check:")
    st.info(quiz_question.both(item.explanation), icon=":material/lightbulb:")


def _bar_labels(item: Question, bars: list[Bar]) -> list[str]:
    verdicts = {RIGHT: t("classroom.verdict_right"), PARTLY: t("classroom.verdict_partly"), WRONG: t("classroom.verdict_wrong")}
    if item.type in ("order", "match"):
        return [verdicts[bar.key] for bar in bars]
    plain = {TRUE: t("quiz.true"), FALSE: t("quiz.false")} if item.type == "true_false" else \
        {option.id: tx(option.text) for option in item.options}
    return [f"{letter}. {_short(plain[bar.key])}" for letter, bar in zip(LETTERS, bars)]


def _short(text: str, length: int = 48) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _chart(bars: list[Bar], labels: list[str]) -> alt.Chart:
    data = pd.DataFrame({"label": labels, "count": [bar.count for bar in bars], "right": [bar.right for bar in bars]})
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("count:Q", title=t("classroom.chart_answers"), axis=alt.Axis(tickMinStep=1, format="d")),
            y=alt.Y("label:N", sort=None, title=None),
            color=alt.condition("datum.right", alt.value(RIGHT_COLOUR), alt.value(OTHER_COLOUR)),
            tooltip=["label", "count"],
        )
        .configure_axis(labelFontSize=22, titleFontSize=18, labelLimit=700)
    )


def results(found: list[QuestionResult]) -> None:
    """How the class did on each question, and the hard ones with links back to their lessons."""
    st.header(t("classroom.results"))
    lines = [t("classroom.result_line").format(prompt=quiz_question.qx(result.question.prompt),
                                                right=result.right, answered=result.answered) for result in found]
    st.markdown("\n".join(f"{number}. {line}" for number, line in enumerate(lines, start=1)))
    hard = hardest(found)
    if not hard:
        st.success(t("classroom.all_easy"), icon=":material/celebration:")
        return
    st.warning(t("classroom.hard"), icon=":material/school:")
    for lesson_id in dict.fromkeys(result.question.lesson for result in hard):
        lesson = content().lesson(lesson_id)
        if lesson is not None:
            link(lesson.id, label=t("classroom.review").format(lesson=tx(lesson.title)), icon=":material/menu_book:")
