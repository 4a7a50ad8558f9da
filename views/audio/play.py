"""Play a text's recording: a small native player beside the text, or the lesson's read-aloud, loading on tap.

The page carries only the recording's address (/audio/…, served by minplan/audio/route.py) in an
<audio preload="none">, so nothing is fetched until the participant taps play, and a page whose texts
have no recording carries nothing at all. Stale recordings are not in the index, so they show no player.
"""
from __future__ import annotations

import html
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


def recording_url(text: dict[str, str], code: str) -> str | None:
    """The address of the recording of `text` in language `code` as it reads now, or None."""
    said = text.get(code)
    if not said:
        return None
    root = content_root()
    marker = root / FOLDER / CHANGED
    if not (root / FOLDER).is_dir():
        return None
    found = _index(str(root), marker.stat().st_mtime_ns if marker.exists() else 0).get((code, fingerprint(said)))
    return f"/{found}" if found else None


def forget_recordings() -> None:
    """Read the recordings again (after a save, or when tests point MINPLAN_CONTENT elsewhere)."""
    _index.cache_clear()


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

