"""The teacher's page of a live class: start it, show the code, open each question, show the answers, the results.

The teacher's secret lives only in this browser session (never in the URL), so only the
teacher who started a class can drive it; after a reload or a restart the class's code
and the PIN chosen at the start give the board back (views/classroom/resume.py asks first for the tab's own class).
Only the live count reruns, four times a second.
The teacher's controls and messages are in Norwegian whatever support language is chosen; what the class
reads on the board is in Norwegian with the support language beside or beneath it.
"""
from __future__ import annotations

import streamlit as st

from minplan.classroom.codes import valid_pin
from minplan.classroom.health import CannotKeepClasses
from minplan.classroom.questions import ALL, HOW_MANY, LESSONS, class_order, class_results, pick, questions_for
from minplan.classroom.tables import lifetime_hours
from minplan.classroom.store import FINISHED, LOBBY, OPEN, ClassState, NotAllowed
from minplan.content.markdown import escape_markdown
from minplan.quiz.questions import Question
from views.classroom import board as class_board
from views.classroom import live as class_live
from views.classroom import participant as class_participant
from views.classroom import reclaim as class_reclaim
from views.classroom import resume as class_resume
from views.bilingual import both
from views.session import content, norwegian, tx
from minplan.quiz.kinds import quizzes

URL_PATH = "klasse-laerer"
SCREEN_PAGES = (URL_PATH,)
"""Pages made for the classroom screen: the whole width, the sidebar folded (app.py sets it before the page runs)."""
KEY = "class-teacher"
PROBLEM, WAIT = "class-start-problem", "class-start-wait"
ENDED = "class-ended"
"""Set when the teacher ended the class, so the tab forgets it instead of offering it back."""


@class_live.calm
def show() -> None:
    if class_live.noted_outage():
        return
    mine = st.session_state.get(KEY)
    live = class_live.fresh_state(mine["code"]) if mine else None
    if live is None or not class_live.store().is_teacher(mine["code"], mine["secret"]):
        if mine:
            st.warning(norwegian("classroom.not_yours"))
            st.session_state.pop(KEY)
        if st.session_state.pop(ENDED, False):
            class_resume.forget()
            _take_back(None)
        else:
            _take_back(class_resume.remembered())
        return
    class_resume.done()
    class_resume.remember(mine["code"])
    questions = class_live.questions(live)
    if questions is None:
        st.error(norwegian("classroom.lost"))
        return
    with st.container(key="class-board"):
        _board(mine["code"], mine["secret"], live, questions)


def _take_back(known: str | None) -> None:
    """The start form; a tab that remembers its running class asks first for that class's PIN, at the top."""
    if known and class_live.fresh_state(known) is None:
        class_resume.forget()
        class_resume.done()
        known = None
    back = class_reclaim.form(known) if known else None
    _start_form()
    back = back or (None if known else class_reclaim.form())
    if back:
        st.session_state[KEY] = {"code": back.code, "secret": back.secret}
        st.rerun()


def _start_form() -> None:
    st.title(norwegian("classroom.title"))
    st.markdown(norwegian("classroom.teacher_intro"))
    names = {quiz.id: norwegian("classroom.source_quiz").format(title=tx(quiz.title), count=len(quiz.questions))
             for quiz in quizzes(content())}
    names[LESSONS] = norwegian("classroom.source_lessons").format(count=len(content().lessons))
    st.radio(norwegian("classroom.source"), list(names), format_func=names.get, key="class-source")
    sizes = {size: str(size) if size != ALL else norwegian("classhour.all") for size in HOW_MANY}
    st.segmented_control(norwegian("classhour.how_many"), list(sizes), format_func=sizes.get, default=10,
                         key="class-how-many", required=True)
    lessons = {lesson.id: f"{number}. {tx(lesson.title)}" for number, lesson in enumerate(content().lessons, start=1)}
    st.selectbox(norwegian("classhour.lesson"), [None, *lessons], format_func=lambda key: lessons.get(key) or
                 norwegian("classhour.every_lesson"), key="class-lesson")
    st.text_input(norwegian("classroom.pin"), type="password", max_chars=40, key="class-pin", help=norwegian("classroom.pin_help"))
    problem = st.session_state.pop(PROBLEM, None)
    if problem:
        st.error(norwegian(problem).format(minutes=st.session_state.pop(WAIT, 0)), icon=":material/error:")
    st.button(norwegian("classroom.start"), type="primary", icon=":material/play_arrow:", key="class-start", on_click=_start)


