"""Download buttons for the exchange formats: a lesson or the plan sketch as PDF, a quiz for Moodle or
Kahoot, the glossary as flashcards. Files are made only when the button is pressed, never stored."""
from __future__ import annotations

import streamlit as st

from minplan.content.models import Lesson
from minplan.content.text import BASE_LANGUAGE
from minplan.exchange.gift_export import export_gift
from minplan.exchange.glossary_export import export_anki, export_quizlet
from minplan.exchange.kahoot import export_kahoot
from minplan.quiz.questions import Quiz
from minplan.local.card import card_html, has_card
from views.bilingual import label_of
from views.session import content, in_page_direction, progress, support_language, t, ui_in


def lesson_pdf_button(lesson: Lesson) -> None:
    """The lesson as a printable PDF, Norwegian beside the participant's support language."""
    from minplan.exchange.pdf import lesson_pdf

    chosen = support_language()
    code = chosen.code if chosen else BASE_LANGUAGE
    text = t("print.download_in").format(name=chosen.name) if chosen else t("print.download")
    whole = content()  # the PDF is made later, outside this run: hand it the participant's content now
    card = card_html(whole, progress().kommune, code, chosen.direction if chosen else "ltr") if has_card(lesson) else ""
    st.download_button(text, data=lambda: lesson_pdf(lesson, whole, code, card), file_name=f"{lesson.id}-{code}.pdf",
                       mime="application/pdf", on_click="ignore", icon=":material/print:", key=f"print:{lesson.id}",
                       help=t("print.download_help"))


def teacher_pdf_button(lesson: Lesson) -> None:
    """For the teacher, shown only with the teacher notes: the same handout with the check question's right answer
    ticked (the participant's copy has none, so it does not give the answer away)."""
    from minplan.exchange.pdf import lesson_pdf

    chosen = support_language()
    code = chosen.code if chosen else BASE_LANGUAGE
    whole = content()  # made later, outside this run: hand it the content now
    card = card_html(whole, progress().kommune, code, chosen.direction if chosen else "ltr") if has_card(lesson) else ""
    st.download_button(label_of("handout.teacher_copy"), data=lambda: lesson_pdf(lesson, whole, code, card, teacher=True),
                       file_name=f"{lesson.id}-{code}-laerer.pdf", mime="application/pdf", on_click="ignore",
                       icon=":material/school:", key=f"print-teacher:{lesson.id}", help=t("handout.teacher_copy_help"))


def sketch_pdf_button(sketch, catalogue) -> None:
    """The plan sketch as one PDF: Norwegian for the advisor beside the support language, when one is chosen."""
    from minplan.exchange.pdf import sketch_pdf
    from minplan.goal.sketch_export import Side, export_file_name

    chosen = support_language()
    whole = content()  # made later, outside this run: hand it the content now
    sides = [Side(BASE_LANGUAGE, ui_in(BASE_LANGUAGE))] + ([Side(chosen.code, ui_in(chosen.code), chosen.direction)] if chosen else [])
    code = chosen.code if chosen else BASE_LANGUAGE
    card = card_html(whole, progress().kommune, code, chosen.direction if chosen else "ltr")
    st.download_button(label_of("learnphone.sketch_pdf"),
                       data=lambda: sketch_pdf(sketch, catalogue, sides, sources=whole.sources, card=card),
                       file_name=export_file_name(sketch, catalogue, code), mime="application/pdf", on_click="ignore",
                       icon=":material/picture_as_pdf:", type="primary", key="goal-pdf")
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
