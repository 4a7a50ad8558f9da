"""The goal exercise «Fra jobb til plan»: choose a job, answer «Krever det utdanning?», sketch the plan.

Only arranges widgets. The branch, the proposals, the month order and the printed file are rules
in minplan.goal.branch, minplan.goal.sketch and minplan.goal.sketch_export. The sketch lives in the session and in
the page's URL (?skisse=…), so a phone that reloads keeps it; nothing is stored on the server.
"""
from __future__ import annotations

import datetime as dt

import streamlit as st

from minplan.content.glossary import norwegian_key
from minplan.goal.branch import Answer, Branch, Verdict, allowed_branches, requirement, verdict
from minplan.goal.jobs import Job, JobCatalogue
from minplan.goal.sketch import PARAM, Sketch, choose_branch, choose_job, from_param, give_answer, start_sketch, to_param
from minplan.goal.sketch_text import job_name
from minplan.content.sources import cited
from minplan.content.text import BASE_LANGUAGE
from views.content.citation import source_line
from views.goal import editor as goal_editor
from views.exchange.downloads import sketch_pdf_button
from views.bilingual import also, both, heading, in_both, label_of, one_line, say, unreviewed_notice
from views.session import content, progress, sync_url, t, tx
from minplan.goal.kinds import job_catalogue

URL_PATH = "fra-jobb-til-plan"
DEFAULT_JOB = "maler"
"""The seed's worked example, chosen when the page opens."""

STATE = "goal-sketch"
OTHER = "+other"
"""The job list's last option: a job the participant types (not an id, so it cannot clash)."""

_VERDICT_BOX = {Verdict.MATCH: st.success, Verdict.PARTLY: st.info, Verdict.DIFFERENT: st.warning, Verdict.ASK: st.info}


def page() -> st.Page:
    return st.Page(show, title=both("goal.nav_title"), icon=":material/flag:", url_path=URL_PATH)


def show() -> None:
    heading("goal.title", level=1)
    catalogue = job_catalogue(content())
    if catalogue is None:
        st.warning(t("goal.missing"))
        return
    unreviewed_notice()
    st.markdown(t("goal.intro"))
    sketch = current(catalogue)
    _job(sketch, catalogue)
    if sketch.has_job:
        _question(sketch, catalogue)
    if sketch.answer is not None and sketch.has_job:
        _known(sketch, catalogue)
        _branch(sketch, catalogue)
    if sketch.branch is not None:
        goal_editor.show(sketch, catalogue, save)
        _download(sketch, catalogue)
    if progress().teacher:
        _teacher_notes(catalogue)
    sync_url({PARAM: to_param(sketch)}, (PARAM,))


def current(catalogue: JobCatalogue) -> Sketch:
    """This participant's sketch: from the session, else from the URL after a reload, else a new one."""
    if STATE not in st.session_state:
        restored = from_param(str(st.query_params.get(PARAM, "")), catalogue)
        st.session_state[STATE] = restored or start_sketch(DEFAULT_JOB, dt.date.today())
    return st.session_state[STATE]


def save(sketch: Sketch) -> None:
    """Keep the edited sketch; the new version number makes the editor's widgets re-read it."""
    st.session_state[STATE] = sketch
    st.session_state[goal_editor.VERSION] = st.session_state.get(goal_editor.VERSION, 0) + 1


def _job(sketch: Sketch, catalogue: JobCatalogue) -> None:
    jobs = sorted(catalogue.jobs, key=lambda job: norwegian_key(tx(job.title)))
    names = {job.id: _capital(one_line(job.title)) for job in jobs} | {OTHER: both("goal.job_other")}
    options = list(names)
    chosen = sketch.job if sketch.job else OTHER
    heading("goal.job_label", level=3)
    st.selectbox(t("goal.job_label"), options, index=options.index(chosen), format_func=names.get,
                 key="goal-job", on_change=_on_job, args=(catalogue,), label_visibility="collapsed",
                 placeholder=both("select.placeholder"))
    job = catalogue.job(sketch.job) if sketch.job else None
    if job is not None:
        also(job.title)
    if chosen == OTHER:
        st.text_input(label_of("goal.job_text"), value=sketch.own_job, max_chars=60, placeholder=t("goal.job_text_hint"),
                      key="goal-job-text", on_change=lambda: save(choose_job(current(catalogue), None, st.session_state["goal-job-text"])))


