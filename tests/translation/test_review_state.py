"""Review state per text: stale when the Norwegian changes, reviewed only for the very text a person read."""
from __future__ import annotations

import datetime as dt

from minplan.catalogue import catalogue
from minplan.cli import main
from minplan.translation.review import (Mark, Review, current_marks, fingerprint, is_reviewed, text_states,
                                        write_review_file)

LESSON_07 = "lessons/07-du-har-klagerett.yaml"


def _nb_line(path, needle):
    text = path.read_text(encoding="utf-8")
    return text, next(number for number, row in enumerate(text.splitlines(), start=1) if row.strip().startswith("nb:") and needle in row)


def test_every_translation_of_the_content_is_recorded_and_none_is_stale():
    states = text_states(catalogue())
    assert states and {item.state for item in states} <= {"translated", "reviewed"}


def test_changed_norwegian_makes_its_translations_stale_in_check_languages(content_tree, monkeypatch, capsys):
    lesson = content_tree / LESSON_07
    content = catalogue().load(content_tree)
    title = content.lesson("du-har-klagerett").title["nb"]
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace(f"nb: {title}", f"nb: {title} nå"), encoding="utf-8")
    stale = [item for item in text_states(catalogue(), content_tree) if item.state == "stale"]
    assert {(item.file, item.field) for item in stale} == {(LESSON_07, "title")}
    assert {item.language for item in stale} == {"en", "uk", "ar", "ti", "prs", "so"}
    monkeypatch.setenv("MINPLAN_CONTENT", str(content_tree))
    assert main(["check", "--languages"]) == 0
    out = capsys.readouterr().out
    ti_line = next(number for number, row in enumerate(text.splitlines(), start=1) if row.strip().startswith("ti:"))
    assert f"{LESSON_07}:{ti_line}: title.ti: stale: the Norwegian has changed" in out
    assert "ti 0 reviewed, " in out and ", 6 stale" not in out and "1 stale" in out


def test_a_review_counts_for_that_translation_of_that_norwegian_only(content_tree):
    content = catalogue().load(content_tree)
    lesson = content.lesson("du-har-klagerett")
    marks = current_marks(content, "ti")
    marks[(LESSON_07, "title")] = Mark(source=fingerprint(lesson.title["nb"]),
                                       reviewed=Review(by="Abeba T.", date=dt.date(2026, 12, 6), text=fingerprint(lesson.title["ti"])))
    write_review_file(content_tree, "ti", marks, list(marks))
    content = catalogue().load(content_tree)
    assert content.problems == []
    assert is_reviewed(content, lesson.title, "ti")
    assert not is_reviewed(content, lesson.title, "ar")
    assert not is_reviewed(content, {**lesson.title, "ti": lesson.title["ti"] + "።"}, "ti")
    assert not is_reviewed(content, {**lesson.title, "nb": lesson.title["nb"] + " nå"}, "ti")
    states = {item.field: item.state for item in text_states(catalogue(), content_tree, ["ti"]) if item.file == LESSON_07}
    assert states["title"] == "reviewed" and states["goal"] == "translated"


def test_a_broken_review_file_is_a_file_line_problem(content_tree):
    path = content_tree / "translations" / "ti.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('{source: "', '{source: "zz', 1), encoding="utf-8")
    problems = [str(problem) for problem in catalogue().load(content_tree).problems]
    assert len(problems) == 1 and problems[0].startswith("translations/ti.yaml:10: ")


def test_stamp_records_new_translations_and_updated_files_only(content_tree, monkeypatch):
    lesson = content_tree / LESSON_07
    title = catalogue().load(content_tree).lesson("du-har-klagerett").title["nb"]
    lesson.write_text(lesson.read_text(encoding="utf-8").replace(f"nb: {title}", f"nb: {title} nå"), encoding="utf-8")
    monkeypatch.setenv("MINPLAN_CONTENT", str(content_tree))
    assert main(["translations", "stamp"]) == 0
    assert any(item.state == "stale" for item in text_states(catalogue(), content_tree))
    assert main(["translations", "stamp", "--lang", "ti", LESSON_07]) == 0
    stale = {item.language for item in text_states(catalogue(), content_tree) if item.state == "stale"}
    assert stale == {"en", "uk", "ar", "prs", "so"}


def test_stamp_refuses_while_a_content_file_is_broken_and_keeps_its_marks(content_tree, monkeypatch, capsys):
    before = (content_tree / "translations" / "ti.yaml").read_text(encoding="utf-8")
    (content_tree / "ui" / "goal.yaml").write_text("strings: [broken\n", encoding="utf-8")
    monkeypatch.setenv("MINPLAN_CONTENT", str(content_tree))
    assert main(["translations", "stamp"]) == 1
    assert "ui/goal.yaml:" in capsys.readouterr().out
    assert (content_tree / "translations" / "ti.yaml").read_text(encoding="utf-8") == before
