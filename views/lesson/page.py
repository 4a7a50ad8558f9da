"""One lesson page, drawn from a Lesson: goal, key points, text, example, words, check, sources."""
from __future__ import annotations

import streamlit as st

from minplan.content.dates import expired
from minplan.lesson.checking import answer_check
from minplan.content.models import Lesson
from minplan.local.card import has_card
from views.lesson import blocks
from views.local.card import show_card
from views.lesson import projector
from views.exchange.downloads import lesson_pdf_button, teacher_pdf_button
from views.quiz import page as quiz_page
from minplan.content.text import BASE_LANGUAGE
from views.bilingual import also, heading, label, label_of, label_with, rule_notice, say, say_list, translated, unreviewed_notice
from views.content.citation import source_line
from views.links import HOME, SOURCES, link
from views.read_aloud import read_aloud
from views.settings import projector_on
from views.session import content, norwegian, progress, save, support_language, t, tx, ui_in


def show(lesson: Lesson) -> None:
    if progress().projector:
        projector.show(lesson)
        if progress().teacher:
            _teacher_notes(lesson)
        return
    lessons = content().lessons
    st.button(norwegian("projector.show_on_board"), key="projector-show-on-board", icon=":material/co_present:",
              on_click=projector_on)
    st.caption(t("lesson.position").format(number=content().number(lesson), total=len(lessons)))
    st.title(tx(lesson.title))
    also(lesson.title, "**{}**")
    _expired_notice(lesson)
    unreviewed_notice()
    read_aloud([lesson.title, lesson.goal, *lesson.key_points, *lesson.explanation, lesson.example])
    st.info(f"**{ui_in(BASE_LANGUAGE)('lesson.goal')}** {tx(lesson.goal)}", icon=":material/flag:")
    also(lesson.goal, f"**{t('lesson.goal')}** {{}}")
    heading("lesson.key_points", level=3)
    say_list(lesson.key_points)
    _more(lesson)
    if lesson.ladder:
        blocks.ladder(lesson.ladder)
    if lesson.recap:
        blocks.recap()
    blocks.key_words(lesson.terms)
    _check(lesson)
    if has_card(lesson):
        show_card()
    quiz_page.lesson_quiz_link(lesson)
    lesson_pdf_button(lesson)
    if progress().teacher:
        teacher_pdf_button(lesson)
    _sources(lesson)
    if progress().teacher:
        _teacher_notes(lesson)
    _next_and_back(lesson)


def _expired_notice(lesson: Lesson) -> None:
    """When the whole lesson rests on rules that ran out: say so at the top, in Norwegian and the support language."""
    if not expired(lesson):
        return
    day = lesson.valid_until.strftime("%d.%m.%Y")
    language = support_language()
    notice = {BASE_LANGUAGE: ui_in(BASE_LANGUAGE)("lesson.expired").format(date=day)}
    if language:
        notice[language.code] = ui_in(language.code)("lesson.expired").format(date=day)
    say(notice, ":material/history: _{}_")


def _more(lesson: Lesson) -> None:
    """Everything beyond the goal and «Det viktigste», folded, so a phone shows the essentials and the
    check question within a few screens; each fold is named in Norwegian with the support language below it."""
    with st.expander(label_of("lesson.explanation"), key=f"more-explanation-{lesson.id}"):
        for paragraph in lesson.explanation:
            say(paragraph)
    if lesson.table:
        with st.expander(label(lesson.table.caption), key=f"more-table-{lesson.id}"):
            blocks.table(lesson.table, heading=False)
    with st.expander(label_of("lesson.example"), key=f"more-example-{lesson.id}"):
        say(lesson.example)
    if lesson.video:
        with st.expander(label(lesson.video.title), key=f"more-video-{lesson.id}"):
            blocks.video(lesson.video, heading=False)


def _check(lesson: Lesson) -> None:
    question = lesson.check
    heading("lesson.check", level=3)
    options = {option.id: label(option.text) for option in question.options}
    chosen = st.radio(label(question.prompt), list(options), format_func=options.get, index=None, key=f"check:{lesson.id}",
                      width="stretch")
    answered_key = f"answered:{lesson.id}"
    if st.button(label_of("lesson.check_button"), key=f"check-button:{lesson.id}", disabled=chosen is None):
        st.session_state[answered_key] = chosen
        if chosen == question.answer:
            save(progress().finish(lesson.id))
    if chosen is None or st.session_state.get(answered_key) != chosen:
        return
    result = answer_check(question, chosen)
    verdict = "lesson.right" if result.correct else "lesson.wrong"
    said = [result.feedback] if result.feedback else []
    if result.correct:
        said.append(result.explanation)
    lines = [" ".join([f"**{ui_in(BASE_LANGUAGE)(verdict)}**", *(tx(text) for text in said)])]
    if support_language():
        lines.append(" ".join([f"**{t(verdict)}**", *(other for text in said if (other := translated(text)))]))
    if result.correct:
        st.success("  \n".join(lines), icon=":material/check:")
    else:
        st.error("  \n".join([*lines, label_of("lesson.try_again")]), icon=":material/close:")


def _sources(lesson: Lesson) -> None:
    registry = content().sources
    with st.expander(t("lesson.sources")):
        for cited in lesson.sources:
            if cited.id not in registry:
                continue
            line = f"- {source_line(registry[cited.id])}"
            if cited.about:
                line += f"  \n  {tx(cited.about)}"
            st.markdown(line)
        st.caption(t("lesson.checked").format(date=lesson.checked.strftime("%d.%m.%Y")))
        st.caption(t("lesson.ask_advisor"))
        link(SOURCES, label=t("lesson.all_sources"), icon=":material/library_books:")


def _teacher_notes(lesson: Lesson) -> None:
    with st.expander(t("lesson.teacher_notes"), expanded=True, icon=":material/school:"):
        st.markdown(f"**{t('lesson.background')}**")
        for paragraph in lesson.teacher_notes.background:
            st.markdown(tx(paragraph))
            if notice := rule_notice(paragraph, BASE_LANGUAGE):
                st.markdown(notice)
        st.markdown(f"**{t('lesson.discussion')}**")
        st.markdown("\n".join(f"- {tx(question)}" for question in lesson.teacher_notes.discussion))


def _next_and_back(lesson: Lesson) -> None:
    lessons = content().lessons
    index = lessons.index(lesson)
    st.divider()
    if index + 1 < len(lessons):
        upcoming = lessons[index + 1]
        link(upcoming.id, label=label_with("lesson.next", upcoming.title), icon=":material/arrow_forward:")
    if index > 0:
        previous = lessons[index - 1]
        link(previous.id, label=label_with("lesson.previous", previous.title), icon=":material/arrow_back:")
    link(HOME, label=label_of("nav.home"), icon=":material/home:")
