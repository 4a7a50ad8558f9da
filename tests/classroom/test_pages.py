"""The live class pages in AppTest: a teacher runs a quiz, participants join by code, answer, reload, and see their score."""
from __future__ import annotations

import html
import re

import pytest
from streamlit.testing.v1 import AppTest

from bench.board import COUNT, JOINED, LESSONS_SOURCE, RESULTS, RIGHT_ANSWER, SENT_TEXT, board_code
from minplan.classroom.questions import ALL
from minplan.classroom.store import FREE_TRIES, ClassStore
from minplan.classroom.tables import make_engine
from minplan.catalogue import load_content
from minplan.content.markdown import escape_markdown
from minplan.quiz.kinds import quizzes
from tests.conftest import open_page, run_app
from tests.quiz.test_attempt import right_answer
from views.classroom import live as class_live

QUIZ = next(quiz for quiz in quizzes(load_content()) if quiz.id == "eksempel")
JOIN = "FormSubmitter:class-join-Bli med"


@pytest.fixture(autouse=True)
def class_database(tmp_path, monkeypatch):
    """Each test gets its own SQLite file, also in the process-wide store the pages use."""
    url = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    class_live.store.clear()
    class_live.state.clear()
    yield ClassStore(make_engine(url))
    class_live.store.clear()
    class_live.state.clear()


def texts(app: AppTest) -> str:
    parts = [element.value for kind in ("markdown", "subheader", "header", "caption", "success", "info", "warning", "error")
             for element in getattr(app, kind)]
    return "\n".join(str(part) for part in parts)


PIN = "246810"


def teacher(source: str = QUIZ.id, query: dict[str, str] | None = None) -> AppTest:
    app = open_page(run_app(query), "klasse-laerer")
    app.radio(key="class-source").set_value(source)
    app.segmented_control(key="class-how-many").set_value(ALL)
    app.text_input(key="class-pin").input(PIN)
    app.button(key="class-start").click().run()
    return app


def code_of(app: AppTest) -> str:
    return app.session_state["class-teacher"]["code"]


def join(code: str, nickname: str = "") -> AppTest:
    app = open_page(run_app({"kode": code}), "klasse")
    if nickname:
        app.text_input(key="class-nickname").input(nickname)
    app.button(key=JOIN).click().run()
    return app


def step(app: AppTest) -> AppTest:
    return app.button(key="class-step").click().run()


def answer(app: AppTest, code: str, index: int, chosen: tuple[str, ...]) -> AppTest:
    """Choose a single-choice or true/false answer and send it."""
    app.radio(key=f"class:{code}:{index}").set_value(chosen[0]).run()
    return app.button(key=f"class:{code}:{index}:send").click().run()


def test_the_teacher_starts_a_class_and_sees_the_code_and_no_one_joined_yet():
    board = teacher()
    assert not board.exception
    assert f"Koden er\n{code_of(board)}" in texts(board), "the code in one piece, never spaced out"
    assert "0 er med" in texts(board)
    assert len(board.get("image")) == 0, "no QR code of an address phones cannot open (localhost)"
    board.text_input(key="class-address").input("http://192.168.1.20:8501").run()
    assert len(board.get("image")) == 1, "the QR code of the join link, once phones can open it"
    assert board.text_input(key="class-address").value == "http://192.168.1.20:8501", "the address stays editable"


def test_a_participant_joins_with_the_code_and_waits_for_the_first_question():
    board = teacher()
    phone = join(code_of(board), nickname="Sara")
    assert not phone.exception
    assert phone.query_params["kode"] == code_of(board) and phone.query_params["deltaker"]
    assert "Læreren starter snart" in texts(phone)
    board.run()
    assert "1 er med" in texts(board) and "Sara" in texts(board)


def test_a_wrong_code_gives_a_plain_message_and_a_flood_is_slowed_down_even_for_the_right_code():
    board = teacher()
    phone = open_page(run_app(), "klasse")
    for _ in range(FREE_TRIES - 1):
        phone.text_input(key="class-join-code").input("AAAAAA")
        phone.button(key=JOIN).click().run()
    assert "Vi fant ingen klasse med denne koden" in texts(phone)
    phone.button(key=JOIN).click().run()
    assert "Vent 1 sekunder" in texts(phone)
    phone.text_input(key="class-join-code").input(code_of(board))
    phone.button(key=JOIN).click().run()
    assert "Vent" in texts(phone) and "Læreren starter snart" not in texts(phone), "the guesser waits first"
    assert "Læreren starter snart" in texts(join(code_of(board))), "another phone joins at once"


