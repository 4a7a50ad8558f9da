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
#status{font-size:14px;color:#3d4651;min-height:18px}
#status:empty{display:none}
</style></head><body><div id="buttons"></div><div id="status" role="status" aria-live="polite"></div>
<script>
const DATA = __DATA__;
const statusBox = document.getElementById("status");
function voiceFor(tags) {
  const voices = window.speechSynthesis ? speechSynthesis.getVoices() : [];
  return voices.find(v => tags.some(tag => v.lang.toLowerCase().replace("_", "-").startsWith(tag.toLowerCase())));
}
let playing = null;
function stopAll() { if (playing) { playing.pause(); playing = null; } if (window.speechSynthesis) speechSynthesis.cancel(); }
function playOne(part, index, voice) {
  return new Promise(done => {
    const url = part.recordings[index];
    if (url) { playing = new Audio(url); playing.onended = done; playing.onerror = done; playing.play().catch(done); return; }
    if (!voice) { done(); return; }
    const utterance = new SpeechSynthesisUtterance(part.texts[index]);
    utterance.voice = voice; utterance.lang = voice.lang; utterance.rate = 0.9;
    utterance.onend = done; utterance.onerror = done; speechSynthesis.speak(utterance);
  });
}
async function speak(part) {
  stopAll();
  statusBox.textContent = "";
  const voice = voiceFor(part.voices), run = {};
  speak.current = run;
  for (let index = 0; index < part.texts.length && speak.current === run; index++) await playOne(part, index, voice);
}
function draw() {
  const box = document.getElementById("buttons");
  box.replaceChildren();
  let shown = 0;
  for (const part of DATA.parts) {
    if (!part.recordings.some(Boolean) && !voiceFor(part.voices)) continue;
    const button = document.createElement("button");
    button.type = "button"; button.textContent = "🔊 " + part.label; button.lang = part.code; button.dir = "auto";
    button.addEventListener("click", () => speak(part));
    box.appendChild(button); shown++;
  }
  if (!shown) return;
  const stop = document.createElement("button");
  stop.type = "button"; stop.textContent = "■ " + DATA.stop; stop.dir = "auto";
  stop.addEventListener("click", () => { speak.current = null; stopAll(); });
  box.appendChild(stop);
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
    `recordings` has the address of each text's recording, or None where the device's voice must read it."""
    return {
        "code": language.code,
        "label": say("read.aloud").format(name=language.name),
        "voices": language.voices,
        "texts": texts,
        "recordings": recordings,
    }
