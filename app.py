"""Min plan: the entry point. Builds the pages from the content and runs the chosen one."""
from pathlib import Path

import streamlit as st

from views.navigation import build_pages
from views.session import progress, remember_in_url, save, t

st.set_page_config(page_title="Min plan", page_icon=":material/map:", layout="centered")
st.html(f"<style>{(Path(__file__).parent / 'assets' / 'style.css').read_text()}</style>")

page = st.navigation(list(build_pages().values()))
with st.sidebar:
    st.toggle(
        t("sidebar.teacher_notes"),
        value=progress().teacher,
        key="teacher-toggle",
        help=t("sidebar.teacher_notes_help"),
        on_change=lambda: save(progress().with_teacher_notes(st.session_state["teacher-toggle"])),
    )
remember_in_url()
page.run()
