"""The goal exercise's editor and ladder: months, sub-goals to keep, move, remove or add, and the picture.

Widget keys carry a version number that rises with every edit, so after a sub-goal moves each
widget is drawn fresh from the sketch instead of keeping the value of the row it used to be.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import streamlit as st

from minplan.goal.jobs import MAX_MONTH, JobCatalogue
from minplan.content.markdown import escape_markdown
from minplan.goal.sketch import (
    Sketch,
    add,
    can_add,
    late_steps,
    month_of,
    move,
    propose,
    remove,
    set_end,
    set_month,
    set_start,
    shift_month,
)
from minplan.goal.sketch_text import end_goal, ladder_lines, ladder_picture, ladder_title, month_name
from minplan.content.text import BASE_LANGUAGE
from views.bilingual import both, heading, in_both, label, label_of, one_line
from views.session import support_language, t, ui_in

VERSION = "goal-version"
OWN = "+own"
"""The add list's last option: a sub-goal in the participant's own words."""

MONTHS = list(range(MAX_MONTH + 1))
START_CHOICES_BACK, START_CHOICES_AHEAD = 36, 12
"""Programme starts offered: up to three years back (many are in the programme already) and a year ahead."""

Save = Callable[[Sketch], None]


def show(sketch: Sketch, catalogue: JobCatalogue, save: Save) -> None:
    version = st.session_state.get(VERSION, 0)
    heading("goal.steps_title", level=3)
    st.caption(label_of("goal.steps_help"))
    starts = _start_choices(sketch.start)
    _select(label_of("goal.start_label"), starts, sketch.start, lambda start: _month(start, 0), f"goal-start-{version}",
            lambda start: save(set_start(sketch, start)))
    late = late_steps(sketch)
    for index, step in enumerate(sketch.steps):
        with st.container(border=True, key=f"goal-step-{version}-{index}"):
            measure = catalogue.measure(step.measure)
            name = label(measure.label) if measure else escape_markdown(step.text)
            _select(f"**{name}**", MONTHS, step.month,
                    lambda month: _month(sketch.start, month), f"goal-month-{version}-{index}",
                    lambda month, index=index: save(set_month(sketch, index, month)))
            if index in late:
                st.warning(label_of("goal.late"), icon=":material/schedule:")
            with st.container(horizontal=True):
                st.button(label_of("goal.move_up"), key=f"goal-up-{version}-{index}", icon=":material/arrow_upward:",
                          disabled=index == 0, on_click=lambda index=index: save(move(sketch, index, -1)))
                st.button(label_of("goal.move_down"), key=f"goal-down-{version}-{index}", icon=":material/arrow_downward:",
                          disabled=index == len(sketch.steps) - 1, on_click=lambda index=index: save(move(sketch, index, 1)))
                st.button(label_of("goal.remove"), key=f"goal-remove-{version}-{index}", icon=":material/delete:",
                          on_click=lambda index=index: save(remove(sketch, index)))
    if not sketch.steps:
        st.info(label_of("goal.no_steps"))
    _add(sketch, catalogue, save, version)
    goal = end_goal(sketch, catalogue, BASE_LANGUAGE, norwegian)
    _select(in_both(lambda say, _: say("goal.end_label").format(goal=goal)), MONTHS[1:], sketch.end,
            lambda month: _month(sketch.start, month), f"goal-end-{version}", lambda month: save(set_end(sketch, month)))
    st.button(label_of("goal.reset"), key=f"goal-reset-{version}", icon=":material/restart_alt:",
              on_click=lambda: save(propose(sketch, catalogue)))
    _ladder(sketch, catalogue)


def _select(label: str, options: list, value, show_as: Callable, key: str, changed: Callable) -> None:
    """A selectbox that hands its new value to `changed`; its key is fresh after every edit."""
    st.selectbox(label, options, index=options.index(value) if value in options else 0, format_func=show_as,
                 key=key, on_change=lambda: changed(st.session_state[key]), placeholder=both("select.placeholder"))


def _add(sketch: Sketch, catalogue: JobCatalogue, save: Save, version: int) -> None:
    with st.container(border=True):
        st.markdown(in_both(lambda say, _: f"**{say('goal.add_title')}**"))
        if not can_add(sketch):
            st.caption(in_both(lambda say, _: say("goal.full").format(count=len(sketch.steps))))
            return
        used = {step.measure for step in sketch.steps}
        names = {measure.id: one_line(measure.label) for measure in catalogue.measures if measure.id not in used}
        names[OWN] = both("goal.add_own_option")
        choice = st.selectbox(label_of("goal.add_choose"), list(names), format_func=names.get, key=f"goal-add-what-{version}",
                              placeholder=both("select.placeholder"))
        measure = catalogue.measure(choice)
        if choice == OWN:
            st.text_input(label_of("goal.add_own"), max_chars=60, placeholder=t("goal.add_own_hint"), key=f"goal-add-text-{version}")
        default = measure.month if measure else max((step.month for step in sketch.steps), default=0)
        month_key = f"goal-add-month-{version}-{choice}"
        st.selectbox(label_of("goal.add_month"), MONTHS, index=default, format_func=lambda month: _month(sketch.start, month),
                     key=month_key, placeholder=both("select.placeholder"))

        def add_chosen() -> None:
            text = st.session_state.get(f"goal-add-text-{version}", "")
            save(add(sketch, st.session_state[month_key], measure=measure.id if measure else None, text=text))

        st.button(label_of("goal.add_button"), key=f"goal-add-{version}", icon=":material/add:", on_click=add_chosen)


def _ladder(sketch: Sketch, catalogue: JobCatalogue) -> None:
    """The goal ladder, drawn by minplan.goal.ladder like the lessons' ladders, and the same steps as text."""
    heading("goal.ladder_heading", level=3)
    st.image(ladder_picture(sketch, catalogue, BASE_LANGUAGE, norwegian), width="stretch",
             alt=ladder_title(sketch, catalogue, BASE_LANGUAGE, norwegian))
    with st.expander(label_of("goal.ladder_as_text")):
        lines = ladder_lines(sketch, catalogue, BASE_LANGUAGE, norwegian)
        st.markdown("\n".join(f"{number}. {escape_markdown(what)} – {when}" for number, (what, when) in enumerate(lines, start=1)))


def _month(start: str, month: int) -> str:
    """A month as a one-line option: the Norwegian name, and the support language's beside it."""
    language = support_language()
    names = {BASE_LANGUAGE: month_name(start, month, norwegian)}
    return one_line(names | ({language.code: month_name(start, month, t)} if language else {}))


def _start_choices(current: str) -> list[str]:
    """Months around today to start from, always including the sketch's own start."""
    today = month_of(dt.date.today())
    choices = [shift_month(today, offset) for offset in range(-START_CHOICES_BACK, START_CHOICES_AHEAD + 1)]
    return sorted(set(choices) | {current})


def norwegian(key: str) -> str:
    """An interface text in Norwegian, for what the advisor reads: the ladder and the printed sketch."""
    return ui_in(BASE_LANGUAGE)(key)
