"""`check` refuses an unknown placeholder and a municipality file that lacks a value a lesson needs, as FILE:LINE."""
from __future__ import annotations

import os
import subprocess
import sys

from minplan.catalogue import load_content
from minplan.local.kinds import statsforvaltere
from tests.conftest import ROOT
from tests.local.fixtures import add_example, put_placeholder

LESSON = "07-du-har-klagerett.yaml"
SENTENCE = "  - nb: Klagen skal være skriftlig. Du skal skrive under på den."


def _line_of(path, text: str) -> int:
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                if text in line and not line.lstrip().startswith("#"))


def test_an_unknown_placeholder_in_a_lesson_is_named_with_file_and_line(content_tree):
    put_placeholder(content_tree, LESSON, SENTENCE, "  - nb: Klagen skal være skriftlig. Ring {kontor.faks}.")
    problems = [str(problem) for problem in load_content(content_tree).problems]
    line = _line_of(content_tree / "lessons" / LESSON, "{kontor.faks}")
    assert any(problem.startswith(f"lessons/{LESSON}:{line}: key_points.") and "unknown placeholder {kontor.faks}" in problem
               for problem in problems), problems


def test_an_unknown_placeholder_in_a_quiz_is_named_too(content_tree):
    quiz = content_tree / "quizzes" / "selvtest.yaml"
    text = quiz.read_text(encoding="utf-8")
    old = 'nb: "Planen er en rettesnor for deg. Hva betyr det?"'
    assert old in text
    quiz.write_text(text.replace(old, 'nb: "Planen er en rettesnor for deg. Hva betyr det? Se {nettsiden}."', 1), encoding="utf-8")
    problems = [str(problem) for problem in load_content(content_tree).problems]
    assert any(problem.startswith(f"quizzes/{quiz.name}:") and "{nettsiden}" in problem for problem in problems), problems


def test_a_municipality_file_without_a_value_a_lesson_needs_is_refused_at_its_line(content_tree):
    put_placeholder(content_tree, LESSON, SENTENCE, "  - nb: Klagen skal være skriftlig. Ring {kontor.telefon} hvis du lurer.")
    example = add_example(content_tree)
    example.write_text(example.read_text(encoding="utf-8").replace("  phone: 12 34 56 78\n", ""), encoding="utf-8")
    problems = [str(problem) for problem in load_content(content_tree).problems]
    line = _line_of(example, "office:")
    assert f"local/9901.yaml:{line}: office: {{kontor.telefon}} is used in lesson du-har-klagerett, but this file has no office.phone" in problems


def test_the_same_file_with_the_value_passes(content_tree):
    put_placeholder(content_tree, LESSON, SENTENCE, "  - nb: Klagen skal være skriftlig. Ring {kontor.telefon} hvis du lurer.")
    add_example(content_tree)
    assert load_content(content_tree).problems == []


def test_an_unknown_statsforvalter_and_a_wrong_file_name_are_refused(content_tree):
    example = add_example(content_tree)
    example.write_text(example.read_text(encoding="utf-8").replace("statsforvalter: vestland", "statsforvalter: viken"), encoding="utf-8")
    renamed = content_tree / "local" / "9902.yaml"
    renamed.write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    problems = [str(problem) for problem in load_content(content_tree).problems]
    assert any(problem.startswith(f"local/9901.yaml:{_line_of(example, 'statsforvalter:')}: statsforvalter: 'viken' is not an office")
               for problem in problems), problems
    assert any(problem.startswith(f"local/9902.yaml:{_line_of(renamed, 'number:')}: number: the number 9901 must be the file's name")
               for problem in problems), problems


def test_a_broken_field_in_a_municipality_file_names_its_line(content_tree):
    example = add_example(content_tree)
    example.write_text(example.read_text(encoding="utf-8").replace("  email: introsenteret@fjordvik.example", "  email: ikke en adresse")
                       .replace("  address: Storgata 1, 9990 Fjordvik", "  address: Storgata {1}"), encoding="utf-8")
    problems = [str(problem) for problem in load_content(content_tree).problems]
    assert any(problem.startswith(f"local/9901.yaml:{_line_of(example, 'email: ikke')}: office.email") for problem in problems), problems
    assert any(problem.startswith(f"local/9901.yaml:{_line_of(example, 'Storgata {1}')}: office.address") for problem in problems), problems


def test_check_on_the_command_line_prints_file_line_and_no_traceback(content_tree):
    put_placeholder(content_tree, LESSON, SENTENCE, "  - nb: Klagen skal være skriftlig. Send den til {klage.adresse}.")
    done = subprocess.run([sys.executable, "-m", "minplan", "check"], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "MINPLAN_CONTENT": str(content_tree)}, timeout=120)
    assert done.returncode == 1
    assert f"lessons/{LESSON}:" in done.stdout and "unknown placeholder {klage.adresse}" in done.stdout
    assert "Traceback" not in done.stderr


def test_the_registry_holds_ten_offices_for_the_fifteen_counties_each_cited():
    content = load_content()
    assert not content.problems
    offices = statsforvaltere(content)
    assert len(offices) == 10
    counties = [county for office in offices.values() for county in office.counties]
    assert len(counties) == len(set(counties)) == 15
    for office in offices.values():
        assert office.name.startswith("Statsforvalteren i ")
        assert str(office.web).startswith("https://www.statsforvalteren.no/")
        assert all(source in content.sources for source in office.sources)


def test_the_documented_example_is_marked_and_loads_without_problems(content_tree):
    example = add_example(content_tree)
    text = example.read_text(encoding="utf-8")
    assert text.startswith("# EKSEMPEL – EN OPPDIKTET KOMMUNE")
    assert "example: true" in text
    assert load_content(content_tree).problems == []


def test_a_placeholder_is_not_a_legal_term_for_the_term_check():
    from minplan.content.models import Term
    from minplan.translation.terms import missing_renderings

    term = Term(id="statsforvalteren", legal=True, word={"nb": "Statsforvalteren", "en": "County Governor"},
                explanation={"nb": "x"}, example={"nb": "x"})
    assert missing_renderings({"nb": "Så kan {statsforvalter} avgjøre saken.", "en": "Then {statsforvalter} decides."}, [term]) == []
    assert missing_renderings({"nb": "Så kan Statsforvalteren avgjøre.", "en": "Then the governor decides."}, [term])
