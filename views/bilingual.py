"""Norwegian first, the support language beside it: blocks, lists, labels and the language picker.

Support text goes into a keyed container (`support-…`), or is the second block of a keyed pair
(`pair-…`, the Norwegian first), so CSS (assets/css/) can set its direction (right-to-left for
Arabic and Dari), its fonts and a dashed border when no person has reviewed that translation of
that Norwegian (translations/<lang>.yaml, minplan/translation/review.py: a translation whose
Norwegian changed since is dashed again). No text is ever turned into HTML.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import streamlit as st

from minplan.content.bidi import in_direction, isolate
from minplan.content.dates import expired, not_yet
from minplan.content.languages import suggest_language
from minplan.content.models import Language
from minplan.content.text import BASE_LANGUAGE, has_translation
from minplan.translation.review import all_reviewed, reviews
from views.session import content, forget_recent, progress, save, support_language, t, ui_in

_blocks = threading.local()
"""Keyed blocks drawn so far in this thread's run (a session's runs share its script thread; a counter
here is cheaper than two st.session_state lookups per block, which a bilingual page makes fifty times)."""


def _number() -> int:
    """The next number for a keyed block on this run (keys must be unique within a run, and stable)."""
    _blocks.count = getattr(_blocks, "count", 0) + 1
    return _blocks.count


def _block_key(language: Language, texts: Sequence[dict[str, str]], number: int, kind: str = "support") -> str:
    """The key of a support block (or of a pair, `kind` "pair"): its direction, "reviewed" when a person
    checked every one of `texts` in this language, the language and the block's number on this run."""
    state = "reviewed" if all_reviewed(content(), texts, language.code) else "unreviewed"
    return f"{kind}-{language.direction}-{state}-{language.code}-{number}"


def start_run() -> None:
    """Number support blocks from 1 again on every run, so their keys stay stable; read the progress afresh."""
    forget_recent()
    _blocks.count = 0


def translated(text: dict[str, str]) -> str | None:
    """The text in the support language, if one is chosen and the text exists in it."""
    return _in(text, support_language())


def _in(text: dict[str, str], language: Language | None) -> str | None:
    """The text in `language`, laid out in its direction with Norwegian words isolated; None when missing."""
    if language and has_translation(text, language.code):
        return in_direction(text[language.code], language.direction)
    return None


def rule_notice(text: object, code: str, direction: str = "ltr") -> str | None:
    """The calm notice under a text whose rule ran out (or has not started), in language `code`; None otherwise."""
    if expired(text):
        key, day = "rule.expired", text.valid_until
    elif not_yet(text):
        key, day = "rule.not_yet", text.valid_from
    else:
        return None
    said = ui_in(code)(key).format(date=day.strftime("%d.%m.%Y"))
    return f":material/history: _{in_direction(said, direction)}_"


def _noticed(shown: str | None, text: object, language: Language | None) -> str | None:
    """The support side with the notice below it in its own language (the notice alone if the text lacks one)."""
    notice = rule_notice(text, language.code, language.direction) if language else None
    if notice is None:
        return shown
    return f"{shown}\n\n{notice}" if shown else notice


def say(text: dict[str, str], template: str = "{}", lead: str | None = None) -> None:
    """Show a text in Norwegian and, beside or below it, in the support language; `lead` is the key of an
    interface word put before it in bold, in each side's own language (never Arabic before Norwegian).
    A text whose rule ran out is still shown, with a calm notice below it on each side."""
    language = support_language()
    norwegian, other = template.format(text[BASE_LANGUAGE]), _in(text, language)
    other = template.format(other) if other else None
    if lead:
        norwegian = f"**{ui_in(BASE_LANGUAGE)(lead)}** {norwegian}"
        other = f"**{t(lead)}** {other}" if other else None
    if (notice := rule_notice(text, BASE_LANGUAGE)) is not None:
        norwegian = f"{norwegian}\n\n{notice}"
        other = _noticed(other, text, language)
    _pair(norwegian, other, [text], language)