def _on_job(catalogue: JobCatalogue) -> None:
    choice = st.session_state["goal-job"]
    sketch = current(catalogue)
    save(choose_job(sketch, None, st.session_state.get("goal-job-text", "")) if choice == OTHER else choose_job(sketch, choice))


def _question(sketch: Sketch, catalogue: JobCatalogue) -> None:
    key = f"goal-answer-{_identity(sketch)}"
    heading("goal.question", level=3)
    if sketch.answer is None:
        st.caption(label_of("goal.question_help"))
    names = {answer: label_of(f"goal.answer_{answer}") for answer in Answer}
    st.segmented_control(t("goal.question"), list(Answer), default=sketch.answer, key=key, width="stretch",
                         format_func=names.get, label_visibility="collapsed",
                         on_change=lambda: _on_answer(catalogue, key))


def _on_answer(catalogue: JobCatalogue, key: str) -> None:
    """Tapping the chosen answer again clears it in a segmented control; keep the answer then."""
    if st.session_state[key] is not None:
        save(give_answer(current(catalogue), st.session_state[key], catalogue))


def _known(sketch: Sketch, catalogue: JobCatalogue) -> None:
    """What the sources say, how sure it is, where it comes from, and always: ask the advisor."""
    level = requirement(catalogue, sketch.job)
    outcome = verdict(level, sketch.answer)
    _VERDICT_BOX[outcome](label_of(f"goal.verdict_{outcome}"))
    job = catalogue.job(sketch.job)
    with st.container(border=True):
        heading("goal.known_title", level=3)
        st.markdown(_bold(f"goal.level_{level}" if level else "goal.level_unknown"))
        if job is not None:
            _facts(job, catalogue)
        st.info(label_of("goal.ask_advisor"), icon=":material/support_agent:")


def _facts(job: Job, catalogue: JobCatalogue) -> None:
    say(job.known)
    if job.licence:
        say(job.licence, lead="goal.licence")
    say(job.path, lead="goal.path")
    say(job.without, lead="goal.without")
    st.markdown(_bold("goal.sources") + "\n" + "\n".join(f"- {source_line(source)}" for source in cited(content().sources, job.sources)))
    st.caption(in_both(lambda say, _: say("goal.checked").format(date=catalogue.checked.strftime("%d.%m.%Y"))))


def _branch(sketch: Sketch, catalogue: JobCatalogue) -> None:
    branches = allowed_branches(requirement(catalogue, sketch.job))
    name = job_name(sketch, catalogue, BASE_LANGUAGE)
    heading("goal.branch_label", level=3)
    if len(branches) == 1:
        st.info(label_of("goal.branch_only_education"), icon=":material/school:")
    else:
        key = f"goal-branch-{_identity(sketch)}"
        st.radio(t("goal.branch_label"), branches, index=branches.index(sketch.branch) if sketch.branch in branches else None,
                 format_func=lambda branch: in_both(lambda say, _: say(f"goal.branch_{branch}").format(job=name)), key=key,
                 label_visibility="collapsed",
                 on_change=lambda: save(choose_branch(current(catalogue), st.session_state[key], catalogue)))
    if sketch.branch == Branch.EDUCATION:
        st.caption(label_of("goal.education_long"))


def _download(sketch: Sketch, catalogue: JobCatalogue) -> None:
    heading("goal.download_heading", level=3)
    st.info(label_of("goal.municipality_decides"), icon=":material/account_balance:")
    sketch_pdf_button(sketch, catalogue)
    st.caption(label_of("goal.saved_here"))


def _teacher_notes(catalogue: JobCatalogue) -> None:
    notes = catalogue.teacher_notes
    with st.expander(t("lesson.teacher_notes"), expanded=True, icon=":material/school:"):
        st.markdown(f"**{t('lesson.background')}**")
        for paragraph in notes.background:
            say(paragraph)
        st.markdown(f"**{t('lesson.discussion')}**")
        st.markdown("\n".join(f"- {tx(question)}" for question in notes.discussion))


def _bold(key: str) -> str:
    """An interface word in bold in Norwegian and, on the next line, in the support language (issue 21 §3)."""
    return in_both(lambda say, _: f"**{say(key)}**")


def _identity(sketch: Sketch) -> str:
    """Part of a widget key that changes with the job, so a new job starts with empty answers."""
    return sketch.job or f"own-{sketch.own_job}"


def _capital(name: str) -> str:
    return name[:1].upper() + name[1:]
