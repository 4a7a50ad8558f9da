"""The participant's page of a live class: join with the code, answer the open question, see the verdict and score.

The place in the class (code and an anonymous random token) lives in the URL, so a
reload or a lost network rejoins it with the answers given so far. Only a small
fragment reruns on each tick, so the phone never redraws the whole page. An answer sent
while the database cannot be reached waits in the session and goes as soon as it can.
"""
from __future__ import annotations

import streamlit as st

from minplan.quiz.attempt import is_complete
from minplan.classroom.codes import normalise_code
from minplan.classroom.questions import class_order, letters, own_right
from minplan.classroom.store import FINISHED, LOBBY, OPEN
from minplan.content.markdown import escape_markdown
from views.bilingual import also
from views.classroom import join_language
from views.classroom import live as class_live
from views.quiz import question as quiz_question
from views.session import content, sync_url, t, ui_in

URL_PATH = "klasse"
CODE, TOKEN = "kode", "deltaker"
PENDING = "class-pending"


@class_live.calm
def show() -> None:
    heading()
    code = normalise_code(str(st.query_params.get(CODE, "")))
    token = str(st.query_params.get(TOKEN, ""))
    if code and token and _in_class(code, token):
        _place(code, token)
        return
    if token:
        sync_url({CODE: code} if code else {}, (CODE, TOKEN))
        st.warning(t("classroom.place_gone"))
    _join_form(code or "")


def heading() -> None:
    """The page's name in Norwegian, as the teacher says it and the board writes it, then in the support language."""
    st.title(ui_in("nb")("classroom.nav_participant"))
    also(content().ui["classroom.nav_participant"])


def _in_class(code: str, token: str) -> bool:
    """Checked once per browser session: is this still a place in a live class?"""
    known = st.session_state.setdefault("class-places", {})
    if (code, token) not in known:
        known[(code, token)] = class_live.store().is_participant(code, token)
    return known[(code, token)]


def _join_form(code: str) -> None:
    join_language.choose()
    st.markdown(t("classroom.join_intro"))
    with st.form("class-join", border=False):
        typed = st.text_input(t("classroom.code"), value=code, max_chars=12, key="class-join-code")
        nickname = st.text_input(t("classroom.nickname"), max_chars=20, key="class-nickname")
        st.caption(t("classroom.nickname_help"))
        sent = st.form_submit_button(t("classroom.join"), type="primary", width="stretch")
    if not sent:
        return
    joined = class_live.store().join(typed, nickname, class_live.browser(), class_live.address())
    if joined.token is None:
        message = t(f"classroom.{joined.problem}").format(seconds=joined.wait_seconds)
        st.error(message, icon=":material/error:")
        return
    joined_code = normalise_code(typed)
    st.session_state.setdefault("class-places", {})[(joined_code, joined.token)] = True
    st.session_state["class-nickname-shown"] = nickname
    sync_url({CODE: joined_code, TOKEN: joined.token}, (CODE, TOKEN))
    st.rerun()


def _place(code: str, token: str) -> None:
    """The class as this participant sees it; live while it runs, still once it is finished."""
    nickname = st.session_state.get("class-nickname-shown")
    shown = {"code": code, "nickname": escape_markdown(nickname)} if nickname else {"code": code}
    st.caption(t("classroom.joined_as_nickname" if nickname else "classroom.joined_as").format(**shown))
    live = class_live.state(code)
    if live is None or live.phase == FINISHED:
        _finished(code, token)
    else:
        _live(code, token)


@st.fragment(run_every=class_live.PHONE_TICK)
@class_live.calm(ticking=True)
def _live(code: str, token: str) -> None:
    """Reruns alone every few seconds: one cached look at the class, then the question or the verdict."""
    live = class_live.state(code)
    if live is None or live.phase == FINISHED:
        st.rerun()
    if live.phase == LOBBY:
        st.info(t("classroom.waiting_start"), icon=":material/hourglass_top:")
        return
    questions = class_live.questions(live)
    if questions is None:
        st.error(t("classroom.lost"))
        return
    _deliver(code, token, questions)
    index = live.position
    question = questions[index]
    mine = _answers(code, token).get(index)
    st.caption(t("classroom.question_of").format(number=index + 1, total=live.total))
    quiz_question.prompt(question)
    widget = f"class:{code}:{index}"
    arranged = class_order(question, code, index)
    quiz_question.choose(question, 0, widget, mine, arranged, letters(arranged))
    if live.phase == OPEN and mine is None:
        st.button(t("classroom.send"), type="primary", width="stretch", key=f"{widget}:send",
                  disabled=not is_complete(question, quiz_question.read(question, widget)),
                  on_click=_send, args=(code, token, index, question, widget))
        if st.session_state.get("class-too-late") == (code, index):
            st.warning(t("classroom.too_late"))
    elif live.phase == OPEN:
        st.success(t("classroom.sent"), icon=":material/send:")
    elif mine is None:
        late = st.session_state.get("class-too-late") == (code, index)
        st.warning(t("classroom.too_late" if late else "classroom.no_answer"))
        st.info(quiz_question.both(question.explanation), icon=":material/lightbulb:")
    else:
        quiz_question.feedback(question, mine)
        st.caption(t("classroom.waiting_next"))


def _send(code: str, token: str, index: int, question, widget: str) -> None:
    """Keep the answer to send; the fragment's run right after this sends it (and again on each tick until it can)."""
    st.session_state[PENDING] = (code, token, index, quiz_question.read(question, widget))


def _deliver(code: str, token: str, questions: list) -> None:
    """Send a kept answer; after a lost network the store keeps the first one, and the phone shows that one."""
    pending = st.session_state.get(PENDING)
    if not pending or pending[:2] != (code, token):
        return
    index, answer = pending[2:]
    outcome = class_live.store().answer(code, token, index, questions[index], answer)
    st.session_state.pop(PENDING)
    if outcome == "closed":
        st.session_state["class-too-late"] = (code, index)
    elif outcome == "stored":
        _answers(code, token)[index] = answer
    else:
        st.session_state.pop(f"class-answers:{code}", None)


def _answers(code: str, token: str) -> dict:
    """This participant's answers, read from the store once per session (after a reload) and after each send."""
    key = f"class-answers:{code}"
    if key not in st.session_state:
        st.session_state[key] = class_live.store().own_answers(code, token)
    return st.session_state[key]


def _finished(code: str, token: str) -> None:
    """The end: this participant's own score, with no more polling."""
    st.success(t("classroom.finished"), icon=":material/celebration:")
    live = class_live.state(code)
    questions = class_live.questions(live) if live else None
    if questions:
        right = own_right(questions, class_live.store().own_answers(code, token))
        st.subheader(t("classhour.your_right").format(right=right, asked=len(questions)))
