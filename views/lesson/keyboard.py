"""Keyboard and clicker control for the projector: arrows, space and page up/down press our buttons.

Presentation clickers send PageDown/PageUp (some send arrows). The listener lives on the app's
page, installed once from a tiny same-origin component, and only clicks buttons that exist.
A mouse click on Tilbake/Neste lets go of the focus, so the next clicker press does not draw a focus
frame around the button (Chromium shows one once a key is pressed); Tab still shows where the focus is.
"""
from __future__ import annotations

import streamlit as st

_LISTENER = """<script>
const page = window.parent;
if (!page.__minplanKeys) {
  page.__minplanKeys = true;
  page.document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (target.closest && target.closest("input, textarea, select, [contenteditable], [role=radiogroup]")) return;
    if ((event.key === " " || event.key === "Enter") && target.tagName === "BUTTON") return;
    const forward = ["ArrowRight", "ArrowDown", "PageDown", " "].includes(event.key);
    const back = ["ArrowLeft", "ArrowUp", "PageUp"].includes(event.key);
    if (!forward && !back) return;
    const button = page.document.querySelector(forward ? ".st-key-projector-next button" : ".st-key-projector-back button");
    if (button && !button.disabled) { event.preventDefault(); button.click(); }
  });
  page.document.addEventListener("click", (event) => {
    const clicked = event.target.closest && event.target.closest(".st-key-projector-controls button");
    if (clicked && event.detail > 0) clicked.blur();
  }, true);
}
</script>"""


def install_keys() -> None:
    """Let the keyboard and presentation clickers move the projector forward and back."""
    st.iframe(_LISTENER, height=1, width=1)
