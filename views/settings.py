"""The sidebar: support language, teacher notes and projector mode, all kept in the URL.

The two switches are the teacher's, so their labels stay in Norwegian whatever support language is chosen."""
from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from minplan.lesson.progress import Progress
from views.bilingual import language_picker
from views.session import norwegian, progress, save

PROJECTOR_SWITCH = "toggle:projector.on"
"""The session key of the projector switch, which «Vis på tavla» on a lesson page also turns on."""


def sidebar() -> None:
    with st.sidebar:
        language_picker("sidebar-language")
        _switch("sidebar.teacher_notes", "sidebar.teacher_notes_help", progress().teacher, Progress.with_teacher_notes)
        _switch("projector.on", "projector.on_help", progress().projector, Progress.with_projector)


def projector_on() -> None:
    """Turn projector mode on, with the sidebar switch showing it (a callback, for «Vis på tavla»)."""
    st.session_state[PROJECTOR_SWITCH] = True
    save(progress().with_projector(True))


def _switch(label_key: str, help_key: str, value: bool, change: Callable[[Progress, bool], Progress]) -> None:
    """A toggle whose new value goes into the participant's progress (and so into the URL)."""
    key = f"toggle:{label_key}"
    st.toggle(norwegian(label_key), value=value, key=key, help=norwegian(help_key),
              on_change=lambda: save(change(progress(), st.session_state[key])))