def say_together(parts: Sequence[tuple[dict[str, str], str]]) -> None:
    """Several short texts (each with its markdown template) as one block per language, e.g. a word's
    explanation and its example: one pair of blocks instead of one pair per text."""
    language = support_language()
    norwegian = "\n\n".join(template.format(text[BASE_LANGUAGE]) for text, template in parts)
    others = [template.format(other) for text, template in parts if (other := _in(text, language))]
    _pair(norwegian, "\n\n".join(others) if others else None, [text for text, _ in parts], language)


def support_block(texts: Sequence[dict[str, str]]):
    """A container for support-language content made of `texts`, styled and directed like every support block."""
    return st.container(key=_block_key(support_language(), texts, _number()))


def also(text: dict[str, str], template: str = "{}", escape: Callable[[str], str] | None = None) -> None:
    """Only the support-language version of a text whose Norwegian is already on screen.

    A text that may hold Markdown it should not (a teacher's quiz) is escaped with `escape` only
    when drawn, so the review mark still finds the text as the translator checked it."""
    other = translated(text)
    if other:
        with support_block([text]):
            st.markdown(template.format(escape(other) if escape else other))


def say_list(texts: Sequence[dict[str, str]]) -> None:
    """A bulleted list in Norwegian, and the same list in the support language."""
    language = support_language()
    norwegian = "\n".join(f"- {text[BASE_LANGUAGE]}{_bullet_notice(text, None)}" for text in texts)
    others = [(other, text) for text in texts if (other := _in(text, language))]
    support = "\n".join(f"- {other}{_bullet_notice(text, language)}" for other, text in others) if others else None
    _pair(norwegian, support, texts, language)


def _bullet_notice(text: object, language: Language | None) -> str:
    """The notice of a list item whose rule ran out, on its own line inside the bullet (None: Norwegian)."""
    notice = rule_notice(text, language.code, language.direction) if language else rule_notice(text, BASE_LANGUAGE)
    return f"  \n  {notice}" if notice else ""


def _pair(norwegian: str, support: str | None, texts: Sequence[dict[str, str]], language: Language | None) -> None:
    """Norwegian, and the support language after it, in one keyed container whose key says the support
    side's direction, review state and language: CSS sets the second block off and in its direction
    (assets/css/10-base.css) and lays the two side by side on wide screens, stacked on phones
    (20-pairs.css). One block a pair, where st.columns made four and a keyed block for each side two:
    a block costs a run about what a text does, and an Arabic lesson has some 25 pairs (BENCHMARKS.md)."""
    if support is None:
        st.markdown(norwegian)
        return
    with st.container(key=_block_key(language, texts, _number(), kind="pair")):
        st.markdown(norwegian)
        st.markdown(support)


def label(text: dict[str, str]) -> str:
    """A label (an option, a link, a word): Norwegian, and the support language on a line of its own,
    so each line runs in its own direction (never "Norsk / عربي" on one line)."""
    other = translated(text)
    return f"{text[BASE_LANGUAGE]}  \n{other}" if other else text[BASE_LANGUAGE]


Words = Callable[[str], str]
Texts = Callable[[dict[str, str]], str]


def in_both(build: Callable[[Words, Texts], str]) -> str:
    """A line built from interface words and content texts, in Norwegian and then, on its own line, in the
    support language: `build(words, texts)` is called once per language, so the two never mix on one line."""
    norwegian = build(ui_in(BASE_LANGUAGE), lambda text: text[BASE_LANGUAGE])
    if support_language() is None:
        return norwegian
    return f"{norwegian}  \n{build(t, lambda text: translated(text) or isolate(text[BASE_LANGUAGE]))}"


Value = str | int | dict[str, str]
"""What fills an interface word's placeholder: the same in both languages (a number, a code), or a content
text, which each side takes in its own language (Norwegian, isolated, where the support language lacks it)."""


