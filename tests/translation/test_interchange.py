"""XLIFF 1.2 and PO out and back over all content: translations, review marks, and refusal of changed Norwegian."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from minplan.catalogue import catalogue
from minplan.cli import main
from minplan.translation.interchange import export, import_file
from minplan.translation.review import text_states

translate = pytest.importorskip("translate.storage.factory")

TODAY = dt.date(2026, 12, 6)
LESSON_07 = "lessons/07-du-har-klagerett.yaml"


def _units(path):
    store = translate.getobject(str(path))
    return store, [unit for unit in store.units if not unit.isheader() and unit.source]


@pytest.mark.parametrize("language, fmt, suffix", [("ti", "xliff", "xlf"), ("ar", "po", "po")])
def test_round_trip_over_all_content_changes_every_text_and_keeps_the_rest(content_tree, tmp_path, language, fmt, suffix):
    exported = tmp_path / f"{language}.{suffix}"
    exported.write_bytes(export(catalogue(), content_tree, language, fmt))
    before = {path: path.read_text(encoding="utf-8") for path in content_tree.rglob("*.yaml")}
    store, units = _units(exported)
    assert len(units) == len(text_states(catalogue(), content_tree, [language])) > 1000
    assert all(unit.getlocations() and all(re.fullmatch(r"[\w/.-]+\.yaml:[1-9]\d*", where) for where in unit.getlocations())
               for unit in units), "every unit says its file and line"
    script = "[\u1200-\u137f]" if language == "ti" else "[\u0600-\u06ff]"
    assert all(re.search(script, str(unit.target)) or not re.search("[a-zæøå]{4}", str(unit.target)) for unit in units[:50])
    for number, unit in enumerate(units):
        unit.target = f"{unit.target} ·{number}"
    exported.write_bytes(bytes(store))

    result = import_file(catalogue(), content_tree, exported, None, TODAY)

    assert result.problems == [] and result.changed == len(units)
    states = text_states(catalogue(), content_tree, [language])
    assert all(re.search(r" ·\d+$", item.translation) for item in states)
    assert {item.state for item in states} == {"translated"}
    assert catalogue().load(content_tree).problems == []
    for path, old in before.items():
        if path.parent.name == "translations":
            continue
        new = path.read_text(encoding="utf-8")
        assert [line for line in old.splitlines() if line.lstrip().startswith("#")] == \
               [line for line in new.splitlines() if line.lstrip().startswith("#")], f"{path}: comments kept"
    again = tmp_path / f"again.{suffix}"
    again.write_bytes(export(catalogue(), content_tree, language, fmt))
    assert [str(unit.target) for unit in _units(again)[1]] == [str(unit.target) for unit in units]


def test_xliff_is_version_1_2_with_context_terms_and_state(content_tree, tmp_path):
    data = export(catalogue(), content_tree, "ti", "xliff").decode("utf-8")
    assert 'version="1.2"' in data and "urn:oasis:names:tc:xliff:document:1.2" in data and "document:1.1" not in data
    assert f'<context context-type="sourcefile">{LESSON_07}</context>' in data
    assert "term klage: ይግባይ" in data and 'state="translated"' in data


def test_units_marked_final_get_a_review_mark_and_changed_norwegian_is_refused(content_tree, tmp_path):
    exported = tmp_path / "ti.xlf"
    exported.write_bytes(export(catalogue(), content_tree, "ti", "xliff"))
    store, units = _units(exported)
    title = next(unit for unit in units if unit.xmlelement.get("id") == f"{LESSON_07}#title")
    goal = next(unit for unit in units if unit.xmlelement.get("id") == f"{LESSON_07}#goal")
    title.set_state_n(title.statemap["final"])
    exported.write_bytes(bytes(store))
    lesson = content_tree / LESSON_07
    text = lesson.read_text(encoding="utf-8")
    old_goal = goal.source.split("\n")[0]
    line = next(number for number, row in enumerate(text.splitlines(), start=1) if old_goal in row and "nb:" in row)
    lesson.write_text(text.replace(old_goal, old_goal + " Nytt"), encoding="utf-8")

    result = import_file(catalogue(), content_tree, exported, "Abeba T.", TODAY)

    assert [str(problem).split(": ")[0] for problem in result.problems] == [f"{LESSON_07}:{line}"]
    assert "the Norwegian has changed since this file was exported" in str(result.problems[0])
    assert result.reviewed == 1
    states = {item.field: item for item in text_states(catalogue(), content_tree, ["ti"]) if item.file == LESSON_07}
    assert states["title"].state == "reviewed" and states["title"].mark.reviewed.by == "Abeba T."
    assert states["goal"].state == "stale"


def test_a_final_unit_without_a_name_is_refused_with_file_and_line(content_tree, tmp_path):
    exported = tmp_path / "ar.po"
    exported.write_bytes(export(catalogue(), content_tree, "ar", "po"))
    store, units = _units(exported)
    units[0].addnote("reviewed", origin="translator")
    exported.write_bytes(bytes(store))
    result = import_file(catalogue(), content_tree, exported, None, TODAY)
    assert len(result.problems) == 1 and re.match(r"^[\w/.-]+\.yaml:\d+: ", str(result.problems[0]))
    assert "--by NAME" in str(result.problems[0])


def test_commands_export_and_import(content_tree, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MINPLAN_CONTENT", str(content_tree))
    assert main(["translations", "export", "--lang", "ti", "--format", "po", "-o", str(tmp_path / "ti.po")]) == 0
    assert main(["translations", "import", str(tmp_path / "ti.po")]) == 0
    assert main(["translations", "export", "--lang", "xx", "-o", str(tmp_path / "xx.po")]) == 1
    assert main(["translations", "import", str(tmp_path / "none.po")]) == 1
    assert "none.po:1: file: the file does not exist" in capsys.readouterr().out
