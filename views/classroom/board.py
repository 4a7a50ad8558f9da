"""What the teacher's board draws: the join code with its QR code, the question, the answers chart, the results.

The board is made for the classroom screen: the whole width, the code and QR code big enough for the
back row, and each step (question, chart, next button) in one screen without scrolling. Choices carry
the letters every phone shows (minplan.classroom.questions.class_order). Quiz texts are escaped before
Streamlit renders them as Markdown; the chart draws them as SVG text, which is never HTML.
"""
from __future__ import annotations

import io
from collections.abc import Sequence

import altair as alt
import pandas as pd
import segno
import streamlit as st

from minplan.classroom.codes import configured_public_url, join_link, phones_cannot_reach, public_url
from minplan.classroom.questions import PARTLY, RIGHT, WRONG, Bar, QuestionResult, distribution, hardest, letters
from minplan.content.markdown import escape_markdown
from minplan.quiz.questions import Question
from minplan.quiz.scoring import Answer, FALSE, TRUE
from views.quiz import question as quiz_question
from views.links import link
from views.session import content, progress, t, tx

RIGHT_COLOUR, OTHER_COLOUR = "#1a7f37", "#57606a"
ADDRESS_KEY = "class-public-url"
"""Session key of the public address a teacher typed on the board (wins over MINPLAN_PUBLIC_URL)."""
BAR_HEIGHT = 64


def join_address(participant_path: str, code: str) -> str:
    """The link phones open: under the public address when one is typed or set, else beside this page."""
    public = public_url(st.session_state.get(ADDRESS_KEY)) or configured_public_url()
    return join_link(st.context.url, participant_path, code, public, kommune=progress().kommune)


def code_and_address(code: str, link_to_join: str) -> None:
    """The lobby's code in letters big enough for the back row, how to join, and a warning for a local address."""
    st.markdown(t("classroom.code_label"))
    with st.container(key="class-code"):
        st.markdown(code)
    st.markdown(t("classroom.join_at"))
    st.caption(escape_markdown(link_to_join))
    if phones_cannot_reach(link_to_join):
        st.warning(t("classroom.unreachable"), icon=":material/wifi_off:")
        st.text_input(t("classroom.public_address"), key=ADDRESS_KEY, placeholder="http://192.168.1.20:8501",
                      help=t("classroom.public_address_help"))


def corner_code(code: str, link_to_join: str) -> None:
    """The code and a smaller QR code in a corner while questions run, for those who come late."""
    with st.container(key="class-corner"):
        st.markdown(t("classroom.code_label"))
        with st.container(key="class-code-small"):
            st.markdown(code)
        qr(link_to_join)


def qr(link_to_join: str) -> None:
    """A QR code of the join link; CSS sets its size (big in the lobby, small in the corner)."""
    with st.container(key="class-qr"):
        st.image(qr_png(link_to_join), caption=None, width="stretch", alt=t("classroom.qr_alt").format(link=link_to_join))


def qr_png(address: str) -> bytes:
    """A QR code of `address` as a PNG, made in pure Python by segno."""
    buffer = io.BytesIO()
    segno.make(address, error="m").save(buffer, kind="png", scale=24, border=2)
    return buffer.getvalue()


def question(item: Question, arranged: Sequence[str], number: int, total: int, choices_shown: bool) -> None:
    """The question as the class sees it, its choices lettered in the order every phone shows them."""
    st.caption(t("classroom.question_of").format(number=number, total=total))
    with st.container(key="class-prompt"):
        st.markdown(f"### {quiz_question.qx(item.prompt)}")
    if not choices_shown:
        return
    names = _names(item)
    if names:
        lettered = letters(arranged)
        st.markdown("\n".join(f"- **{lettered[key]}.** {names[key]}" for key in arranged))
    elif item.type == "order":
        st.markdown(t("quiz.order_help"))
    else:
        st.markdown(t("quiz.match_help"))


def _names(item: Question) -> dict[str, str]:
    if item.type == "true_false":
        return {TRUE: t("quiz.true"), FALSE: t("quiz.false")}
    if item.type in ("single", "multiple"):
        return {option.id: quiz_question.qx(option.text) for option in item.options}
    return {}


def answers_chart(item: Question, given: Sequence[Answer], arranged: Sequence[str]) -> None:
    """How the class answered, one bar per choice (right ones green), beside the right answer and the explanation."""
    bars = distribution(item, given, arranged)
    labels = _bar_labels(item, bars)
    chart, answer = st.columns([3, 2], vertical_alignment="top")
    with chart:
        st.altair_chart(_chart(bars, labels), width="stretch", height=max(180, BAR_HEIGHT * len(bars)), theme=None)
    with answer:
        right = [label for bar, label in zip(bars, labels) if bar.right]
        st.success(f"**{t('classroom.right_answer')}** {', '.join(right)}", icon=":material/check:")
        st.info(quiz_question.both(item.explanation), icon=":material/lightbulb:")


def _bar_labels(item: Question, bars: list[Bar]) -> list[str]:
    verdicts = {RIGHT: t("classroom.verdict_right"), PARTLY: t("classroom.verdict_partly"), WRONG: t("classroom.verdict_wrong")}
    if item.type in ("order", "match"):
        return [verdicts[bar.key] for bar in bars]
    plain = {TRUE: t("quiz.true"), FALSE: t("quiz.false")} if item.type == "true_false" else \
        {option.id: tx(option.text) for option in item.options}
    lettered = letters([bar.key for bar in bars])
    return [f"{lettered[bar.key]}. {_short(plain[bar.key])}" for bar in bars]


def _short(text: str, length: int = 40) -> str:
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
        .configure_axis(labelFontSize=26, titleFontSize=20, labelLimit=520)
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