def test_a_whole_class_runs_answers_count_once_and_everyone_sees_the_verdict_and_score():
    board = teacher()
    code = code_of(board)
    phones = [join(code) for _ in range(2)]
    step(board)
    first = QUIZ.questions[0]
    assert escape_markdown(first.prompt["nb"]) in texts(board)
    for phone in phones:
        phone.run()
    answer(phones[0], code, 0, right_answer(first))
    answer(phones[1], code, 0, ("a",))
    assert "Svaret ditt er sendt" in texts(phones[0])
    board.run()
    assert "2 av 2 har svart" in texts(board)
    step(board)
    assert any("classhour-bar-count" in str(element.proto) for element in board.get("html")), "bars with counts"
    assert "Riktig svar" in texts(board)
    for phone in phones:
        phone.run()
    assert "Riktig!" in texts(phones[0]) and "Ikke riktig." in texts(phones[1])
    for _ in range(len(QUIZ.questions) - 1):
        step(board)
        step(board)
    step(board)
    assert "Resultatet for klassen" in texts(board)
    assert "Dette var vanskelig for klassen" not in texts(board), "half right is not hard; unanswered tells nothing"
    for phone in phones:
        phone.run()
    asked = len(QUIZ.questions)
    assert f"Du hadde 1 av {asked} riktige." in texts(phones[0])
    assert f"Du hadde 0 av {asked} riktige." in texts(phones[1])


def test_the_benchmarks_find_the_words_they_wait_for_on_the_class_pages():
    """bench/class_load.py and bench/class_faults.py wait for these words over the websocket; a page that
    words them otherwise fails here, not as a bench that waits out its time in CI (it did, once)."""
    start = open_page(run_app(), "klasse-laerer")
    assert any(option.startswith(LESSONS_SOURCE) for option in start.radio(key="class-source").options)
    board = teacher()
    code = code_of(board)
    assert board_code([str(element.value) for element in board.markdown]) == code
    phone = join(code)
    board.run()
    assert any(JOINED.match(str(element.value)) for element in board.subheader)
    step(board)
    phone.run()
    answer(phone, code, 0, right_answer(QUIZ.questions[0]))
    assert SENT_TEXT in texts(phone)
    board.run()
    assert COUNT.search(texts(board))
    step(board)
    assert RIGHT_ANSWER in texts(board)
    board.button(key="class-finish").click().run()
    assert RESULTS in texts(board)


def test_with_arabic_chosen_the_teachers_controls_stay_norwegian_and_what_the_class_reads_is_in_both():
    """The walk's finding: with a support language chosen, the teacher's controls turned Arabic. The board's
    steps are the teacher's, so Norwegian; its counter, answer and results are the class's, so in both."""
    start = open_page(run_app({"lang": "ar"}), "klasse-laerer")
    assert start.button(key="class-start").label == "Start klassequizen"
    assert start.text_input(key="class-pin").label == "Velg en PIN-kode (minst 6 tegn)"
    board = teacher(query={"lang": "ar"})
    code = code_of(board)
    phone = join(code)
    assert "Koden er · \u2068الرمز هو\u2069" in texts(board).replace("\u200f", "")
    assert board.button(key="class-step").label == "Start første spørsmål"
    assert board.button(key="class-finish").label == "Avslutt og vis resultatet"
    step(board)
    assert board.button(key="class-step").label == "Vis svarene"
    assert board.button(key="class-show-code").label == "Vis koden"
    shown = texts(board)
    assert f"Spørsmål 1 av {len(QUIZ.questions)}" in shown and "السؤال" in shown
    phone.run()
    answer(phone, code, 0, right_answer(QUIZ.questions[0]))
    step(board)
    shown = texts(board)
    assert "Riktig svar" in shown and "الإجابة الصحيحة" in shown
    assert board.button(key="class-step").label == "Neste spørsmål"
    board.button(key="class-finish").click().run()
    shown = texts(board)
    assert "Resultatet for klassen" in shown and "نتيجة الفصل" in shown
    assert "1 av 1 svarte riktig" in shown and "أجاب" in shown
    assert board.button(key="class-end").label == "Avslutt og slett klassen"


def test_the_teacher_ends_early_and_only_the_questions_asked_count():
    board = teacher()
    code = code_of(board)
    phone = join(code)
    step(board)
    phone.run()
    answer(phone, code, 0, ("a",))
    step(board)
    step(board)
    board.button(key="class-finish").click().run()
    assert "Resultatet for klassen" in texts(board)
    assert escape_markdown(QUIZ.questions[1].prompt["nb"]) + " – ingen svarte" in texts(board)
    assert escape_markdown(QUIZ.questions[2].prompt["nb"]) not in texts(board), "never a question nobody was asked"
    assert "0 av 0" not in texts(board)
    assert "Dette var vanskelig for klassen" in texts(board)
    lesson = load_content().lesson(QUIZ.questions[0].lesson)
    assert f"Les igjen: {lesson.title['nb']}" in [link.proto.label for link in board.get("page_link")], "hard ones link to lessons"
    phone.run()
    assert "Du hadde 0 av 2 riktige." in texts(phone)


