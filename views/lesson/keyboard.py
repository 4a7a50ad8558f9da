"""Keyboard and clicker control for the projector: arrows, space and page up/down press our buttons.

Presentation clickers send PageDown/PageUp (some send arrows). The listener lives on the app's
page, installed once from a tiny same-origin component, and only clicks buttons that exist.
When projector mode starts, the focus moves to the slide: the sidebar switch that turned it on is hidden
then, and a clicker press must not land on it. While the projector bar is on screen a switch or checkbox
never takes a key: Space moves the deck instead of switching projector mode off in front of the class.
On the last step the forward keys follow the «Neste leksjon» link.
A mouse click on Tilbake/Neste lets go of the focus, so the next clicker press does not draw a focus
frame around the button (Chromium shows one once a key is pressed); Tab still shows where the focus is.
"""
from __future__ import annotations

import streamlit as st

_LISTENER = """<script>
const page = window.parent;
const doc = page.document;
if (!page.__minplanKeys) {
  page.__minplanKeys = true;
  doc.addEventListener("keydown", (event) => {
    const target = event.target;
    const projector = doc.querySelector(".st-key-projector-controls");
    const isSwitch = target.matches && target.matches("input[type=checkbox]");
    if (isSwitch && projector) { target.blur(); }
    else if (target.closest && target.closest("input, textarea, select, [contenteditable], [role=radiogroup]")) return;
    else if ((event.key === " " || event.key === "Enter") && target.tagName === "BUTTON") return;
    const forward = ["ArrowRight", "ArrowDown", "PageDown", " "].includes(event.key);
    const back = ["ArrowLeft", "ArrowUp", "PageUp"].includes(event.key);
    if (isSwitch && projector && event.key === " ") event.preventDefault();
    if (!forward && !back) return;
    const control = doc.querySelector(forward
      ? ".st-key-projector-next button, .st-key-projector-next-lesson a"
      : ".st-key-projector-back button");
    if (control && !control.disabled) { event.preventDefault(); control.click(); }
  }, true);
  doc.addEventListener("click", (event) => {
    const clicked = event.target.closest && event.target.closest(".st-key-projector-controls button");
    if (clicked && event.detail > 0) clicked.blur();
  }, true);
}
/* Runs each time projector mode starts (this frame is new then): the focus goes to the slide. */
let tries = 0;
const focusSlide = () => {
  const slide = doc.querySelector(".st-key-projector-slide");
  if (!slide) { if (tries++ < 50) setTimeout(focusSlide, 100); return; }
  const active = doc.activeElement;
  if (active && active !== doc.body && !active.closest(".st-key-projector-controls")) active.blur();
  slide.setAttribute("tabindex", "-1");
  slide.focus({preventScroll: true});
};
focusSlide();
</script>"""


def install_keys() -> None:
    """Let the keyboard and presentation clickers move the projector forward and back."""
    st.iframe(_LISTENER, height=1, width=1)
