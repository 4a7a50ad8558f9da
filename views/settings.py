"""The sidebar: support language, teacher notes and projector mode, all kept in the URL."""
from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from minplan.lesson.progress import Progress
from views.bilingual import language_picker
from views.session import progress, save, t


def sidebar() -> None:
    with st.sidebar:
        language_picker("sidebar-language")
        _switch("sidebar.teacher_notes", "sidebar.teacher_notes_help", progress().teacher, Progress.with_teacher_notes)
        _switch("projector.on", "projector.on_help", progress().projector, Progress.with_projector)


def _switch(label_key: str, help_key: str, value: bool, change: Callable[[Progress, bool], Progress]) -> None:
    """A toggle whose new value goes into the participant's progress (and so into the URL)."""
    key = f"toggle:{label_key}"
    st.toggle(t(label_key), value=value, key=key, help=t(help_key),
              on_change=lambda: save(change(progress(), st.session_state[key])))
