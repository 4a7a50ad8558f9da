"""The pages' side of exchange: a GIFT upload runs with its left-out questions listed, and the download
buttons (lesson PDF, quiz for Moodle and Kahoot, glossary flashcards) are where teachers look for them."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from minplan.content.bidi import plain
from minplan.catalogue import load_content
from minplan.quiz.kinds import quizzes
from tests.conftest import ROOT, open_page, run_app

CONTENT = load_content(ROOT)
GIFT = ("::Plan::Hvem lager planen? {=Du og kommunen ~Bare kommunen#Nei.}\n\n"
        "Planen kan endres. {T}\n\n"
        "Skriv om planen din. {}\n").encode()


def _upload(name: str, raw: bytes) -> AppTest:
    app = open_page(run_app(), "egen-test")
    app.file_uploader(key="quiz-upload").set_value((name, raw, "text/plain"))
    return app.run()


def _buttons(app: AppTest) -> list[str]:
    return [element.proto.label for element in app.get("download_button")]


def test_a_gift_file_runs_and_lists_what_was_left_out_with_its_line():
    app = _upload("moodle.gift", GIFT)
    assert not app.exception
    assert app.selectbox(key="quiz-upload-lesson").value == CONTENT.lessons[0].id
    assert app.warning[0].value.startswith("1 spørsmål kom ikke med")
    assert app.text[0].value == "moodle.gift:5: question at line 5: an essay question (empty answers {}) has no form in Min plan; left out"
    assert app.get("progress")[0].proto.text == "1 av 2"


def test_a_gift_file_with_nothing_usable_shows_the_problems_and_does_not_start():
    app = _upload("bad.gift", b"Hva er 2 + 2? {#4}\n")
    assert not app.exception
    assert app.error[0].value.startswith("Filen har 2 feil.")
    assert "numerical" in app.text[0].value
    assert not app.get("progress")


def test_a_binary_gift_file_is_refused_with_a_message():
    app = _upload("x.gift", b"\x00\x01")
    assert not app.exception
    assert "binary" in app.text[0].value


def _printed(app: AppTest) -> AppTest:
    """Press «Lag PDF» on a lesson page: the PDF is made in a worker, then offered for download."""
    return app.button(key=f"print:{CONTENT.lessons[0].id}-make").click().run()


def test_lesson_page_offers_the_pdf():
    app = _printed(open_page(run_app(), CONTENT.lessons[0].id))
    assert not app.exception
    assert "Last ned leksjonen som PDF" in _buttons(app)


def test_lesson_page_names_the_support_language_on_the_pdf_button():
    app = _printed(open_page(run_app({"lang": "ar"}), CONTENT.lessons[0].id))
    name = CONTENT.language("ar").name
    assert any(plain(label).startswith("نزّل كملف PDF") and name in plain(label) for label in _buttons(app)), _buttons(app)


def test_quiz_page_offers_gift_and_kahoot_and_lists_what_they_leave_out():
    quiz = quizzes(CONTENT)[0]
    app = open_page(run_app(), quiz.id)
    assert not app.exception
    labels = _buttons(app)
    assert "Last ned for Moodle og itslearning (GIFT)" in labels and "Last ned for Kahoot (Excel)" in labels
    if any(question.type == "order" for question in quiz.questions):
        assert any("order questions have no GIFT form" in text.value for text in app.text)


def test_glossary_page_offers_quizlet_and_anki():
    app = open_page(run_app(), "ordliste")
    assert not app.exception
    assert {"Last ned for Quizlet", "Last ned for Anki (CSV)"} <= set(_buttons(app))