@class_live.quietly
def _start() -> None:
    """Start the class with the chosen questions and PIN (then forgotten by the page), or note why it cannot start."""
    source, pin = st.session_state["class-source"], st.session_state.get("class-pin", "")
    st.session_state["class-pin"] = ""
    if not valid_pin(pin):
        st.session_state[PROBLEM] = "classroom.pin_short"
        return
    wait = class_live.store().may_start(class_live.browser(), class_live.address())
    if wait:
        st.session_state[PROBLEM], st.session_state[WAIT] = "limits.too_many_classes", -(-wait // 60)
        return
    questions = pick(questions_for(source, quizzes(content()), content().lessons),
                     st.session_state.get("class-how-many") or ALL, st.session_state.get("class-lesson"))
    if not questions:
        st.session_state[PROBLEM] = "classhour.none_here"
        return
    try:
        started = class_live.store().start(source, [question.id for question in questions], pin)
    except CannotKeepClasses:
        st.session_state[PROBLEM] = "classroom.cannot_keep"
        return
    st.session_state[KEY] = {"code": started.code, "secret": started.secret}


def _board(code: str, secret: str, live: ClassState, questions: list[Question]) -> None:
    """The classroom screen (see SCREEN_PAGES): each step fits one screen, and each can end the class early."""
    if live.phase == FINISHED:
        class_board.results(class_results(questions, class_live.store().answers_to(code, secret)))
        st.button(norwegian("classroom.end"), icon=":material/delete:", key="class-end", on_click=_act, args=("end", 0),
                  help=norwegian("classroom.end_help").format(hours=f"{lifetime_hours():g}"))
        return
    link_to_join = class_board.join_address(class_participant.URL_PATH, code)
    if live.phase == LOBBY:
        text, picture = st.columns([3, 2], vertical_alignment="center", gap="large")
        with text:
            class_board.code_and_address(code, link_to_join)
        with picture, st.container(key="class-lobby"):
            class_board.qr(link_to_join)
            _count(code, secret, lobby=True)
        _steps(norwegian("classroom.open_first"), "open", 0)
        return
    item = questions[live.position]
    arranged = class_order(item, code, live.position)
    asked, corner = st.columns([6, 1], gap="medium")
    with corner:
        big = class_board.corner_code(code, link_to_join)
    with asked:
        if big:
            class_board.big_code(code, link_to_join)
            return
        class_board.question(item, arranged, live.position + 1, live.total, choices_shown=live.phase == OPEN)
        if live.phase == OPEN:
            _count(code, secret, lobby=False)
    if live.phase == OPEN:
        _steps(norwegian("classroom.reveal"), "reveal", live.position)
        return
    given = class_live.store().answers_to(code, secret).get(live.position, [])
    class_board.answers_chart(item, given, arranged)
    if live.position + 1 >= live.total:
        _steps(norwegian("classroom.see_results"), "finish", live.position + 1, early=False)
    else:
        _steps(norwegian("classroom.next"), "open", live.position + 1)


@st.fragment(run_every=class_live.BOARD_TICK)
@class_live.calm(ticking=True)
def _count(code: str, secret: str, lobby: bool) -> None:
    """The live numbers, rerun alone every quarter second: who has joined, and who has answered the open question."""
    try:
        counts = class_live.store().counts(code, secret)
    except NotAllowed:
        st.rerun()
    if lobby:
        st.subheader(both("classroom.joined", count=counts.joined))
        names = class_live.store().nicknames(code, secret)
        if names:
            with st.container(key="class-nicknames"):
                # The names once, so their label only in Norwegian.
                st.caption(norwegian("classroom.nicknames").format(names=escape_markdown(", ".join(names))))
    else:
        st.subheader(both("classroom.answered", answered=counts.answered, joined=counts.joined))
        st.progress(counts.answered / counts.joined if counts.joined else 0.0)


def _steps(label: str, action: str, index: int, early: bool = True) -> None:
    """The teacher's next step, big, and beside it «Avslutt og vis resultatet» to end the class now."""
    if not early:
        _step(label, action, index)
        return
    step, finish = st.columns([3, 1], vertical_alignment="center")
    with step:
        _step(label, action, index)
    with finish:
        st.button(norwegian("classhour.finish"), icon=":material/flag:", key="class-finish", width="stretch",
                  on_click=_act, args=("finish", index))


def _step(label: str, action: str, index: int) -> None:
    st.button(label, type="primary", icon=":material/arrow_forward:", key="class-step", width="stretch",
              on_click=_act, args=(action, index))


@class_live.quietly
def _act(action: str, index: int) -> None:
    """Do the teacher's step; a class that is gone or not this teacher's sends the page back to the start."""
    mine = st.session_state.get(KEY)
    store = class_live.store()
    steps = {"open": lambda: store.open_question(mine["code"], mine["secret"], index),
             "reveal": lambda: store.reveal(mine["code"], mine["secret"], index),
             "finish": lambda: store.finish(mine["code"], mine["secret"]),
             "end": lambda: store.end(mine["code"], mine["secret"])}
    try:
        steps[action]()
    except NotAllowed:
        return
    if action == "end":
        st.session_state.pop(KEY)
        st.session_state[ENDED] = True
    class_live.state.clear()


def pages() -> dict[str, st.Page]:
    """The live class's two pages: the participants' (where phones join) and the teacher's."""
    return {
        class_participant.URL_PATH: st.Page(class_participant.show, title=both("classroom.nav_participant"),
                                            icon=":material/groups:", url_path=class_participant.URL_PATH),
        URL_PATH: st.Page(show, title=norwegian("classroom.nav_teacher"), icon=":material/co_present:", url_path=URL_PATH),
    }
