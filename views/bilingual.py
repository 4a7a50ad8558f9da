"""Norwegian first, the support language beside it: blocks, lists, labels and the language picker.

Support text goes into a keyed container, so CSS (assets/css/) can set its direction
(right-to-left for Arabic and Dari), its fonts and a dashed border when no person has
reviewed the translation. No text is ever turned into HTML.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence

import streamlit as st

from minplan.content.languages import suggest_language
from minplan.content.models import Language
from minplan.content.text import BASE_LANGUAGE, has_translation
from views.session import content, forget_recent, progress, save, support_language, t


_blocks = threading.local()
"""Keyed blocks drawn so far in this thread's run (a session's runs share its script thread; a counter
here is cheaper than two st.session_state lookups per block, which a bilingual page makes fifty times)."""


def _number() -> int:
    """The next number for a keyed block on this run (keys must be unique within a run, and stable)."""
    _blocks.count = getattr(_blocks, "count", 0) + 1
    return _blocks.count


def _block_key(language: Language, reviewed: Sequence[str], number: int) -> str:
    state = "reviewed" if language.code in reviewed else "unreviewed"
    return f"support-{language.direction}-{state}-{language.code}-{number}"


def start_run() -> None:
    """Number support blocks from 1 again on every run, so their keys stay stable; read the progress afresh."""
    forget_recent()
    _blocks.count = 0


def translated(text: dict[str, str]) -> str | None:
    """The text in the support language, if one is chosen and the text exists in it."""
    return _in(text, support_language())


def _in(text: dict[str, str], language: Language | None) -> str | None:
    return text[language.code] if language and has_translation(text, language.code) else None


def say(text: dict[str, str], reviewed: Sequence[str] = (), template: str = "{}") -> None:
    """Show a text in Norwegian and, beside or below it, in the support language."""
    language = support_language()
    other = _in(text, language)
    _pair(template.format(text[BASE_LANGUAGE]), template.format(other) if other else None, reviewed, language)


def say_together(parts: Sequence[tuple[dict[str, str], str]], reviewed: Sequence[str] = ()) -> None:
    """Several short texts (each with its markdown template) as one block per language, e.g. a word's
    explanation and its example: one pair of blocks instead of one pair per text."""
    language = support_language()
    norwegian = "\n\n".join(template.format(text[BASE_LANGUAGE]) for text, template in parts)
    others = [template.format(other) for text, template in parts if (other := _in(text, language))]
    _pair(norwegian, "\n\n".join(others) if others else None, reviewed, language)


def support_block(reviewed: Sequence[str] = ()):
    """A container for support-language content, styled and directed like every support block."""
    return st.container(key=_block_key(support_language(), reviewed, _number()))


def also(text: dict[str, str], reviewed: Sequence[str] = (), template: str = "{}") -> None:
    """Only the support-language version of a text whose Norwegian is already on screen."""
    other = translated(text)
    if other:
        with support_block(reviewed):
            st.markdown(template.format(other))


def say_list(texts: Sequence[dict[str, str]], reviewed: Sequence[str] = ()) -> None:
    """A bulleted list in Norwegian, and the same list in the support language."""
    language = support_language()
    norwegian = "\n".join(f"- {text[BASE_LANGUAGE]}" for text in texts)
    others = [_in(text, language) for text in texts]
    support = "\n".join(f"- {other}" for other in others if other) if any(others) else None
    _pair(norwegian, support, reviewed, language)


def _pair(norwegian: str, support: str | None, reviewed: Sequence[str], language: Language | None) -> None:
    """Norwegian, and the support language in its block: one keyed container, side by side on wide
    screens and stacked on phones by CSS (assets/css/20-pairs.css); two blocks, where st.columns made four."""
    if support is None:
        st.markdown(norwegian)
        return
    number = _number()
    with st.container(key=f"pair-{number}"):
        st.markdown(norwegian)
        with st.container(key=_block_key(language, reviewed, number)):
            st.markdown(support)


def label(text: dict[str, str]) -> str:
    """A one-line label (an option, a button): Norwegian, then the support language after a slash."""
    other = translated(text)
    return f"{text[BASE_LANGUAGE]} / {other}" if other else text[BASE_LANGUAGE]


def unreviewed_notice(reviewed: Sequence[str]) -> None:
    """Say once per page that dashed translations have not been checked by a person."""
    language = support_language()
    if language and language.code not in reviewed:
        st.caption(t("translation.unreviewed"))


def language_picker(key: str) -> None:
    """Choose the support language; the browser's own language is offered first."""
    languages = content().languages
    codes = [None] + [language.code for language in languages[1:]]
    names = {language.code: language.name for language in languages}
    names[None] = t("language.none")
    current = progress().support
    st.selectbox(
        t("language.pick"),
        codes,
        index=codes.index(current) if current in codes else 0,
        format_func=names.get,
        key=key,
        on_change=lambda: save(progress().with_support(st.session_state[key])),
    )
    suggested = suggest_language(st.context.locale, codes[1:])
    if current is None and suggested:
        st.button(
            t("language.suggest").format(name=names[suggested]),
            key=f"{key}-suggest",
            on_click=lambda: save(progress().with_support(suggested)),
        )

