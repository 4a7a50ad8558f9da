"""«Oversettelser» for staff: per language, how many texts are reviewed, translated, stale, not recorded or
missing, and where the stale, unrecorded and missing ones are (file:line, with a link to the page).

One box per language with its counts in a line, not a table: seven columns do not fit a phone. The words
are Norwegian (staff read them; file names and field paths are Norwegian anyway), the intro and the
"where" labels also in the support language."""
from __future__ import annotations

import streamlit as st

from minplan.catalogue import catalogue
from minplan.translation.gaps import count_by_language, translation_gaps
from minplan.translation.review import by_file, content_ids, counts, text_states
from minplan.content.bidi import isolate
from minplan.content.text import BASE_LANGUAGE
from views.bilingual import both, label, say
from views.goal.page import URL_PATH as GOAL
from views.links import GLOSSARY, HOME, link
from views.session import content, support_language, t, ui_in

URL_PATH = "oversettelser"
COLUMNS = ("reviewed", "translated", "stale", "unrecorded")
PAGES_OF_FILES = {"lessons/glossary.yaml": GLOSSARY, "lessons/module.yaml": HOME, "exercises/jobs.yaml": GOAL}


def page() -> st.Page:
    return st.Page(show, title=both("nav.translations"), icon=":material/translate:", url_path=URL_PATH)


@st.cache_data(ttl=60, show_spinner=False)
def _state():
    """The review state of every translation, read at most once a minute (it reads every content file)."""
    states = text_states(catalogue())
    gaps, _, _ = translation_gaps(catalogue())
    return states, gaps, content_ids(catalogue())


def show() -> None:
    st.title(both("nav.translations"))
    say(content().ui["translations.intro"])
    states, gaps, ids = _state()
    numbers = counts(states)
    missing = count_by_language(gaps)
    norwegian = ui_in(BASE_LANGUAGE)
    for language in content().languages:
        if language.code == BASE_LANGUAGE:
            continue
        got = numbers.get(language.code, {})
        with st.container(border=True, key=f"translations-{language.code}"):
            st.markdown(f"**{isolate(language.name)} ({language.code})**")
            st.markdown(" · ".join([*(f"{got.get(column, 0)} {norwegian('translations.' + column).lower()}" for column in COLUMNS),
                                    f"{missing[language.code]} {norwegian('translations.missing').lower()}"]))
            _where(language.code, language.name, states, gaps, ids)


def _where(code: str, name: str, states, gaps, ids: dict[str, str]) -> None:
    """The stale, unrecorded and missing texts of one language, by file, each file linked to its page."""
    grouped = by_file(states, code)
    for gap in gaps:
        if code in gap.missing:
            grouped.setdefault(gap.file, [])
    with st.expander(label({BASE_LANGUAGE: ui_in(BASE_LANGUAGE)("translations.where").format(name=name),
                            **({} if support_language() is None else {support_language().code: t("translations.where").format(name=name)})})):
        if not grouped:
            st.caption(ui_in(BASE_LANGUAGE)("translations.all_fine"))
        for file, items in grouped.items():
            target = PAGES_OF_FILES.get(file) or ids.get(file)
            if target:
                link(target, label=file, icon=":material/arrow_forward:")
            else:
                st.markdown(f"**{file}**")
            lines = [f"- `{file}:{item.line}` {item.field} ({ui_in(BASE_LANGUAGE)('translations.' + item.state)})" for item in items[:40]]
            lines += [f"- `{gap.file}:{gap.line}` {gap.field} ({ui_in(BASE_LANGUAGE)('translations.missing')})"
                      for gap in gaps if gap.file == file and code in gap.missing][:40]
            st.markdown("\n".join(lines))
