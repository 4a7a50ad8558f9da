"""The sidebar: support language, teacher notes and projector mode, all kept in the URL."""
from __future__ import annotations

import streamlit as st

from views.bilingual import language_picker
from views.session import progress, save, t


def sidebar() -> None:
    with st.sidebar:
        language_picker("sidebar-language")
        st.toggle(
            t("sidebar.teacher_notes"),
            value=progress().teacher,
            key="teacher-toggle",
            help=t("sidebar.teacher_notes_help"),
            on_change=lambda: save(progress().with_teacher_notes(st.session_state["teacher-toggle"])),
        )
        st.toggle(
            t("projector.on"),
            value=progress().projector,
            key="projector-toggle",
            help=t("projector.on_help"),
            on_change=lambda: save(progress().with_projector(st.session_state["projector-toggle"])),
        )
