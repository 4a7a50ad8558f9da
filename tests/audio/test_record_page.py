"""The staff recording page: absent without a staff password, closed until it is typed, then lists each text's state;
a fresh recording plays beside its key word, a stale one shows no player."""
from __future__ import annotations

from pathlib import Path

import pytest

from minplan.audio.recordings import recordable_texts, save_recording
from minplan.catalogue import catalogue
from tests.conftest import open_page, run_app
from views.audio.play import forget_recordings
from views.audio.record import PASSWORD, URL_PATH
from views.session import content


@pytest.fixture
def staff_tree(monkeypatch, content_tree: Path) -> Path:
    monkeypatch.setenv("MINPLAN_CONTENT", str(content_tree))
    content.cache_clear()
    forget_recordings()
    yield content_tree
    content.cache_clear()
    forget_recordings()


def test_without_a_staff_password_the_page_does_not_exist(monkeypatch):
    monkeypatch.delenv(PASSWORD, raising=False)
    app = run_app()
    assert URL_PATH not in {page.url_path for page in app.session_state["pages"].values()}
    opened = open_page(app, URL_PATH)
    assert not any(field.label == "Passord for ansatte" for field in opened.text_input)
    assert not any(box.label == "Språk" for box in opened.selectbox)


def test_the_page_stays_closed_until_the_password_is_typed(monkeypatch, staff_tree: Path):
    monkeypatch.setenv(PASSWORD, "rett-passord")
    app = open_page(run_app(), URL_PATH)
    closed = lambda: not [box for box in app.selectbox if box.key == "audio-language"]
    assert closed()
    app.text_input(key="audio-password").input("feil").run()
    assert app.error[0].value == "Feil passord." and closed()
    app.text_input(key="audio-password").input("rett-passord").run()
    assert not app.exception and app.selectbox(key="audio-language").value == "nb"


def test_the_list_says_recorded_stale_and_missing(monkeypatch, staff_tree: Path):
    monkeypatch.setenv(PASSWORD, "rett-passord")
    texts = list(recordable_texts(catalogue(), staff_tree, "prs"))
    save_recording(staff_tree, texts[0], b"m4a")
    stale = texts[1]
    save_recording(staff_tree, type(stale)(stale.file, stale.line, stale.field, "prs", stale.text + " old"), b"m4a")
    app = open_page(run_app(), URL_PATH)
    app.text_input(key="audio-password").input("rett-passord").run()
    app.selectbox(key="audio-language").select("prs").run()
    assert app.caption[0].value == f"1 tatt opp, 1 gamle, {len(texts) - 2} mangler"
    chosen = app.selectbox(key="audio-text-prs")
    assert chosen.value == 1 and "Gammelt opptak" in chosen.format_func(1)
    assert any(element.type == "audio_input" for element in app.main) or app.get("audio_input")


def test_a_key_word_plays_its_recording_and_a_stale_one_has_no_player(staff_tree: Path):
    lesson = content().lessons[1]
    words = [content().glossary[term] for term in lesson.terms[:2]]
    texts = {text.text: text for text in recordable_texts(catalogue(), staff_tree, "prs")}
    fresh, old = texts[words[0].word["prs"]], texts[words[1].word["prs"]]
    save_recording(staff_tree, fresh, b"m4a")
    save_recording(staff_tree, type(old)(old.file, old.line, old.field, "prs", old.text + " old"), b"m4a")
    app = open_page(run_app({"lang": "prs"}), lesson.id)
    players = [element.proto.body for element in app.get("html") if "mp-recording" in element.proto.body]
    assert len(players) == 1 and f'src="/{fresh.path()}"' in players[0] and 'preload="none"' in players[0]
