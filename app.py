"""Min plan as `streamlit run app.py` serves it: the pages (minplan_app.py), compressed, with a health check."""
from functools import cache

import streamlit as st
from starlette.middleware import Middleware

from minplan.classroom.tables import database_url, make_engine
from minplan.serving.compression import Compression
from minplan.serving.health import health_route

class_database = cache(lambda: make_engine(database_url()))
"""The class database's engine for the health check, made on the first check (the pages keep their own)."""

app = st.App("minplan_app.py", middleware=[Middleware(Compression)], routes=[health_route(class_database)])
