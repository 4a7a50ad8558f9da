"""Download buttons for the exchange formats: a lesson or the plan sketch as PDF, a quiz for Moodle or
Kahoot, the glossary as flashcards. Files are made only when a button is pressed, never stored.

A PDF is made in two steps: «Lag PDF» makes it in a worker process, with a size and a time limit
(minplan/serving/worker.py), while the page shows a spinner; then the download button gives its bytes, or a
calm notice says why there is none. A download button's `data=callable` would run WeasyPrint after the click,
outside the script run, in a thread of the server process (its Python holds the interpreter's lock, so every
page and phone waits), with no limit and no place for a notice.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from minplan.content.models import Lesson
from minplan.content.text import BASE_LANGUAGE
from minplan.exchange.gift_export import export_gift
from minplan.exchange.glossary_export import export_anki, export_quizlet
from minplan.exchange.kahoot import export_kahoot
from minplan.quiz.questions import Quiz
from minplan.local.card import card_html, has_card
from minplan.serving.worker import Outcome, run_limited
from views.bilingual import label_of
from views.session import content, in_page_direction, progress, support_language, t, ui_in

PRINT_BYTES = 256 * 1024
"""The most HTML a printout may have. The longest lesson handout is about 12 kB (Tigrinya; the «Hvem spør jeg?»
card adds a few kB) and WeasyPrint renders some 70 kB a second here (bench/input_scaling.py: it now grows
linearly), so this is 20 lessons' worth, printed in about 4 s; a longer text is refused before it is sent."""
PRINT_SECONDS = 30
"""A printout at the size limit takes about 4 s on a quiet 2-core machine, plus about 2 s in a fresh worker
(WeasyPrint loads its fonts); 30 s leaves room for a busy machine and still stops a printout that never ends."""


def print_limited(make: Callable[..., str], *args: Any, css: str = "", **kwargs: Any) -> Outcome:
    """`make(*args, **kwargs)` gives the page as HTML, here in the run (plain string building, linear in the
    text); WeasyPrint renders it to PDF in a worker process, refused over PRINT_BYTES or PRINT_SECONDS.
    Only strings cross to the worker, so nothing needs to pickle but the HTML."""
    from minplan.exchange.pdf import render_pdf  # WeasyPrint loads Pango: only once someone prints

    html = make(*args, **kwargs)
    return _in_worker(render_pdf, html, css, longest=len(html.encode()))


def print_fitted(make: Callable[..., tuple[list[str], str]], *args: Any, **kwargs: Any) -> Outcome:
    """Like print_limited, for a handout whose type size is chosen to fit one page: `make` gives its layouts
    (minplan/exchange/handout.py `lesson_layouts`), and the worker lays out the few it needs to choose."""
    from minplan.exchange.pdf import fitted_pdf  # WeasyPrint loads Pango: only once someone prints

    layouts, two_pages = make(*args, **kwargs)
    return _in_worker(fitted_pdf, layouts, two_pages, longest=max(len(html.encode()) for html in [*layouts, two_pages]))


def _in_worker(render: Callable[..., bytes], *pages: Any, longest: int) -> Outcome:
    return run_limited(render, *pages, size=longest, max_size=PRINT_BYTES, seconds=PRINT_SECONDS)


@st.fragment
def pdf_button(key: str, print_it: Callable[[], Outcome], download: dict[str, str], *, icon: str = ":material/print:",
               primary: bool = False, help: str | None = None, make: str | None = None) -> None:
    """«Lag PDF» (or `make`, where a page offers two PDFs), then the download button (`download`: its label and
    file_name) with the PDF `print_it()` made, or a calm notice in Norwegian with the support language beneath.
    A fragment: the click reruns only this. Nothing is made before the click, and the bytes are not kept: the
    next run offers the button again."""
    if not st.button(make or label_of("storm.make"), key=f"{key}-make", icon=icon, help=help,
                     type="primary" if primary else "secondary"):
        return
    with st.spinner(label_of("storm.making")):
        outcome = print_it()
    if outcome.refused:
        st.warning(label_of(f"storm.print_{outcome.refused}"), icon=":material/hourglass_top:")
        return
    st.download_button(data=outcome.value, mime="application/pdf", on_click="ignore", icon=":material/download:",
                       type="primary" if primary else "secondary", key=key, **download)


def lesson_pdf_button(lesson: Lesson) -> None:
    """The lesson as a printable PDF, Norwegian beside the participant's support language."""
    chosen = support_language()
    code = chosen.code if chosen else BASE_LANGUAGE
    text = t("print.download_in").format(name=chosen.name) if chosen else t("print.download")
    pdf_button(f"print:{lesson.id}", _handout(lesson), {"label": text, "file_name": f"{lesson.id}-{code}.pdf"},
               help=t("print.download_help"))


