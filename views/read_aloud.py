"""Read a text aloud with the browser's own speech synthesis: no server, works offline on the device.

A small component with a button for Norwegian and one for the support language. If the
device has no voice for a language, it says so instead of staying silent.
"""
from __future__ import annotations

import json
from collections.abc import Sequence

import streamlit as st

from minplan.content.text import BASE_LANGUAGE
from views.bilingual import translated
from views.session import content, support_language, t, ui_in

_PLAYER = """<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;padding-bottom:2px;font-family:"Source Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;font-size:16px;color:#14171a}
button{min-height:44px;margin:0 8px 4px 0;padding:6px 14px;border:1px solid #8a94a3;border-radius:6px;
background:#eef2f7;color:#14171a;font-size:16px;cursor:pointer}
button:focus-visible{outline:3px solid #1d4f91;outline-offset:2px}
#status{font-size:14px;color:#3d4651;min-height:18px}
</style></head><body><div id="buttons"></div><div id="status" role="status" aria-live="polite"></div>
<script>
const DATA = __DATA__;
const statusBox = document.getElementById("status");
function voiceFor(tags) {
  const voices = window.speechSynthesis ? speechSynthesis.getVoices() : [];
  return voices.find(v => tags.some(tag => v.lang.toLowerCase().replace("_", "-").startsWith(tag.toLowerCase())));
}
function speak(part) {
  if (!window.speechSynthesis) { statusBox.textContent = DATA.noSpeech; return; }
  speechSynthesis.cancel();
  const voice = voiceFor(part.voices);
  if (!voice) { statusBox.textContent = part.noVoice; return; }
  statusBox.textContent = "";
  for (const text of part.texts) {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice; utterance.lang = voice.lang; utterance.rate = 0.9;
    speechSynthesis.speak(utterance);
  }
}
for (const part of DATA.parts) {
  const button = document.createElement("button");
  button.type = "button"; button.textContent = "🔊 " + part.label; button.lang = part.code; button.dir = "auto";
  button.addEventListener("click", () => speak(part));
  document.getElementById("buttons").appendChild(button);
}
const stop = document.createElement("button");
stop.type = "button"; stop.textContent = "■ " + DATA.stop; stop.dir = "auto";
stop.addEventListener("click", () => window.speechSynthesis && speechSynthesis.cancel());
document.getElementById("buttons").appendChild(stop);
/* Streamlit measures at least the frame's own height (150 px at first): shrink the frame to the buttons. */
function fit() { if (window.frameElement) window.frameElement.style.height = Math.ceil(document.body.getBoundingClientRect().height) + "px"; }
new ResizeObserver(fit).observe(document.body); fit();
</script></body></html>"""


def read_aloud(texts: Sequence[dict[str, str]]) -> None:
    """Buttons that read `texts` aloud in Norwegian, and in the support language when chosen."""
    norwegian = content().language(BASE_LANGUAGE)
    parts = [_part(norwegian, [text[BASE_LANGUAGE] for text in texts], ui_in(BASE_LANGUAGE))]
    language = support_language()
    if language:
        others = [other for text in texts if (other := translated(text))]
        if others:
            parts.append(_part(language, others, t))
    data = {"parts": parts, "stop": t("read.stop"), "noSpeech": t("read.no_speech")}
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    st.iframe(_PLAYER.replace("__DATA__", payload), height="content")


def _part(language, texts: list[str], say) -> dict:
    """One language's button, labelled in that language's own interface words (Norwegian for Norwegian)."""
    return {
        "code": language.code,
        "label": say("read.aloud").format(name=language.name),
        "voices": language.voices,
        "texts": texts,
        "noVoice": say("read.no_voice").format(name=language.name),
    }
