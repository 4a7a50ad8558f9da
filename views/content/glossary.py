"""The glossary (ordliste): every term, searchable, grouped by first letter in Norwegian order."""
from __future__ import annotations

from itertools import groupby

import streamlit as st

from minplan.content.glossary import first_letter, search_terms
from minplan.content.markdown import escape_markdown
from views.audio.play import play
from views.bilingual import label, say, unreviewed_notice
from views.exchange.downloads import glossary_buttons
from views.session import content, language, t


def show() -> None:
    st.title(t("glossary.title"))
    st.markdown(t("glossary.intro"))
    query = st.text_input(t("glossary.search"), key="glossary-query", max_chars=60, placeholder=t("glossary.search_hint"))
    terms = search_terms(content().glossary.values(), query, language())
    if not terms:
        st.info(t("glossary.none").format(query=escape_markdown(query)))
        return
    st.caption(t("glossary.count").format(count=len(terms)))
    unreviewed_notice()
    grouped = groupby(terms, key=first_letter) if not query.strip() else [("", terms)]
    for letter, group in grouped:
        if letter:
            st.subheader(letter)
        for term in group:
            with st.container(border=True):
                st.markdown(f"**{label(term.word)}**")
                play(term.word)
                say(term.explanation)
                say(term.example, "*{}*")
    glossary_buttons()