def test_the_teacher_picks_how_many_questions_and_from_which_lesson():
    app = open_page(run_app(), "klasse-laerer")
    app.radio(key="class-source").set_value("selvtest")
    app.segmented_control(key="class-how-many").set_value(5)
    app.text_input(key="class-pin").input(PIN)
    app.button(key="class-start").click().run()
    assert "Spørsmål" not in texts(app) and app.session_state["class-teacher"]
    step(app)
    assert "Spørsmål 1 av 5" in texts(app)


def test_a_participant_who_reloads_keeps_the_place_and_the_answer(class_database):
    board, code, phone = first_question_open()
    answer(phone, code, 0, right_answer(QUIZ.questions[0]))
    token = phone.query_params["deltaker"]
    reloaded = open_page(run_app({"kode": code, "deltaker": token}), "klasse")
    assert "Svaret ditt er sendt" in texts(reloaded)
    assert reloaded.radio(key=f"class:{code}:0").disabled
    assert class_database.counts(code, board.session_state["class-teacher"]["secret"]).joined == 1


def test_a_place_in_a_class_that_is_gone_asks_for_the_code_again():
    phone = open_page(run_app({"kode": "AAAAAA", "deltaker": "x" * 22}), "klasse")
    assert "Vi fant ikke plassen din" in texts(phone)
    assert phone.button(key=JOIN)


def first_question_open() -> tuple[AppTest, str, AppTest]:
    """A class with one phone joined and its first question open: the board, the code and the phone."""
    board = teacher()
    code = code_of(board)
    phone = join(code)
    step(board)
    phone.run()
    return board, code, phone


def test_an_answer_sent_after_the_teacher_closed_the_question_is_not_counted():
    board, code, phone = first_question_open()
    phone.radio(key=f"class:{code}:0").set_value(right_answer(QUIZ.questions[0])[0]).run()
    step(board)
    phone.button(key=f"class:{code}:0:send").click().run()
    assert "Svaret ditt kom for sent" in texts(phone)


def test_another_browser_cannot_drive_the_class_even_with_its_code():
    board = teacher()
    other = open_page(run_app({"kode": code_of(board)}), "klasse-laerer")
    assert "class-teacher" not in other.session_state
    assert [button.key for button in other.button] == ["class-start", "FormSubmitter:class-reclaim-Fortsett klassen"]


def test_the_lessons_check_questions_can_be_run_as_a_class():
    board = teacher("lessons")
    step(board)
    assert f"Spørsmål 1 av {len(load_content().lessons)}" in texts(board)


def test_the_teacher_can_end_the_class_and_its_data_is_deleted(class_database):
    board = teacher()
    code = code_of(board)
    for _ in range(len(QUIZ.questions)):
        step(board)
        step(board)
    step(board)
    board.button(key="class-end").click().run()
    assert class_database.state(code) is None
    assert board.button(key="class-start")


def test_the_board_and_every_phone_letter_the_choices_alike():
    board = teacher()
    code = code_of(board)
    phones = [join(code) for _ in range(2)]
    step(board)
    bodies = " ".join(element.proto.body for element in board.get("html"))
    tiles = [(letter, html.unescape(text)) for letter, text in re.findall(r"<b>([A-Z])</b> (.*?)</div>", bodies)]
    for phone in phones:
        phone.run()
        shown = [option.replace("\\", "") for option in phone.radio(key=f"class:{code}:0").options]
        assert shown == [f"**{letter}.** {text}" for letter, text in tiles]
    assert [letter for letter, _ in tiles] == ["A", "B", "C"][:len(tiles)]


def test_the_join_link_follows_the_public_address_and_a_local_one_is_flagged(monkeypatch):
    board = teacher()
    assert "Telefonene kan ikke åpne denne adressen" in texts(board)
    monkeypatch.setenv("MINPLAN_PUBLIC_URL", "https://kurs.kommune.no/minplan")
    board.run()
    assert escape_markdown(f"https://kurs.kommune.no/minplan/klasse?kode={code_of(board)}") in texts(board)
    assert "Telefonene kan ikke åpne denne adressen" not in texts(board)


def test_a_teacher_can_type_the_address_the_phones_use():
    board = teacher()
    board.text_input(key="class-address").input("192.168.1.20:8501").run()
    assert escape_markdown(f"http://192.168.1.20:8501/klasse?kode={code_of(board)}") in texts(board)


@pytest.mark.parametrize("language, support", [("", None), ("ar", "انضم إلى الفصل"), ("uk", "Приєднатися до класу")])
def test_the_join_page_is_named_in_norwegian_with_the_support_language_under_it(language, support):
    phone = open_page(run_app({"lang": language} if language else {}), "klasse")
    assert phone.title[0].value == "Bli med i klassen"
    if support:
        assert support in texts(phone)
