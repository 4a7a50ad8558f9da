"""Arabic and Dari texts that begin with a Latin word keep right to left in other tools (a leading RLM)."""
from __future__ import annotations

import csv
import io
import re

from minplan.catalogue import catalogue
from minplan.content.bidi import RLM
from minplan.content.loader import content_root
from minplan.exchange.direction import in_tool_direction
from minplan.exchange.formats import export_file
from minplan.translation.review import translatable_texts

ROOT = content_root()
STARTS_LATIN = re.compile(r"^(?!\u200f)[\W\d_]*[A-Za-z\u00c0-\u024f]")


def test_only_right_to_left_texts_that_begin_with_a_latin_letter_get_the_mark():
    assert in_tool_direction("Samira تحب العمل.", "ar") == RLM + "Samira تحب العمل."
    assert in_tool_direction("«NAV» دفتر", "prs") == RLM + "«NAV» دفتر"
    assert in_tool_direction("تحب Samira العمل.", "ar") == "تحب Samira العمل."
    assert in_tool_direction("Samira likes work.", "en") == "Samira likes work."
    assert in_tool_direction(RLM + "Samira تحب", "ar") == RLM + "Samira تحب"


def test_the_content_has_such_texts_in_arabic_and_dari():
    texts = [text for _, _, _, text in translatable_texts(catalogue(), ROOT)]
    assert sum(bool(STARTS_LATIN.match(text.get("ar", ""))) for text in texts) >= 16
    assert sum(bool(STARTS_LATIN.match(text.get("prs", ""))) for text in texts) >= 60


def test_gift_and_anki_start_latin_first_arabic_and_dari_texts_with_the_mark():
    gift = export_file(ROOT / "quizzes/selvtest.yaml", "gift", "ar").content
    assert f"{RLM}Samira " in gift and "]Samira " not in gift
    anki = export_file(ROOT / "lessons/glossary.yaml", "anki", "ar").content
    rows = {row[0]: row for row in csv.reader(io.StringIO(anki)) if row and not row[0].startswith("#")}
    assert rows["NAV"][3].startswith(f"{RLM}NAV ")
    quizlet = export_file(ROOT / "lessons/glossary.yaml", "quizlet", "prs").content
    assert all(not STARTS_LATIN.match(line.split("\t")[1]) for line in quizlet.splitlines())
    english = export_file(ROOT / "quizzes/selvtest.yaml", "gift", "en").content
    assert RLM not in english


def test_kahoot_rows_carry_the_mark():
    from minplan.exchange.kahoot import kahoot_rows
    from minplan.quiz.kinds import quizzes

    quiz = next(quiz for quiz in quizzes(catalogue().load()) if quiz.id == "selvtest")
    rows, _ = kahoot_rows(quiz, "ar", "نعم", "لا", "quizzes/selvtest.yaml")
    cells = [cell for row in rows for cell in row[1:6] if isinstance(cell, str) and cell]
    assert all(not STARTS_LATIN.match(cell) for cell in cells)
    assert any(cell.startswith(RLM) for cell in cells)
