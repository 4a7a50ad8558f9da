"""One word for one legal thing: `python -m minplan check --terms` against the glossary's term base."""
from __future__ import annotations

from minplan.catalogue import catalogue
from minplan.cli import main
from minplan.content.models import Term
from minplan.translation.terms import missing_renderings, term_problems

LESSON_07 = "lessons/07-du-har-klagerett.yaml"

KLAGE = Term(
    id="klage",
    legal=True,
    word={"nb": "klage", "uk": "скарга", "ti": "ይግባይ"},
    forms={"nb": ["klagen", "klager"], "uk": ["скарг", "оскарж"]},
    explanation={"nb": "En klage."},
    example={"nb": "Hun klager."},
)


def test_every_translation_uses_the_glossary_word_for_each_legal_term():
    assert [str(problem) for problem in term_problems(catalogue())] == []


def test_check_terms_passes_on_the_real_content(capsys):
    assert main(["check", "--terms"]) == 0
    assert "Terms: 0 translation(s)" in capsys.readouterr().out


def test_another_word_for_a_legal_term_is_reported_with_file_line_and_language(content_tree, monkeypatch, capsys):
    lesson = content_tree / LESSON_07
    text = lesson.read_text(encoding="utf-8")
    line = next(number for number, row in enumerate(text.splitlines(), start=1) if "ti: ናይ ይግባይ መሰል (klagerett)" in row)
    lesson.write_text(text.replace("ti: ናይ ይግባይ መሰል (klagerett)", "ti: ናይ ቅሬታ መሰል (klagerett)"), encoding="utf-8")
    problems = [problem for problem in term_problems(catalogue(), content_tree) if problem.file == LESSON_07]
    assert [(problem.line, problem.field) for problem in problems] == [(line, "title.ti")]
    assert 'glossary: klagerett' in problems[0].message and '"መሰል ይግባይ"' in problems[0].message
    monkeypatch.setenv("MINPLAN_CONTENT", str(content_tree))
    assert main(["check", "--terms"]) == 1
    assert f"{LESSON_07}:{line}: title.ti:" in capsys.readouterr().out


def test_an_inflected_form_listed_in_the_glossary_is_accepted():
    assert missing_renderings({"nb": "Klagen er sendt.", "uk": "Скаргу надіслано."}, [KLAGE]) == []
    assert missing_renderings({"nb": "Du kan klage.", "uk": "Ви можете оскаржити."}, [KLAGE]) == []


def test_a_form_not_in_the_glossary_is_not_accepted():
    misses = missing_renderings({"nb": "Klagen er sendt.", "uk": "Претензію надіслано.", "ti": "ቅሬታ ተላኺ።"}, [KLAGE])
    assert [(miss.language, miss.found) for miss in misses] == [("uk", "Klagen"), ("ti", "Klagen")]
    assert 'must use "скарга" (or one of its forms: скарг, оскарж)' in misses[0].message()


def test_a_compound_is_its_own_term_and_does_not_count_as_its_parts():
    assert missing_renderings({"nb": "Du har klagerett og en klagefrist.", "uk": "У вас є право."}, [KLAGE]) == []


def test_a_language_without_a_rendering_in_the_glossary_is_not_checked():
    assert missing_renderings({"nb": "En klage.", "en": "A complaint."}, [KLAGE]) == []
