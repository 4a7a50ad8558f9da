"""What the teacher's board draws: the join code with its QR code, the question, the answers chart, the results.

The board is made for the classroom screen: the whole width, the code and QR code big enough for the
back row, and each step (question, chart, next button) in one screen without scrolling. Choices carry
the letters every phone shows (minplan.classroom.questions.class_order). Quiz texts are escaped before
Streamlit renders them as Markdown, and HTML-escaped in the bars of the answers chart.
"""
from __future__ import annotations

import html
import io
from collections.abc import Sequence

import segno
import streamlit as st

from minplan.classroom.codes import configured_public_url, join_link, phones_cannot_reach, public_url
from minplan.classroom.questions import PARTLY, RIGHT, WRONG, Bar, QuestionResult, distribution, hardest, letters
from minplan.content.markdown import escape_markdown
from minplan.content.text import BASE_LANGUAGE
from minplan.quiz.questions import Question
from minplan.quiz.scoring import Answer, FALSE, TRUE
from views.quiz import question as quiz_question
from views.links import link
from views.bilingual import both, label_of, one_line, worded
from views.session import content, norwegian, progress, tx

ADDRESS_KEY = "class-public-url"
"""Session key of the public address a teacher typed on the board (wins over MINPLAN_PUBLIC_URL)."""
TYPED_KEY = "class-address"
BIG_KEY = "class-big-code"
"""Session key: the teacher pressed «Vis koden», so the board shows the code big until pressed again."""
SHAPES = 6
"""How many shapes there are: choices carry a letter, a colour and a shape (assets/css/65-classhour.css), never a colour alone."""


def join_address(participant_path: str, code: str) -> str:
    """The link phones open: under the public address when one is typed or set, else beside this page."""
    public = public_url(st.session_state.get(ADDRESS_KEY)) or configured_public_url()
    link = join_link(st.context.url, participant_path, code, public, kommune=progress().kommune)
    return f"{link}&lang={progress().support}" if progress().support else link


def code_and_address(code: str, link_to_join: str) -> None:
    """The lobby's code in letters big enough for the back row, how to join, and the address, which stays editable."""
    st.markdown(both("classroom.code_label"))
    with st.container(key="class-code"):
        st.markdown(code)
    st.markdown(label_of("classroom.join_at"))
    st.caption(escape_markdown(link_to_join))
    unreachable = phones_cannot_reach(link_to_join)
    if unreachable:
        st.warning(norwegian("classroom.unreachable"), icon=":material/wifi_off:")
    with st.expander(norwegian("classhour.change_address"), expanded=unreachable):
        st.text_input(norwegian("classroom.public_address"), value=st.session_state.get(ADDRESS_KEY, ""), key=TYPED_KEY,
                      placeholder="http://192.168.1.20:8501", help=norwegian("classroom.public_address_help"),
                      on_change=_keep_address)


def _keep_address() -> None:
    """Keep the typed address outside the widget, which is not drawn while questions run."""
    st.session_state[ADDRESS_KEY] = st.session_state.get(TYPED_KEY, "")


def corner_code(code: str, link_to_join: str) -> bool:
    """The code and a small QR code in a corner while questions run, and «Vis koden» to show them big again.

    True while the teacher has the big code shown (the question then gives way to it)."""
    big = st.session_state.get(BIG_KEY, False)
    with st.container(key="class-corner"):
        with st.container(key="class-code-small"):
            st.markdown(code)
        if not big:
            qr(link_to_join)
        st.button(norwegian("classhour.hide_code" if big else "classhour.show_code"), key="class-show-code", width="stretch",
                  type="primary" if big else "secondary", on_click=_flip_big)
    return big


def _flip_big() -> None:
    st.session_state[BIG_KEY] = not st.session_state.get(BIG_KEY, False)


def big_code(code: str, link_to_join: str) -> None:
    """The lobby's big code and QR code again, over the question, for those who come late."""
    with st.container(key="class-big-code"):
        text, picture = st.columns([3, 2], vertical_alignment="center", gap="large")
        with text:
            st.markdown(both("classroom.code_label"))
            with st.container(key="class-code"):
                st.markdown(code)
            st.caption(escape_markdown(link_to_join))
        with picture:
            qr(link_to_join)


def qr(link_to_join: str) -> None:
    """A QR code of the join link, only once phones can reach it; CSS sets its size (big in the lobby, small in the corner)."""
    if phones_cannot_reach(link_to_join):
        with st.container(key="class-no-qr"):
            st.caption(norwegian("classhour.no_qr"))
        return
    with st.container(key="class-qr"):
        st.image(qr_png(link_to_join), caption=None, width="stretch", alt=norwegian("classroom.qr_alt").format(link=link_to_join))


