"""After its date a rule is still shown, with a calm notice in Norwegian and in the support language."""
from __future__ import annotations

from minplan.content.bidi import plain
from minplan.content.dates import TODAY_VARIABLE
from tests.conftest import open_page, run_app

NB = "Denne regelen gjaldt til 31.12.2026. Spør kommunen hva som gjelder nå."
UK = "Це правило діяло до 31.12.2026. Запитайте комуну (kommune), що діє зараз."


def _text(app) -> str:
    return plain("\n".join(markdown.value for markdown in app.markdown))


def test_the_interpreter_dispensation_shows_its_notice_after_new_year_in_norwegian_and_ukrainian(monkeypatch):
    monkeypatch.setenv(TODAY_VARIABLE, "2027-01-02")
    app = open_page(run_app({"lang": "uk"}), "dine-rettigheter")
    assert not app.exception
    text = _text(app)
    assert "Ut 2026 kan kommunen likevel bruke en tolk som ikke står i registeret." in text
    assert NB in text and UK in text


def test_no_notice_while_the_rule_still_holds(monkeypatch):
    monkeypatch.setenv(TODAY_VARIABLE, "2026-12-31")
    app = open_page(run_app({"lang": "uk"}), "dine-rettigheter")
    assert not app.exception
    assert "gjaldt til" not in _text(app)


def test_chapter_6a_key_points_carry_the_notice_today_and_the_quiz_says_what_it_left_out(monkeypatch):
    monkeypatch.setenv(TODAY_VARIABLE, "2026-12-06")
    app = open_page(run_app({"lang": "ar"}), "kollektiv-beskyttelse")
    assert not app.exception
    text = _text(app)
    assert "Du kan få én enkel plan for programmet og norskopplæringen." in text
    assert "Denne regelen gjaldt til 01.07.2026." in text
    assert "كانت هذه القاعدة سارية حتى 01.07.2026." in text
    quiz = open_page(run_app(), "selvtest")
    assert not quiz.exception
    assert any("1 spørsmål er tatt ut av testen." in caption.value for caption in quiz.caption)


def test_projector_slides_of_a_dated_paragraph_keep_its_date():
    from minplan.catalogue import load_content
    from minplan.lesson.slides import build_slides

    lesson = load_content().lesson("kollektiv-beskyttelse")
    dated = [part for slide in build_slides(lesson) if slide.kind == "text" for part in slide.items
             if part.get("nb", "").startswith("Reglene i kapittel 6A")]
    assert dated and all(str(part.valid_until) == "2026-07-01" for part in dated)


def test_a_dated_teacher_note_shows_its_notice_after_the_date(monkeypatch):
    monkeypatch.setenv(TODAY_VARIABLE, "2027-01-02")
    app = open_page(run_app({"teacher": "1"}), "dine-rettigheter")
    assert not app.exception
    text = _text(app)
    assert "Dispensasjonen fra kravet om kvalifisert tolk" in text
    assert text.count(NB) == 2  # under the participant text and under the teacher note
