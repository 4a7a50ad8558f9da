"""The «Hvem spør jeg?» card on screen, and the choice of municipality on the start page.

The card's rows come from minplan/local/card.py; here they are only arranged: Norwegian, and the
support language beside or below it, like every text (views.bilingual.say).
"""
from __future__ import annotations

import streamlit as st

from minplan.content.text import BASE_LANGUAGE
from minplan.local.card import card_markdown, local_rows, rows
from minplan.local.kinds import kommuner
from minplan.served import served
from views.bilingual import both, label_of, say
from views.session import content, progress, save, support_language, t

KEY = "hvem-spor-jeg"
PICKER = "kommune-picker"
NONE = "-"
"""The picker's option for no municipality: a string, since Streamlit reads None as nothing chosen."""


def show_card() -> None:
    """The card in a framed block: whom to ask, where to go, where to send the klage; local practices folded."""
    with st.container(key=KEY):
        st.subheader(both("local.card_title"))
        say(_texts(rows))
        if local_rows(content(), progress().kommune, BASE_LANGUAGE):
            with st.expander(label_of("local.practices"), key=f"{KEY}-more"):
                say(_texts(local_rows))


def _texts(part) -> dict[str, str]:
    """One part of the card as a text by language: Norwegian, and the support language when one is chosen."""
    whole, number, language = content(), progress().kommune, support_language()
    text = {BASE_LANGUAGE: card_markdown(part(whole, number, BASE_LANGUAGE))}
    if language:
        text[language.code] = card_markdown(part(whole, number, language.code), rtl=language.direction == "rtl")
    return text


def kommune_picker() -> None:
    """Choose the municipality when the deployment holds more than one; the choice goes into the address."""
    found = kommuner(served())
    if len(found) < 2:
        return
    numbers = [NONE, *found]
    names = {number: kommune.name for number, kommune in found.items()} | {NONE: t("local.pick_none")}
    st.session_state[PICKER] = progress().kommune or NONE
    st.selectbox(both("local.pick"), numbers, format_func=lambda number: names.get(number, number), key=PICKER,
                 on_change=lambda: _choose(st.session_state[PICKER], numbers))


def _choose(number: object, numbers: list[str]) -> None:
    """Save a picked municipality; anything not offered changes nothing."""
    if number in numbers:
        save(progress().with_kommune(None if number == NONE else str(number)))
