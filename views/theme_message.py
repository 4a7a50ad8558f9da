"""The theme part of Streamlit's session message, made once per process instead of once per run.

Streamlit sends a NewSession message at the start of every script run, each fragment tick of a
live class included, and builds its six theme sections from the config each time: reading every
option of the section and parsing the font faces and chart colours. In a class of 60 phones that
was a tenth of the server's time (bench/class_load.py under py-spy). The theme cannot change while
the server runs (the config is read once; a new parse clears what was kept), so each section is
built once and copied into later messages byte for byte.
"""
from __future__ import annotations

from streamlit import config
from streamlit.runtime import app_session

_made: dict[str, bytes] = {}


def keep_theme_message() -> None:
    """Put the kept theme sections in place of Streamlit's builder.

    minplan_app.py calls this on every run: the first call in a process puts it in place, later ones change nothing."""
    build = getattr(app_session, "_populate_theme_msg", None)
    if build is None or getattr(build, "kept", False):  # gone in a newer Streamlit: run as Streamlit does (the test fails)
        return

    def populate(message, section: str = "theme") -> None:
        found = _made.get(section)
        if found is None:
            fresh = type(message)()
            build(fresh, section)
            found = _made[section] = fresh.SerializeToString()
        if found:  # an empty section stays absent, as Streamlit leaves it
            message.MergeFromString(found)

    populate.kept, populate.built_by = True, build
    config.on_config_parsed(_made.clear, force_connect=True)
    app_session._populate_theme_msg = populate
