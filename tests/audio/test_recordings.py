"""A recording is found by its text, goes stale when the text changes, and a new one replaces the old."""
from __future__ import annotations

from pathlib import Path

from minplan.audio.commands import report_audio
from minplan.audio.recordings import playable, recordable_texts, save_recording, statuses
from minplan.catalogue import catalogue
from minplan.translation.review import fingerprint


def _first(root: Path, language: str, field_start: str = "title"):
    return next(text for text in recordable_texts(catalogue(), root, language) if text.field.startswith(field_start))


def test_every_text_starts_missing_and_a_saved_one_is_recorded_and_playable(content_tree: Path):
    text = _first(content_tree, "prs")
    path = save_recording(content_tree, text, b"m4a")
    assert path.relative_to(content_tree).as_posix() == f"audio/prs/{text.file[:-5]}/{text.field}.{fingerprint(text.text)}.m4a"
    found = {(status.text.file, status.text.field): status.state for status in statuses(catalogue(), "prs", content_tree)}
    assert found[(text.file, text.field)] == "recorded"
    assert list(found.values()).count("recorded") == 1 and "stale" not in found.values()
    assert playable(catalogue(), ["prs", "nb"], content_tree) == {("prs", fingerprint(text.text)): path.relative_to(content_tree).as_posix()}


def test_a_changed_text_makes_its_recording_stale_and_unplayable(content_tree: Path):
    text = _first(content_tree, "nb")
    save_recording(content_tree, text, b"m4a")
    source = content_tree / text.file
    source.write_text(source.read_text(encoding="utf-8").replace(text.text, text.text + " Ny setning.", 1), encoding="utf-8")
    stale = [status for status in statuses(catalogue(), "nb", content_tree) if status.state == "stale"]
    assert [(status.text.file, status.text.field) for status in stale] == [(text.file, text.field)]
    assert str(stale[0]).startswith(f"{text.file}:{text.line}: {text.field}.nb: stale recording")
    assert playable(catalogue(), ["nb"], content_tree) == {}


def test_recording_again_replaces_the_stale_file(content_tree: Path):
    text = _first(content_tree, "ar")
    old = save_recording(content_tree, text, b"old")
    changed = type(text)(text.file, text.line, text.field, text.language, text.text + "!")
    new = save_recording(content_tree, changed, b"new")
    assert not old.exists() and new.read_bytes() == b"new"


def test_check_audio_lists_coverage_and_stale_lines(content_tree: Path, monkeypatch, capsys):
    monkeypatch.setenv("MINPLAN_CONTENT", str(content_tree))
    text = _first(content_tree, "prs")
    save_recording(content_tree, text, b"m4a")
    assert report_audio(type("Args", (), {"paths": []})(), catalogue()) == 0
    source = content_tree / text.file
    source.write_text(source.read_text(encoding="utf-8").replace(text.text, text.text + " ...", 1), encoding="utf-8")
    report_audio(type("Args", (), {"paths": []})(), catalogue())
    out = capsys.readouterr().out.splitlines()
    assert "prs 1 of" in out[0]
    assert out[1].startswith(f"{text.file}:{text.line}: {text.field}.prs: stale recording")
    assert "prs 0 of" in out[2] and "(1 stale)" in out[2]
