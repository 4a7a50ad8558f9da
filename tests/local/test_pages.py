"""A deployment with two municipalities serves each its own details: the address picks one (?kommune=),
the start page offers the choice, and the choice stays in the address like the language."""
from __future__ import annotations

import re

import pytest

from minplan.content.bidi import plain
from minplan.content.markdown import WORD_JOINER
from tests.conftest import open_page, run_app
from tests.local.fixtures import SECOND, add_example, add_second
from views.session import content as cached


@pytest.fixture
def two_kommuner(monkeypatch, content_tree):
    add_example(content_tree)
    add_second(content_tree)
    monkeypatch.setenv("MINPLAN_CONTENT", str(content_tree))
    cached.cache_clear()
    yield content_tree
    cached.cache_clear()


def _all_text(app) -> str:
    """Every Markdown text on the page as a reader sees it: without escapes, word joiners and bidi marks."""
    shown = plain(" ".join(element.value for element in app.markdown)).replace(WORD_JOINER, "")
    return re.sub(r"\\(.)", r"\1", shown)


def test_each_municipality_reads_its_own_details_in_arabic(two_kommuner):
    first = run_app({"kommune": "9901", "lang": "ar"})
    assert not first.exception
    text = _all_text(first)
    assert "Introduksjonssenteret i Fjordvik" in text and "Storgata 1, 9990 Fjordvik" in text
    assert "Elvdal" not in text
    assert "من أسأل؟" in plain(" ".join(header.value for header in first.subheader))
    second = run_app({"kommune": SECOND, "lang": "ar"})
    text = _all_text(second)
    assert "Elvdal læringssenter" in text and "Postboks 2, 9991 Elvdal" in text and "Troms og Finnmark" in text
    assert "Fjordvik" not in text
    assert second.query_params["kommune"] == SECOND


def test_without_a_choice_the_start_page_offers_both_and_gives_general_advice(two_kommuner):
    app = run_app()
    picker = app.selectbox(key="kommune-picker")
    names = [picker.format_func(option) for option in picker.options]
    assert "Fjordvik kommune (eksempel)" in names and "Elvdal kommune (eksempel)" in names
    assert "Programrådgiveren din." in _all_text(app)
    picker.select("9901").run()
    assert app.query_params["kommune"] == "9901"
    assert "Introduksjonssenteret i Fjordvik" in _all_text(app)


def test_the_choice_follows_to_the_appeal_lesson(two_kommuner):
    app = open_page(run_app({"kommune": SECOND}), "du-har-klagerett")
    assert not app.exception
    text = _all_text(app)
    assert "Hvem spør jeg?" in plain(" ".join(header.value for header in app.subheader))
    assert "Postboks 2, 9991 Elvdal" in text
    assert app.query_params["kommune"] == SECOND


def test_an_unknown_number_in_the_address_gives_the_general_text(two_kommuner):
    app = run_app({"kommune": "0301"})
    assert not app.exception
    assert "Programrådgiveren din." in _all_text(app)
    assert "kommune" not in app.query_params


def test_without_local_files_the_start_page_has_the_general_card_and_no_picker():
    app = run_app()
    assert "Kontoret som fattet vedtaket." in _all_text(app)
    assert not [box for box in app.selectbox if box.key == "kommune-picker"]
