"""The live class pages when things go wrong: the database goes away and comes back, the teacher's tab reloads."""
from __future__ import annotations

import stat

import pytest
from streamlit.proto.TextInput_pb2 import TextInput

from minplan.classroom.store import FREE_TRIES
from minplan.content.markdown import escape_markdown
from tests.conftest import open_page, run_app
from tests.classroom.test_pages import (  # noqa: F401
    PIN,
    QUIZ,
    answer,
    class_database,
    code_of,
    first_question_open,
    join,
    step,
    teacher,
    texts,
)
from tests.quiz.test_attempt import right_answer

LOST = "Vi har mistet kontakten med klassen"
RECLAIM = "FormSubmitter:class-reclaim-Fortsett klassen"


@pytest.fixture
def data_folder(tmp_path):
    """The folder of the SQLite file the pages use (see class_database), to take away and bring back."""
    return tmp_path


def take_away(folder):
    (folder / "class.sqlite3").rename(folder / "away.sqlite3")


def bring_back(folder):
    (folder / "away.sqlite3").rename(folder / "class.sqlite3")


def reclaim(code: str, pin: str):
    app = open_page(run_app(), "klasse-laerer")
    app.text_input(key="class-reclaim-code").input(code)
    app.text_input(key="class-reclaim-pin").input(pin)
    return app.button(key=RECLAIM).click().run()


def test_the_pin_is_typed_in_a_password_field_and_a_class_needs_one():
    app = open_page(run_app(), "klasse-laerer")
    assert app.text_input(key="class-pin").proto.type == TextInput.PASSWORD
    app.button(key="class-start").click().run()
    assert "PIN-koden må ha minst 6 tegn" in texts(app) and "class-teacher" not in app.session_state


def test_after_a_reload_the_teacher_takes_the_board_back_with_code_and_pin_and_phones_keep_their_place():
    board, code, phone = first_question_open()
    answer(phone, code, 0, right_answer(QUIZ.questions[0]))
    back = reclaim(code.lower(), PIN)
    assert not back.exception
    assert "1 av 1 har svart" in texts(back) and escape_markdown(QUIZ.questions[0].prompt["nb"]) in texts(back)
    step(back)
    assert "Riktig svar" in texts(back)
    phone.run()
    assert "Riktig!" in texts(phone)
    board.run()
    assert "Denne klassen er ikke lenger din" in texts(board), "the old tab no longer drives the class"


def test_a_wrong_pin_gives_a_plain_message_and_guessing_is_slowed_down():
    code = code_of(teacher())
    app = reclaim(code, "000000")
    assert "Koden eller PIN-koden stemmer ikke" in texts(app) and "class-teacher" not in app.session_state
    for _ in range(FREE_TRIES):
        app.text_input(key="class-reclaim-code").input(code)
        app.text_input(key="class-reclaim-pin").input("000000")
        app.button(key=RECLAIM).click().run()
    assert "Vent" in texts(app)


def test_with_the_database_gone_the_board_and_the_phones_say_so_calmly_and_come_back_by_themselves(data_folder):
    board, code, phone = first_question_open()
    phone.radio(key=f"class:{code}:0").set_value(right_answer(QUIZ.questions[0])[0]).run()
    take_away(data_folder)
    phone.button(key=f"class:{code}:0:send").click().run()
    board.run()
    reloaded = open_page(run_app({"kode": code, "deltaker": phone.query_params["deltaker"]}), "klasse")
    for app in (board, phone, reloaded):
        assert not app.exception and LOST in texts(app)
    bring_back(data_folder)
    for app in (phone, reloaded, board):
        app.run()
        assert LOST not in texts(app)
    assert "1 av 1 har svart" in texts(board), "the answer sent during the outage arrived by itself"
    assert "Svaret ditt er sendt" in texts(phone) and "Svaret ditt er sendt" in texts(reloaded)


def test_the_lost_contact_message_is_also_in_the_support_language(data_folder):
    code = code_of(teacher())
    take_away(data_folder)
    phone = open_page(run_app({"kode": code, "deltaker": "x" * 22, "lang": "uk"}), "klasse")
    assert escape_markdown("Ми втратили зв’язок із класом") in texts(phone)


def test_a_read_only_data_folder_gives_the_teacher_a_clear_message_at_start(data_folder):
    data_folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        app = open_page(run_app(), "klasse-laerer")
        app.text_input(key="class-pin").input(PIN)
        app.button(key="class-start").click().run()
    finally:
        data_folder.chmod(stat.S_IRWXU)
    assert not app.exception
    assert "Klassen kan ikke lagres på serveren nå" in texts(app) and "class-teacher" not in app.session_state
