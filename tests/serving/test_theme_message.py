"""The theme sections Streamlit sends at every run start, kept once: the same bytes as Streamlit builds them."""
from __future__ import annotations

from pathlib import Path

from streamlit import config
from streamlit.proto.NewSession_pb2 import NewSession
from streamlit.runtime import app_session

from views.theme_message import keep_theme_message as install

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = {"theme": (), "theme.light": ("light",), "theme.dark": ("dark",), "theme.sidebar": ("sidebar",),
            "theme.light.sidebar": ("light", "sidebar"), "theme.dark.sidebar": ("dark", "sidebar")}


def whole_theme(populate) -> bytes:
    """The custom theme of a session message, every section filled as Streamlit's _create_new_session_message does."""
    message = NewSession()
    for section, path in SECTIONS.items():
        part = message.custom_theme
        for name in path:
            part = getattr(part, name)
        populate(part, section)
    return message.SerializeToString()


def test_the_kept_theme_is_byte_for_byte_streamlits_own(monkeypatch):
    monkeypatch.chdir(ROOT)
    config.get_config_options(force_reparse=True)
    install()
    kept = app_session._populate_theme_msg
    built = kept.built_by
    theirs = whole_theme(built)
    assert whole_theme(kept) == theirs
    assert whole_theme(kept) == theirs, "the second message, from what was kept, differs"
    message = NewSession()
    message.ParseFromString(theirs)
    assert [face.family for face in message.custom_theme.font_faces] == ["Minplan Sans"] * 4
    assert not message.custom_theme.HasField("dark"), "an empty section must stay absent"


def test_installing_twice_keeps_one_layer():
    install()
    first = app_session._populate_theme_msg
    install()
    assert app_session._populate_theme_msg is first
