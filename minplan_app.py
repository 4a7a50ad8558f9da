"""Min plan's Streamlit script: builds the pages from the content and runs the chosen one (app.py serves it)."""
import streamlit as st

from views.bilingual import start_run
from views.classroom.teacher import SCREEN_PAGES
from views.navigation import build_pages, menu
from views.session import progress, remember_in_url
from views.settings import sidebar
from views.theme_message import keep_theme_message

# A static URL, not a file: Streamlit would read and register the file again on every run.
st.set_page_config(page_title="Min plan", page_icon="/app/static/icon.png")
# The stylesheet (assets/css/) is linked from index.html's head by app.py (minplan/serving/stylesheet.py).

keep_theme_message()  # once per process; later runs find it in place
start_run()
pages = build_pages()
page = st.navigation(list(pages.values()), position="hidden")
full_screen = progress().projector or page.url_path in SCREEN_PAGES
st.set_page_config(layout="wide" if full_screen else "centered",
                   initial_sidebar_state="collapsed" if full_screen else "auto")
with st.sidebar:
    menu(pages)
sidebar()
remember_in_url()
page.run()
