"""Read texts aloud: a person's recording where one fits the text (views/audio/play.py), else the device's own voice.

A small component with a button for Norwegian and one for the support language. Each text plays its
recording, fetched only on the tap, or is spoken by the device; a text with neither is skipped, and a
language with neither for any of its texts gets no button at all.
"""
from __future__ import annotations

import json
from collections.abc import Sequence

import streamlit as st

from minplan.content.text import BASE_LANGUAGE
from views.audio.play import recording_url
from views.bilingual import translated
from views.session import content, support_language, t, ui_in

_PLAYER = """<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;padding-bottom:2px;font-family:"Source Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;font-size:16px;color:#14171a}
button{min-height:44px;margin:0 8px 4px 0;padding:6px 14px;border:1px solid #8a94a3;border-radius:6px;
background:#eef2f7;color:#14171a;font-size:16px;cursor:pointer}
button:focus-visible{outline:3px solid #1d4f91;outline-offset:2px}
</style></head><body><div id="buttons"></div>
<script>
const DATA = __DATA__;
function voiceFor(tags) {
  const voices = window.speechSynthesis ? speechSynthesis.getVoices() : [];
  return voices.find(v => tags.some(tag => v.lang.toLowerCase().replace("_", "-").startsWith(tag.toLowerCase())));
}
let audio = null, run = null;
function stop() { run = null; if (audio) audio.pause(); if (window.speechSynthesis) speechSynthesis.cancel(); }
function one(part, i, voice) {
  return new Promise(done => {
    if (part.recordings[i]) { audio = new Audio(part.recordings[i]); audio.onended = audio.onerror = done; audio.play().catch(done); }
    else if (voice) { const u = new SpeechSynthesisUtterance(part.texts[i]); u.voice = voice; u.lang = voice.lang; u.rate = 0.9;
      u.onend = u.onerror = done; speechSynthesis.speak(u); }
    else done();
  });
}
async function speak(part) {
  stop(); const mine = run = {}, voice = voiceFor(part.voices);
  for (let i = 0; i < part.texts.length && run === mine; i++) await one(part, i, voice);
}
function button(text, code, onClick) {
  const b = document.createElement("button");
  b.type = "button"; b.textContent = text; b.lang = code; b.dir = "auto"; b.addEventListener("click", onClick);
  return b;
}
function draw() {
  const parts = DATA.parts.filter(part => Object.keys(part.recordings).length || voiceFor(part.voices));
  const buttons = parts.map(part => button("🔊 " + part.label, part.code, () => speak(part)));
  document.getElementById("buttons").replaceChildren(...buttons, ...(buttons.length ? [button("■ " + DATA.stop, "", stop)] : []));
}
draw();
if (window.speechSynthesis) speechSynthesis.addEventListener("voiceschanged", draw);
/* Streamlit measures at least the frame's own height (150 px at first): shrink the frame to the buttons. */
function fit() { if (window.frameElement) window.frameElement.style.height = Math.ceil(document.body.getBoundingClientRect().height) + "px"; }
new ResizeObserver(fit).observe(document.body); fit();
</script></body></html>"""


def read_aloud(texts: Sequence[dict[str, str]]) -> None:
    """Buttons that read `texts` aloud in Norwegian, and in the support language when chosen."""
    norwegian = content().language(BASE_LANGUAGE)
    parts = [_part(norwegian, [text[BASE_LANGUAGE] for text in texts], ui_in(BASE_LANGUAGE),
                   [recording_url(text, BASE_LANGUAGE) for text in texts])]
    language = support_language()
    if language:
        chosen = [text for text in texts if translated(text)]
        if chosen:
            parts.append(_part(language, [translated(text) for text in chosen], t,
                               [recording_url(text, language.code) for text in chosen]))
    data = {"parts": parts, "stop": t("read.stop")}
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    st.iframe(_PLAYER.replace("__DATA__", payload), height="content")


def _part(language, texts: list[str], say, recordings: list[str | None]) -> dict:
    """One language's button, labelled in that language's own interface words (Norwegian for Norwegian);
    `recordings` has the address of each text's recording by its place (texts without one are left out, so a
    lesson with no recordings weighs what it did before)."""
    return {
        "code": language.code,
        "label": say("read.aloud").format(name=language.name),
        "voices": language.voices,
        "texts": texts,
        "recordings": {index: url for index, url in enumerate(recordings) if url},
    }
