"""«Lydopptak» for staff: the texts of one language with their state, and recording one in the browser.

The page exists only when the server has a staff password (MINPLAN_STAFF_PASSWORD) and is usable only once
a staff member has typed it; without the variable it is not built, so no visitor can write to the content.
A recording is made with st.audio_input (or uploaded), compressed to AAC (minplan/audio/encoding.py),
played back, and kept or redone; keeping writes it into the content folder beside the YAML.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

import streamlit as st

from minplan.audio.encoding import RATE, Encoded, encode_speech
from minplan.audio.recordings import CHANGED, FOLDER, TextStatus, counts, save_recording, statuses
from minplan.catalogue import catalogue
from minplan.content.loader import content_root
from views.audio.play import forget_recordings, player
from views.bilingual import both
from views.session import content, t

URL_PATH = "opptak"
PASSWORD = "MINPLAN_STAFF_PASSWORD"
ICONS = {"recorded": ":material/check_circle:", "stale": ":material/update:", "missing": ":material/radio_button_unchecked:"}


def staff_password() -> str | None:
    """The staff password the server was started with, or None: then the page does not exist."""
    return os.environ.get(PASSWORD) or None


def page() -> st.Page:
    return st.Page(show, title=both("audio.nav"), icon=":material/mic:", url_path=URL_PATH)


def show() -> None:
    st.title(t("audio.title"))
    if not _signed_in():
        return
    st.markdown(t("audio.intro"))
    languages = {language.code: language.name for language in content().languages}
    code = st.selectbox(t("audio.language"), list(languages), format_func=languages.get, key="audio-language")
    found = _statuses(code, _changed(), str(content_root()))
    number = counts(found)
    st.caption(t("audio.coverage").format(recorded=number["recorded"], stale=number["stale"], missing=number["missing"]))
    if not found:
        return
    first = next((index for index, status in enumerate(found) if status.state != "recorded"), 0)
    index = st.selectbox(t("audio.text"), range(len(found)), index=first, key=f"audio-text-{code}",
                         format_func=lambda at: _line(found[at]))
    _record(found[index])


@st.cache_data(ttl=300, show_spinner=False)
def _statuses(code: str, saved: int, root: str) -> list[TextStatus]:
    """The texts' states below `root`, read again after each save (`saved` changes): they read every content
    file, which takes seconds, too long for every click."""
    return statuses(catalogue(), code, Path(root))


def _changed() -> int:
    marker = content_root() / FOLDER / CHANGED
    return marker.stat().st_mtime_ns if marker.exists() else 0


def _signed_in() -> bool:
    """True once this session typed the server's staff password (compared in constant time)."""
    if st.session_state.get("audio-staff"):
        return True
    typed = st.text_input(t("audio.password"), type="password", key="audio-password")
    if typed and hmac.compare_digest(typed.encode(), (staff_password() or "").encode()) and staff_password():
        st.session_state["audio-staff"] = True
        st.rerun()
    if typed:
        st.error(t("audio.wrong_password"))
    return False


def _line(status: TextStatus) -> str:
    text = status.text.text.replace("\n", " ")
    return f"{t('audio.state.' + status.state)} · {status.text.file.rsplit('/', 1)[-1]} {status.text.field}: " \
           f"{text[:70]}{'…' if len(text) > 70 else ''}"


def _record(status: TextStatus) -> None:
    """The text in full, its saved recording if any, and the recorder with listen, keep and redo."""
    text = status.text
    direction = content().language(text.language).direction
    with st.container(border=True, key=f"audio-text-{direction}"):
        st.markdown(f"{ICONS[status.state]} **{t('audio.state.' + status.state)}**")
        st.text(text.text)
    if status.recording:
        st.caption(t("audio.saved_now"))
        st.html(player(f"/{status.recording}", text.language))
    attempt = st.session_state.get("audio-attempt", 0)
    where = f"{text.language}-{text.file}-{text.field}-{attempt}"
    raw = st.audio_input(t("audio.record"), sample_rate=RATE, key=f"audio-input-{where}")
    uploaded = st.file_uploader(t("audio.upload"), key=f"audio-upload-{where}")
    chosen = raw or uploaded
    if chosen is None:
        return
    result = _encoded(chosen.getvalue())
    if not isinstance(result, Encoded):
        st.warning(t(result.reason), icon=":material/warning:")
        return
    st.audio(result.data, format="audio/mp4")
    keep, redo = st.columns(2)
    if keep.button(t("audio.keep"), key=f"audio-keep-{where}", type="primary", icon=":material/save:"):
        save_recording(content_root(), text, result.data)
        forget_recordings()
        st.session_state["audio-attempt"] = attempt + 1
        st.toast(t("audio.saved"), icon=":material/check:")
        st.rerun()
    if redo.button(t("audio.redo"), key=f"audio-redo-{where}", icon=":material/replay:"):
        st.session_state["audio-attempt"] = attempt + 1
        st.rerun()


def _encoded(raw: bytes):
    """Encode once per recording: the page runs again on every click, the recording stays the same."""
    digest = hashlib.sha256(raw).hexdigest()
    kept = st.session_state.get("audio-encoded")
    if not kept or kept[0] != digest:
        kept = st.session_state["audio-encoded"] = (digest, encode_speech(raw))
    return kept[1]