def worded(key: str, **values: Value) -> dict[str, str]:
    """An interface word with its placeholders filled, in Norwegian and in the support language (if chosen)."""
    language = support_language()
    codes = [BASE_LANGUAGE, language.code] if language else [BASE_LANGUAGE]
    words = {code: ui_in(code)(key) for code in codes}
    if not values:
        return words
    return {code: word.format(**{name: _value(value, code) for name, value in values.items()}) for code, word in words.items()}


def _value(value: Value, code: str) -> str:
    if not isinstance(value, dict):
        return str(value)
    return value[code] if has_translation(value, code) else isolate(value[BASE_LANGUAGE])


def label_of(key: str, **values: Value) -> str:
    """An interface word as a label: Norwegian, and the support language on its own line."""
    return label(worded(key, **values))


def label_with(key: str, text: dict[str, str]) -> str:
    """A label that starts with an interface word ("Begynn: …"): the Norwegian word with the Norwegian
    text, and the support-language word with the support-language text on the next line."""
    norwegian = f"{ui_in(BASE_LANGUAGE)(key)}: {text[BASE_LANGUAGE]}"
    other = translated(text)
    return f"{norwegian}  \n{t(key)}: {other}" if other else norwegian


def one_line(text: dict[str, str]) -> str:
    """A name where no line break is possible (a selectbox option, a menu entry): Norwegian, and the
    support language isolated beside it after a middle dot, so each keeps its own direction."""
    other = translated(text)
    return f"{text[BASE_LANGUAGE]} · {isolate(other)}" if other and other != text[BASE_LANGUAGE] else text[BASE_LANGUAGE]


def both(key: str, **values: Value) -> str:
    """An interface word as a one-line name: Norwegian with the support language beside it (see one_line)."""
    return one_line(worded(key, **values))


def unreviewed_notice() -> None:
    """Say once per page that dashed translations have not been checked by a person (unless a person has
    checked every translation of the chosen language)."""
    language = support_language()
    if language and language.code not in reviews(content()).complete:
        st.caption(t("translation.unreviewed"))


def language_picker(key: str) -> None:
    """Choose the support language; the browser's own language is offered first.

    Every picker shows the saved choice, set before the widget is drawn: a picker that kept its
    own state (the sidebar's, drawn in Norwegian before the home page's picker changed the
    language) would otherwise send its stale label back on the next page and undo the choice.
    Norwegian only is the option "nb", never None, which Streamlit reads as "nothing chosen".
    """
    languages = content().languages
    codes = [language.code for language in languages]
    names = {language.code: language.name for language in languages}
    names[BASE_LANGUAGE] = t("language.none")
    current = progress().support or BASE_LANGUAGE
    st.session_state[key] = current
    st.selectbox(
        t("language.pick"),
        codes,
        format_func=lambda code: names.get(code, code),
        key=key,
        placeholder=t("language.pick"),
        on_change=lambda: _choose(st.session_state[key], codes),
    )
    suggested = suggest_language(st.context.locale, languages)
    if current == BASE_LANGUAGE and suggested:
        st.button(
            t("language.suggest").format(name=names[suggested]),
            key=f"{key}-suggest",
            on_click=lambda: _choose(suggested, codes),
        )


def _choose(code: object, codes: Sequence[str]) -> None:
    """Save a picked language; anything that is not one of the offered codes changes nothing."""
    if code in codes:
        save(progress().with_support(None if code == BASE_LANGUAGE else code))


def heading(key: str, level: int = 2) -> None:
    """An interface heading in Norwegian, with the support language small beneath it in its own direction,
    so the learner always sees the word the teacher says (newcomer walk, finding 5; assets/css/70-learnquiz.css)."""
    language = support_language()
    with st.container(key=f"heading-{_number()}"):
        st.markdown(f"{'#' * level} {ui_in(BASE_LANGUAGE)(key)}")
        if language:
            with st.container(key=f"under-{language.direction}-{language.code}-{_number()}"):
                st.markdown(t(key))
