"""The join page offers the phone's own language first, as the start page does, before the code field.

A phone that scanned the board's QR code lands here with the code filled in and, unless the board
chose a language, in Norwegian only. Scanning is what participants with little schooling do, so the
language comes first: «Bruk العربية» when the phone's language is one we have, then the seven
language names in their own script as big buttons. The choice goes into the address (`lang=`).
"""
from __future__ import annotations

import streamlit as st

from minplan.content.languages import suggest_language
from minplan.content.text import BASE_LANGUAGE
from views.session import content, progress, save, t


def choose() -> None:
    """The phone's language as a suggestion (when none is chosen yet), then every language as a button."""
    names = {language.code: language.name for language in content().languages}
    current = progress().support or BASE_LANGUAGE
    suggested = suggest_language(st.context.locale, content().languages)
    if current == BASE_LANGUAGE and suggested:
        st.button(t("language.suggest").format(name=names[suggested]), key="class-language-suggest", type="primary",
                  width="stretch", icon=":material/translate:", on_click=_pick, args=(suggested,))
    st.markdown(t("classhour.pick_language"))
    with st.container(key="class-languages", horizontal=True):
        for code, name in names.items():
            st.button(name, key=f"class-language-{code}", type="primary" if code == current else "secondary",
                      on_click=_pick, args=(code,))


def _pick(code: str) -> None:
    """Keep the chosen language for this phone (in the session and the address)."""
    save(progress().with_support(None if code == BASE_LANGUAGE else code))