def qr_png(address: str) -> bytes:
    """A QR code of `address` as a PNG, made in pure Python by segno."""
    buffer = io.BytesIO()
    segno.make(address, error="m").save(buffer, kind="png", scale=24, border=2)
    return buffer.getvalue()


def question(item: Question, arranged: Sequence[str], number: int, total: int, choices_shown: bool) -> None:
    """The question as the class sees it, its choices as lettered tiles in the order every phone shows them."""
    st.caption(both("classroom.question_of", number=number, total=total))
    with st.container(key="class-prompt"):
        st.markdown(f"### {quiz_question.qx(item.prompt)}")
    if not choices_shown:
        return
    names = _names(item)
    if not names:
        st.markdown(label_of("quiz.order_help" if item.type == "order" else "quiz.match_help"))
        return
    lettered = letters(arranged)
    tiles = "".join(f'<div class="classhour-tile shape-{place % SHAPES}"><b>{lettered[key]}</b> {names[key]}</div>'
                    for place, key in enumerate(arranged))
    with st.container(key="class-tiles"):
        st.html(f'<div class="classhour-tiles">{tiles}</div>')


def _names(item: Question) -> dict[str, str]:
    """Each choice as escaped HTML: Norwegian, and the support language on its own line in its own direction."""
    if item.type == "true_false":
        texts = {TRUE: worded("quiz.true"), FALSE: worded("quiz.false")}
    elif item.type in ("single", "multiple"):
        texts = {option.id: option.text for option in item.options}
    else:
        return {}
    support = progress().support
    return {key: html.escape(text[BASE_LANGUAGE]) + (
        f'<br><span class="classhour-support" dir="auto">{html.escape(text[support])}</span>'
        if support and text.get(support) else "") for key, text in texts.items()}


def answers_chart(item: Question, given: Sequence[Answer], arranged: Sequence[str]) -> None:
    """How the class answered: a bar per choice with its count written on it (right ones green and ticked),
    beside the right answer and the explanation. Plain HTML, so its text grows with the screen (CSS)."""
    bars = distribution(item, given, arranged)
    labels = _bar_labels(item, bars)
    most = max([bar.count for bar in bars] + [1])
    rows = "".join(
        f'<div class="classhour-bar shape-{place % SHAPES}{" right" if bar.right else ""}">'
        f'<span class="classhour-bar-label">{html.escape(label)}</span><span class="classhour-bar-track">'
        f'<span class="classhour-bar-fill" style="width:calc((100% - 2.5em) * {bar.count / most:.3f})"></span>'
        f'<span class="classhour-bar-count">{bar.count}</span></span></div>'
        for place, (bar, label) in enumerate(zip(bars, labels)))
    chart, answer = st.columns([3, 2], vertical_alignment="top")
    with chart, st.container(key="class-bars"):
        st.html(f'<div class="classhour-bars">{rows}</div>')
    with answer:
        right = [label for bar, label in zip(bars, labels) if bar.right]
        named = one_line({code: word.rstrip(" :：፦") for code, word in worded("classroom.right_answer").items()})
        st.success(f"**{named}**  \n{escape_markdown(', '.join(right))}", icon=":material/check:")
        st.info(quiz_question.both(item.explanation), icon=":material/lightbulb:")


def _bar_labels(item: Question, bars: list[Bar]) -> list[str]:
    verdicts = {RIGHT: both("classroom.verdict_right"), PARTLY: both("classroom.verdict_partly"), WRONG: both("classroom.verdict_wrong")}
    if item.type in ("order", "match"):
        return [verdicts[bar.key] for bar in bars]
    plain = {TRUE: norwegian("quiz.true"), FALSE: norwegian("quiz.false")} if item.type == "true_false" else \
        {option.id: tx(option.text) for option in item.options}
    lettered = letters([bar.key for bar in bars])
    return [f"{lettered[bar.key]}. {_short(plain[bar.key])}" for bar in bars]


def _short(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def results(found: list[QuestionResult]) -> None:
    """How the class did on each question it was asked, and the hard ones with links back to their lessons."""
    st.header(both("classroom.results"))
    if not found:
        st.info(label_of("classhour.none_asked"))
        return
    lines = [label_of("classroom.result_line" if result.answered else "classhour.nobody_answered",
                      prompt=quiz_question.safe(result.question.prompt), right=result.right, answered=result.answered)
             for result in found]
    st.markdown("\n".join(f"{number}. {line}" for number, line in enumerate(lines, start=1)))
    hard = hardest(found)
    if not hard:
        st.success(label_of("classroom.all_easy"), icon=":material/celebration:")
        return
    st.warning(label_of("classroom.hard"), icon=":material/school:")
    for lesson_id in dict.fromkeys(result.question.lesson for result in hard):
        lesson = content().lesson(lesson_id)
        if lesson is not None:
            link(lesson.id, label=label_of("classroom.review", lesson=lesson.title), icon=":material/menu_book:")
