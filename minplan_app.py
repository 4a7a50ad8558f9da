"""Min plan's Streamlit script: builds the pages from the content and runs the chosen one (app.py serves it)."""
import streamlit as st

from views.bilingual import start_run
from views.navigation import build_pages
from views.session import progress, remember_in_url, stylesheet
from views.settings import sidebar

projector = progress().projector
st.set_page_config(
    page_title="Min plan",
    # A static URL, not a file: Streamlit would read and register the file again on every run.
    page_icon="/app/static/icon.png",
    layout="wide" if projector else "centered",
    initial_sidebar_state="collapsed" if projector else "auto",
)
st.html(f"<style>{stylesheet()}</style>")

start_run()
page = st.navigation(list(build_pages().values()))
sidebar()
remember_in_url()
page.run()