def teacher_pdf_button(lesson: Lesson) -> None:
    """For the teacher, shown only with the teacher notes: the same handout with the check question's right answer
    ticked (the participant's copy has none, so it does not give the answer away)."""
    chosen = support_language()
    code = chosen.code if chosen else BASE_LANGUAGE
    pdf_button(f"print-teacher:{lesson.id}", _handout(lesson, teacher=True),
               {"label": label_of("handout.teacher_copy"), "file_name": f"{lesson.id}-{code}-laerer.pdf"},
               icon=":material/school:", help=t("handout.teacher_copy_help"), make=label_of("handout.teacher_copy"))


def _handout(lesson: Lesson, teacher: bool = False) -> Callable[[], Outcome]:
    """What «Lag PDF» does for a lesson's handout: in the participant's language, with their municipality's card."""
    from minplan.exchange.handout import lesson_layouts

    def print_it() -> Outcome:
        chosen = support_language()
        code = chosen.code if chosen else BASE_LANGUAGE
        whole = content()
        card = card_html(whole, progress().kommune, code, chosen.direction if chosen else "ltr") if has_card(lesson) else ""
        return print_fitted(lesson_layouts, lesson, whole, code, card, teacher=teacher)

    return print_it


def sketch_pdf_button(sketch, catalogue) -> None:
    """The plan sketch as one PDF: Norwegian for the advisor beside the support language, when one is chosen."""
    from minplan.goal.sketch_export import Side, export_file_name, export_html

    chosen = support_language()
    code = chosen.code if chosen else BASE_LANGUAGE

    def print_it() -> Outcome:
        from minplan.exchange.pdf import SCRIPTS  # WeasyPrint loads Pango: only once someone prints

        whole = content()
        sides = [Side(BASE_LANGUAGE, ui_in(BASE_LANGUAGE))] + ([Side(chosen.code, ui_in(chosen.code), chosen.direction)] if chosen else [])
        card = card_html(whole, progress().kommune, code, chosen.direction if chosen else "ltr")
        return print_limited(export_html, sketch, catalogue, sides, sources=whole.sources, card=card, css=SCRIPTS)

    pdf_button("goal-pdf", print_it, {"label": label_of("learnphone.sketch_pdf"), "file_name": export_file_name(sketch, catalogue, code)},
               icon=":material/picture_as_pdf:", primary=True)
    st.caption(t("learnphone.sketch_pdf_help").format(name=chosen.name) if chosen else t("learnphone.sketch_pdf_help_nb"))


def quiz_buttons(quiz: Quiz) -> None:
    """For teachers: the quiz for Moodle/itslearning (GIFT) and for Kahoot, in the interface's language."""
    chosen = support_language()
    code = chosen.code if chosen else BASE_LANGUAGE
    say = ui_in(code)
    with st.expander(t("exchange.teachers"), icon=":material/ios_share:"):
        gift = export_gift(quiz, code, quiz.id)
        st.download_button(t("exchange.gift"), data=gift.content, file_name=f"{quiz.id}-{code}.gift", mime="text/plain",
                           on_click="ignore", icon=":material/download:", key=f"gift:{quiz.id}")
        kahoot = export_kahoot(quiz, code, say("quiz.true"), say("quiz.false"), quiz.id)
        st.download_button(t("exchange.kahoot"), data=kahoot.content, file_name=f"{quiz.id}-{code}-kahoot.xlsx",
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           on_click="ignore", icon=":material/download:", key=f"kahoot:{quiz.id}")
        left_out = gift.problems + kahoot.problems
        if left_out:
            st.caption(t("exchange.left_out"))
            st.text("\n".join(f"{problem.field}: {problem.message}" for problem in left_out))


def glossary_buttons() -> None:
    """The word list as flashcards: Norwegian on the front, the support language (or a Norwegian explanation) on the back."""
    chosen = support_language()
    code = chosen.code if chosen else BASE_LANGUAGE
    terms = list(content().glossary.values())
    st.subheader(t("exchange.flashcards_title"))
    st.caption(t("exchange.flashcards").format(name=chosen.name) if chosen else t("exchange.flashcards_nb"))
    with in_page_direction("glossary-downloads"):
        left, right = st.columns(2)
        with left:
            st.download_button(t("exchange.quizlet"), data=export_quizlet(terms, code, "glossary").content, file_name=f"ordliste-{code}-quizlet.txt",
                               mime="text/plain", on_click="ignore", icon=":material/style:", key="glossary-quizlet")
        with right:
            st.download_button(t("exchange.anki"), data=export_anki(terms, code, "glossary").content, file_name=f"ordliste-{code}-anki.csv",
                               mime="text/csv", on_click="ignore", icon=":material/style:", key="glossary-anki")
