"""Play a text's recording: a small native player beside the text, or the lesson's read-aloud, loading on tap.

The page carries only the recording's address (/audio/…, served by minplan/audio/route.py) in an
<audio preload="none">, so nothing is fetched until the participant taps play, and a page whose texts
have no recording carries nothing at all. Stale recordings are not in the index, so they show no player.
"""
from __future__ import annotations

import html
import os
import time
from functools import cache
from pathlib import Path

import streamlit as st

from minplan.audio.recordings import CHANGED, FOLDER, playable
from minplan.catalogue import catalogue
from minplan.content.loader import content_root
from minplan.content.text import BASE_LANGUAGE
from minplan.translation.review import fingerprint
from views.session import content, support_language, ui_in


@cache
def _index(root: str, _changed: int) -> dict[tuple[str, str], str]:
    return playable(catalogue(), [language.code for language in content().languages], Path(root))


LOOK_AGAIN_SECONDS = 1.0
"""How long the recordings' folder is trusted unchanged before it is looked at again: a lesson asks for
fifty recordings per run, and two file checks each were a tenth of the run (bench/rerun_ratio.py).
A save on this process shows at once (forget_recordings); one on another replica within a second."""

_looked: dict[str, tuple[float, dict[tuple[str, str], str]]] = {}


def _recordings() -> dict[tuple[str, str], str]:
    """The playable recordings of the content in use, by (language, fingerprint of the text)."""
    where = os.environ.get("MINPLAN_CONTENT", "")  # cheaper than content_root() fifty times a run
    at, found = _looked.get(where, (-LOOK_AGAIN_SECONDS, {}))
    if time.monotonic() - at >= LOOK_AGAIN_SECONDS:
        root = content_root()
        marker = root / FOLDER / CHANGED
        found = (_index(str(root), marker.stat().st_mtime_ns if marker.exists() else 0)
                 if (root / FOLDER).is_dir() else {})
        _looked[where] = (time.monotonic(), found)
    return found


def recording_url(text: dict[str, str], code: str) -> str | None:
    """The address of the recording of `text` in language `code` as it reads now, or None."""
    said, recordings = text.get(code), _recordings()
    found = recordings.get((code, fingerprint(said))) if said and recordings else None
    return f"/{found}" if found else None


def forget_recordings() -> None:
    """Read the recordings again (after a save, or when tests point MINPLAN_CONTENT elsewhere)."""
    _index.cache_clear()
    _looked.clear()


def play(text: dict[str, str]) -> None:
    """A player for each recording of `text`, Norwegian first, then the support language; nothing when none."""
    codes = [BASE_LANGUAGE] + ([support_language().code] if support_language() else [])
    players = []
    for code in codes:
        url = recording_url(text, code)
        if url:
            players.append(player(url, code))
    if players:
        st.html(f'<div class="mp-recordings">{"".join(players)}</div>')


def player(url: str, code: str) -> str:
    """The phone's own small player for the recording at `url`, named in its language; it fetches nothing until played."""
    name = html.escape(ui_in(code)("audio.listen").format(name=content().language(code).name))
    return f'<audio class="mp-recording" controls preload="none" src="{html.escape(url)}" lang="{code}" aria-label="{name}"></audio>'

