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
from views.session import content, progress, support_language, t, ui_in


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


def sketch_pdf_button(sketch, catalogue) -> None:
    """The plan sketch as PDF, in Norwegian for the advisor and in the support language when one is chosen."""
    from minplan.exchange.pdf import sketch_pdf
    from minplan.goal.sketch_export import export_file_name

    chosen = support_language()
    for language in [None, chosen] if chosen else [None]:
        code, direction = (language.code, language.direction) if language else (BASE_LANGUAGE, "ltr")
        name = export_file_name(sketch, catalogue, code).removesuffix(".html") + ".pdf"
        label = t("goal.download_pdf") + (f" ({language.name})" if language else "")
        whole = content()  # made later, outside this run: hand it the content now
        card = card_html(whole, progress().kommune, code, direction)
        st.download_button(label, data=lambda code=code, direction=direction, card=card: sketch_pdf(
                               sketch, catalogue, code, ui_in(code), direction, sources=whole.sources, card=card),
                           file_name=name, mime="application/pdf", on_click="ignore", icon=":material/picture_as_pdf:",
                           key=f"goal-pdf-{code}")


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
    left, right = st.columns(2)
    with left:
        st.download_button(t("exchange.quizlet"), data=export_quizlet(terms, code, "glossary").content, file_name=f"ordliste-{code}-quizlet.txt",
                           mime="text/plain", on_click="ignore", icon=":material/style:", key="glossary-quizlet")
    with right:
        st.download_button(t("exchange.anki"), data=export_anki(terms, code, "glossary").content, file_name=f"ordliste-{code}-anki.csv",
                           mime="text/csv", on_click="ignore", icon=":material/style:", key="glossary-anki")
