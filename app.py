"""Min plan as `streamlit run app.py` serves it: the pages (minplan_app.py), compressed, light fonts, a lesson's first lines before the scripts, a health check, the recordings."""
from functools import cache

import streamlit as st
from starlette.middleware import Middleware

from minplan.audio.route import audio_route
from minplan.classroom.store import ClassStore
from minplan.classroom.tables import database_url, lifetime_hours, make_engine, prepare
from minplan.first_view import first_view
from minplan.serving.compression import Compression
from minplan.serving.fonts import Fonts
from minplan.serving.health import Readiness, health_route, prepare_at_start
from minplan.serving.stylesheet import Stylesheet
from minplan.serving.upkeep import with_sweeps

class_database = cache(lambda: make_engine(database_url()))
"""The class database's engine for the health check (the pages keep their own)."""
class_store = Readiness(class_database, prepare)
"""The class store's folder and tables, prepared as the server starts, so /healthz is right from the first second."""
sweeper = cache(lambda: ClassStore(class_database(), lifetime_hours()))
"""The store that sweeps expired classes at start and every minute, even when nobody visits."""

# Compression wraps the others, so Stylesheet sees (and edits) index.html before it is compressed.
app = st.App("minplan_app.py", middleware=[Middleware(Compression), Middleware(Fonts), Middleware(Stylesheet, first_view=first_view)],
             routes=[health_route(class_store), audio_route()],
             lifespan=with_sweeps(prepare_at_start(class_store),
                                  lambda: sweeper().sweep()))
