"""The glossary (ordliste): search as the learner types, exact words first, or practise with word cards.

The list is drawn once by the server; a small script filters and orders it in the browser at each key
press with the tiers of minplan.content.glossary.rank (the server ranks the same way after Enter), and
says in the count line how many words it shows, from the same interface words as the server.
"""
from __future__ import annotations

import json
from itertools import groupby

import streamlit as st

from minplan.content.cards import Deck
from minplan.content.glossary import first_letter, search_fields, search_terms
from minplan.content.markdown import escape_markdown
from minplan.content.models import Term
from minplan.content.text import BASE_LANGUAGE
from views.audio.play import play
from views.bilingual import heading, label, label_of, say, unreviewed_notice
from views.exchange.downloads import glossary_buttons
from views.read_aloud import read_aloud
from views.session import content, language, support_language, t, ui_in

_LIVE = """<script>(() => {
window.glossaryIndex = __INDEX__;
window.glossaryWords = __WORDS__;
const field = () => document.querySelector(".st-key-glossary-query input");
function tier(entry, q) {
  const [words, text] = entry;
  if (words.includes(q)) return 0;
  if (words.some(w => w.startsWith(q))) return 1;
  if (words.some(w => w.includes(q))) return 2;
  return text.includes(q) ? 3 : -1;
}
function filter() {
  const input = field();
  if (!input || !window.glossaryIndex) return;
  const q = input.value.trim().toLowerCase();
  document.querySelectorAll("[class*='st-key-glossary-letter-']").forEach(el => { el.style.display = q ? "none" : ""; });
  let shown = 0;
  window.glossaryIndex.forEach((entry, number) => {
    const box = document.querySelector(".st-key-glossary-term-" + number);
    const item = box && box.closest(".st-key-glossary-list > *");
    if (!item) return;
    const rank = q ? tier(entry, q) : 0;
    item.style.display = rank < 0 ? "none" : "";
    item.style.order = q ? String(rank) : "";
    if (rank >= 0) shown += 1;
  });
  /* The count line follows the words shown, in Norwegian and beneath it the support language; plain text
     (innerText, a function as the replacement), so the typed query is never markup nor a replacement pattern. */
  const count = document.querySelector(".st-key-glossary-count p");
  const words = window.glossaryWords;
  const lines = shown ? words.count.map(line => line.replace("{count}", () => String(shown)))
                      : words.none.map(line => line.replace("{query}", () => input.value.trim()));
  if (count) count.innerText = lines.join("\\n");
}
/* One listener on the document: Streamlit may replace the field itself between runs. */
if (!window.glossaryLive) {
  window.glossaryLive = true;
  document.addEventListener("input", event => { if (event.target.closest(".st-key-glossary-query")) filter(); });
}
filter();
})();</script>"""


def show() -> None:
    """The glossary page: its heading, a choice between the list and the cards, and the chosen one."""
    heading("glossary.title", level=1)
    st.markdown(t("glossary.intro"))
    modes = {"list": label_of("learnquiz.mode_list"), "cards": label_of("learnquiz.mode_cards")}
    mode = st.segmented_control(t("glossary.title"), list(modes), format_func=modes.get, default="list",
                                key="glossary-mode", label_visibility="collapsed", width="stretch")
    if mode == "cards":
        _cards()
    else:
        _list()


def _list() -> None:
    query = st.text_input(t("glossary.search"), key="glossary-query", max_chars=60, placeholder=t("glossary.search_hint"))
    terms = search_terms(content().glossary.values(), query, language())
    if not terms:
        st.info("  \n".join(line.format(query=escape_markdown(query)) for line in _lines("glossary.none")))
        return
    with st.container(key="glossary-count"):
        st.caption("  \n".join(line.format(count=len(terms)) for line in _lines("glossary.count")))
    unreviewed_notice()
    grouped = groupby(terms, key=first_letter) if not query.strip() else [("", terms)]
    with st.container(key="glossary-list"):
        for letter, group in grouped:
            if letter:
                with st.container(key=f"glossary-letter-{ord(letter)}"):
                    st.subheader(letter)
            for term in group:
                _term(term, terms.index(term))
    index = [search_fields(term, language()) for term in terms]
    words = {"count": _lines("glossary.count"), "none": _lines("glossary.none")}
    st.html(_LIVE.replace("__INDEX__", _json(index)).replace("__WORDS__", _json(words)), unsafe_allow_javascript=True)
    glossary_buttons()


def _lines(key: str) -> list[str]:
    """An interface line in Norwegian and, when a support language is chosen, in it beneath: the words the
    teacher says stay in sight. The page draws them, and the live search rewrites them as the learner types."""
    return [ui_in(BASE_LANGUAGE)(key)] + ([t(key)] if support_language() else [])


def _json(value: object) -> str:
    """`value` as JSON that cannot close the script it is written into."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


def _term(term: Term, number: int) -> None:
    """One word with its explanation and example; `number` (its place in the list) keys it for the live search."""
    with st.container(border=True, key=f"glossary-term-{number}"):
        st.markdown(f"**{label(term.word)}**")
        play(term.word)
        say(term.explanation)
        say(term.example, "*{}*")


def _cards() -> None:
    """One card at a time: the Norwegian word, turned to show the support language and the explanation."""
    terms = content().glossary
    deck: Deck = st.session_state.setdefault("glossary-deck", Deck.of(list(terms)))
    if deck.top is None:
        st.success(label_of("learnquiz.cards_done"), icon=":material/celebration:")
        if st.button(label_of("learnquiz.cards_again"), width="stretch", icon=":material/replay:"):
            st.session_state["glossary-deck"] = Deck.of(list(terms))
            st.rerun()
        return
    term = terms[deck.top]
    st.caption(label_of("learnquiz.cards_left").replace("{left}", str(len(deck.pile))).replace("{known}", str(deck.known)))
    with st.container(border=True, key="glossary-card"):
        st.markdown(f"## {term.word[BASE_LANGUAGE]}")
        if deck.turned:
            _term(term, -1)
    read_aloud([term.word])

    def keep(updated: Deck) -> None:
        st.session_state["glossary-deck"] = updated

    if not deck.turned:
        st.button(label_of("learnquiz.turn"), type="primary", width="stretch", icon=":material/style:",
                  key="glossary-turn", on_click=lambda: keep(deck.turn()))
        return
    left, right = st.columns(2)
    left.button(label_of("learnquiz.know"), type="primary", width="stretch", icon=":material/check:",
                key="glossary-know", on_click=lambda: keep(deck.answer(knows=True)))
    right.button(label_of("learnquiz.not_yet"), width="stretch", icon=":material/replay:",
                 key="glossary-not-yet", on_click=lambda: keep(deck.answer(knows=False)))
