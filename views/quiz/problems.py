"""An upload's problems on the page: each in Norwegian, with the support language beneath it, by line.

A problem that carries its message as interface keys (Problem.said: every GIFT problem) is said from
ui/giftwords.yaml; one that does not (a pydantic message on a YAML upload) is shown as `minplan check`
prints it. Every text is shown with st.text, never as Markdown: the values come from an untrusted file.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import streamlit as st

from minplan.content.bidi import PDI, in_direction, isolate
from minplan.content.problems import Problem, Said, printable, said
from minplan.content.text import BASE_LANGUAGE
from views.session import support_language, ui_in

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
LRI = "\u2066"
"""LEFT-TO-RIGHT ISOLATE, closed by PDI like the first-strong isolates of minplan.content.bidi."""


def show(problems: Sequence[Problem]) -> None:
    """The problems without keys as plain check lines, then each keyed problem in both languages."""
    plain = [str(problem) for problem in problems if problem.said is None]
    if plain:
        st.text("\n".join(plain))
    language = support_language()
    for number, problem in enumerate(problem for problem in problems if problem.said is not None):
        with st.container(key=f"giftwords-problem-{number}"):
            st.text(_sentence(problem, ui_in(BASE_LANGUAGE), "ltr"))
            if language:
                with st.container(key=f"under-{language.direction}-{language.code}-giftwords-{number}"):
                    st.text(_sentence(problem, ui_in(language.code), language.direction))


def _sentence(problem: Problem, words: Callable[[str], str], direction: str) -> str:
    """«Linje 5 – spørsmålet på linje 5: …» in one language; the field is the teacher's own name for the
    question when it has one, isolated so it cannot turn the line around."""
    where = _fill(problem.place, words, direction) if problem.place else isolate(printable(problem.field))
    line = _fill(said("giftwords.line", line=problem.line), words, direction)
    return f"{line} – {where}: {_fill(problem.said, words, direction)}"


def _fill(message: Said, words: Callable[[str], str], direction: str) -> str:
    """The message's sentences in one language, each value put in once (never read as a placeholder again),
    shown escaped (printable) and isolated, so a mark such as "}" or a Norwegian word keeps its place
    (in right-to-left text in_direction has isolated each placeholder already)."""
    values = {name: _value(printable(value), direction) for name, value in message.values}
    text = " ".join(in_direction(words(key), direction) for key in message.keys)
    return _PLACEHOLDER.sub(lambda found: values.get(found.group(1), found.group(0)), text)


def _value(shown: str, direction: str) -> str:
    """A value without letters (a mark such as "}", "{#…}" or "::", a number) isolated left to right: Chromium lays
    out a first-strong isolate that has no letter in the surrounding direction, and would mirror the braces."""
    if not any(char.isalpha() for char in shown):
        return f"{LRI}{shown}{PDI}"
    return shown if direction == "rtl" else isolate(shown)
