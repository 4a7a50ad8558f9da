"""«Oversettelser» for staff: per language, how many texts are reviewed, translated, stale, not recorded or
missing, and where the stale, unrecorded and missing ones are (file:line, with a link to the page)."""
from __future__ import annotations

import streamlit as st

from minplan.catalogue import catalogue
from minplan.translation.gaps import count_by_language, translation_gaps
from minplan.translation.review import by_file, content_ids, counts, text_states
from views.bilingual import both
from views.goal.page import URL_PATH as GOAL
from views.links import GLOSSARY, HOME, link
from views.session import content, t

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
    st.markdown(t("translations.intro"))
    states, gaps, ids = _state()
    languages = [language for language in content().languages if language.code != "nb"]
    numbers = counts(states)
    missing = count_by_language(gaps)
    header = [t("translations.language"), *(t(f"translations.{column}") for column in COLUMNS), t("translations.missing")]
    rows = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for language in languages:
        got = numbers.get(language.code, {})
        rows.append(f"| {language.name} ({language.code}) | " + " | ".join(str(got.get(column, 0)) for column in COLUMNS)
                    + f" | {missing[language.code]} |")
    st.markdown("\n".join(rows))
    for language in languages:
        grouped = by_file(states, language.code)
        for gap in gaps:
            if language.code in gap.missing:
                grouped.setdefault(gap.file, [])
        with st.expander(t("translations.where").format(name=language.name)):
            if not grouped:
                st.caption(t("translations.all_fine"))
            for file, items in grouped.items():
                target = PAGES_OF_FILES.get(file) or ids.get(file)
                if target:
                    link(target, label=file, icon=":material/open_in_new:")
                else:
                    st.markdown(f"**{file}**")
                lines = [f"- `{file}:{item.line}` {item.field} ({t('translations.' + item.state)})" for item in items[:40]]
                lines += [f"- `{gap.file}:{gap.line}` {gap.field} ({t('translations.missing')})"
                          for gap in gaps if gap.file == file and language.code in gap.missing][:40]
                st.markdown("\n".join(lines))
