"""The pages' side of exchange: a GIFT upload runs with its left-out questions listed, and the download
buttons (lesson PDF, quiz for Moodle and Kahoot, glossary flashcards) are where teachers look for them."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from minplan.content.bidi import plain
from minplan.catalogue import load_content
from minplan.exchange.gift_import import import_gift
from minplan.quiz.kinds import quizzes
from tests.conftest import ROOT, open_page, run_app
from views.quiz.problems import LRI

CONTENT = load_content(ROOT)
GIFT = ("::Plan::Hvem lager planen? {=Du og kommunen ~Bare kommunen#Nei.}\n\n"
        "Planen kan endres. {T}\n\n"
        "Skriv om planen din. {}\n").encode()


def _upload(name: str, raw: bytes, query: dict[str, str] | None = None) -> AppTest:
    app = open_page(run_app(query), "egen-test")
    app.file_uploader(key="quiz-upload").set_value((name, raw, "text/plain"))
    return app.run()


def _shown(text: str) -> str:
    """A problem line without its invisible direction marks (the first-strong and left-to-right isolates)."""
    return plain(text).replace(LRI, "")


def _buttons(app: AppTest) -> list[str]:
    return [element.proto.label for element in app.get("download_button")]


def test_a_gift_file_runs_and_lists_what_was_left_out_with_its_line():
    app = _upload("moodle.gift", GIFT)
    assert not app.exception
    assert app.selectbox(key="quiz-upload-lesson").value == CONTENT.lessons[0].id
    assert app.warning[0].value.startswith("1 spørsmål kom ikke med")
    assert _shown(app.text[0].value) == ("Linje 5 – spørsmålet på linje 5: Min plan har ikke spørsmål der du skriver en lang tekst ({})."
                                        " Spørsmålet er ikke med i testen.")
    assert app.get("progress")[0].proto.text == "1 av 2"


def test_a_gift_file_with_nothing_usable_shows_the_problems_and_does_not_start():
    app = _upload("bad.gift", b"Hva er 2 + 2? {#4}\n")
    assert not app.exception
    assert app.error[0].value.startswith("Filen har 2 feil.")
    assert "et tall som svar ({#4})" not in _shown(app.text[0].value)
    assert "et tall som svar ({#…})" in _shown(app.text[0].value)
    assert not app.get("progress")


def test_a_binary_gift_file_is_refused_with_a_message():
    app = _upload("x.gift", b"\x00\x01")
    assert not app.exception
    assert _shown(app.text[0].value) == "Linje 1 – filen: Dette er ikke en tekstfil."


def test_gift_problems_are_said_in_norwegian_with_arabic_beneath_and_no_english():
    raw = ("::Vond:: Hva? {=a ~b\n\nSkriv om planen. {}\n\nTo? {#2}\n\nHer er en } alene\n\n"
           "::<b>Navn</b>:: Hvem? {{=a ~b}\n\nSant? {T#feil#riktig}\n").encode()
    english = [problem.message for problem in import_gift("x.gift", raw, [lesson.id for lesson in CONTENT.lessons], "egen-test", CONTENT.lessons[0].id).problems]
    app = _upload("x.gift", raw, {"lang": "ar"})
    assert not app.exception
    shown = [_shown(element.value) for element in [*app.text, *app.markdown, *app.warning, *app.error]]
    page = "\n".join(shown)
    for sentence in english:
        assert sentence not in page
    for word in ("left out", "question at line", "Min plan has no", "answers"):
        assert word not in page
    texts = [_shown(text.value) for text in app.text]
    assert len(texts) == 2 * len(english)
    for norwegian, arabic in zip(texts[::2], texts[1::2]):
        assert norwegian.startswith("Linje ") and arabic.startswith("السطر ")
        assert norwegian.split(" ")[1] == arabic.split(" ")[1]
    assert "<b>Navn</b>" in page and not any("<b>" in markdown.value for markdown in app.markdown)
    assert app.warning[0].value.startswith("5 spørsmål kom ikke med") and "\n\u200fلم" in app.warning[0].value


def test_right_to_left_problem_lines_keep_numbers_and_marks_isolated():
    app = _upload("x.gift", b"Hva? {=a ~b\n", {"lang": "prs"})
    arabic_script = app.text[1].value
    assert arabic_script.startswith("\u200fسطر \u2068\u20661\u2069\u2069")
    assert f"{LRI}}}\u2069" in arabic_script  # a mark without letters runs left to right: never mirrored


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


def test_teacher_copy_with_the_answer_is_offered_only_with_the_teacher_notes_on():
    lesson = CONTENT.lessons[1]
    teacher_copy = CONTENT.ui["handout.teacher_copy"]["nb"]
    participant = open_page(run_app({"lang": "ar"}), lesson.id)
    assert not participant.exception
    assert not any(teacher_copy in button.label for button in participant.button)
    teacher = open_page(run_app({"lang": "ar", "teacher": "1"}), lesson.id)
    assert not teacher.exception
    [make] = [button for button in teacher.button if teacher_copy in button.label]
    assert make.label.startswith(teacher_copy), "Norwegian first"
    assert CONTENT.ui["handout.teacher_copy"]["ar"] in plain(make.label), "the support language beneath it"
    made = make.click().run()
    labels = [label for label in _buttons(made) if teacher_copy in label]
    assert not made.exception and len(labels) == 1, "«Lag PDF» gives the teacher's copy to download"
