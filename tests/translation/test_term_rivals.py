"""The stricter term check: each occurrence counts, and a rival the glossary lists under `avoid` is reported."""
from __future__ import annotations

import re

from minplan.catalogue import catalogue
from minplan.cli import main
from minplan.content.models import Term
from minplan.translation.terms import missing_renderings, term_problems

LESSON_07 = "lessons/07-du-har-klagerett.yaml"

KLAGE = Term(
    id="klage",
    legal=True,
    word={"nb": "klage", "uk": "скарга", "ti": "ይግባይ"},
    forms={"nb": ["klagen"], "uk": ["скарг"]},
    avoid={"ti": ["ቅሬታ"]},
    explanation={"nb": "En klage."},
    example={"nb": "Hun klager."},
)


def test_each_occurrence_in_the_norwegian_needs_its_rendering():
    text = {"nb": "Skriv en klage. Klagen går til kommunen.", "uk": "Напишіть скаргу. Заява йде до комуни.",
            "ti": "ይግባይ ጸሓፉ። እቲ ይግባይ ናብ ምምሕዳር ከባቢ ይኸይድ።"}
    misses = missing_renderings(text, [KLAGE])
    assert [(miss.language, miss.wanted, miss.used) for miss in misses] == [("uk", 2, 1)]
    assert "2 times" in misses[0].message() and "it does 1 time(s)" in misses[0].message()


def test_a_rival_is_reported_even_beside_the_right_word():
    text = {"nb": "Skriv en klage.", "ti": "ይግባይ (ቅሬታ) ጸሓፉ።"}
    misses = missing_renderings(text, [KLAGE])
    assert [(miss.language, miss.rival) for miss in misses] == [("ti", "ቅሬታ")]
    assert "avoid" in misses[0].message()


def test_a_rival_where_the_norwegian_lacks_the_term_is_not_this_check_s_business():
    assert missing_renderings({"nb": "Skriv et brev.", "ti": "ቅሬታ"}, [KLAGE]) == []


def test_the_glossary_lists_the_rivals_the_review_found():
    glossary = catalogue().load().glossary
    assert "محتسب" in glossary["sivilombudet"].avoid["prs"]
    assert "تصمیم" in glossary["vedtak"].avoid["prs"]
    assert "ቅሬታ" in glossary["klage"].avoid["ti"]
    assert "проміжна ціль" in glossary["delmål"].avoid["uk"]
    assert {"fri", "ferie", "permisjon", "fravær"} <= set(glossary)
    words = {term_id: glossary[term_id].word for term_id in ("fri", "ferie", "permisjon", "fravær")}
    for language in ("en", "uk", "ar", "ti", "prs", "so"):
        assert len({words[term_id][language] for term_id in words}) == 4, f"{language}: one word for two things"


def test_a_planted_rival_in_a_copy_of_the_content_fails_with_file_and_line(content_tree, monkeypatch, capsys):
    lesson = content_tree / LESSON_07
    text = lesson.read_text(encoding="utf-8")
    rows = text.splitlines()
    line = next(number for number, row in enumerate(rows, start=1)
                if row.strip().startswith("ti:") and "ይግባይ" in row and number > 20)
    rows[line - 1] = rows[line - 1].replace("ይግባይ", "ይግባይ (ቅሬታ)", 1)
    lesson.write_text("\n".join(rows) + "\n", encoding="utf-8")
    problems = [problem for problem in term_problems(catalogue(), content_tree) if problem.file == LESSON_07]
    assert [problem.line for problem in problems] == [line]
    assert '"ቅሬታ", a rival the glossary says to avoid' in problems[0].message
    monkeypatch.setenv("MINPLAN_CONTENT", str(content_tree))
    assert main(["check", "--terms"]) == 1
    assert re.search(rf"^{re.escape(LESSON_07)}:{line}: [\w.]+\.ti: ", capsys.readouterr().out, re.MULTILINE)
