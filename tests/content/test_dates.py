"""Rules with dates: a text, a quiz question or a lesson can say when its rule holds, a test can set
"today" without touching the clock, and `check --expired` / `--expiring` list what ran out or soon will."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from minplan.catalogue import catalogue, load_content
from minplan.cli import main
from minplan.content.commands import check, report_expired, report_expiring
from minplan.content.dates import TODAY_VARIABLE, expired, in_force, not_yet, runs_out_within, today
from minplan.content.readability import participant_texts
from minplan.content.safe_yaml import read_yaml
from minplan.content.text import DatedText, Text
from minplan.translation.gaps import texts_in

LESSON_11 = "lessons/11-dine-rettigheter.yaml"
LESSON_09 = "lessons/09-kollektiv-beskyttelse.yaml"
TEXT = TypeAdapter(Text)


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, needle: str) -> int:
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_today_is_the_clock_unless_minplan_today_names_a_date(monkeypatch):
    monkeypatch.delenv(TODAY_VARIABLE, raising=False)
    assert today() == dt.date.today()
    monkeypatch.setenv(TODAY_VARIABLE, "2027-01-02")
    assert today() == dt.date(2027, 1, 2)
    monkeypatch.setenv(TODAY_VARIABLE, "not a date")
    assert today() == dt.date.today()


def test_a_rule_is_in_force_through_its_last_day_and_expired_the_day_after():
    text = TEXT.validate_python({"nb": "Ut 2026 kan kommunen bruke en annen tolk.", "valid_until": dt.date(2026, 12, 31)})
    assert isinstance(text, DatedText) and dict(text) == {"nb": "Ut 2026 kan kommunen bruke en annen tolk."}
    assert in_force(text, dt.date(2026, 12, 31)) and not expired(text, dt.date(2026, 12, 31))
    assert expired(text, dt.date(2027, 1, 1)) and not in_force(text, dt.date(2027, 1, 1))
    assert runs_out_within(text, 25, dt.date(2026, 12, 6)) and not runs_out_within(text, 24, dt.date(2026, 12, 6))
    starts = TEXT.validate_python({"nb": "Ny regel.", "valid_from": "2027-01-01"})
    assert not_yet(starts, dt.date(2026, 12, 31)) and in_force(starts, dt.date(2027, 1, 1))
    plain = TEXT.validate_python({"nb": "Ingen dato."})
    assert in_force(plain, dt.date(1900, 1, 1)) and not expired(plain) and plain.valid_until is None


def test_every_other_reader_still_sees_only_language_codes():
    raw = b'key_points:\n  - nb: "Regel."\n    en: "Rule."\n    valid_until: 2026-07-01\n    recheck: "Sjekk kapittel 6A."\n'
    doc, problems = read_yaml("x.yaml", raw)
    assert problems == []
    assert list(texts_in(doc.data)) == [(("key_points", 0), {"nb": "Regel.", "en": "Rule."})]
    assert list(participant_texts(doc.data)) == ["Regel."]
    lesson = load_content().lesson("kollektiv-beskyttelse")
    dated = [point for point in lesson.key_points if point.valid_until]
    assert dated and all(set(point) == {"nb", "en", "uk", "ar", "ti", "prs", "so"} for point in dated)


@pytest.mark.parametrize("bad, field, message", [
    ("    valid_until: 2026-13-01\n", "valid_until", "'2026-13-01' is not a date; write it like 2026-07-01"),
    ("    valid_until: snart\n", "valid_until", "'snart' is not a date; write it like 2026-07-01"),
    ("    valid_from: 2027-01-01\n    valid_until: 2026-07-01\n", "valid_until", "valid_until (2026-07-01) comes before valid_from (2027-01-01)"),
    ("    recheck: \"\"\n", "recheck", "must be a note in Norwegian on what to re-check"),
])
def test_a_bad_date_on_a_text_is_a_problem_at_its_own_line(content_tree: Path, bad, field, message):
    path = content_tree / LESSON_11
    anchor = '    so: "Waxaad xaq u leedahay qorshaha is-dhexgalka (integreringsplan). Ma lihid qorshe? Codso."\n'
    _replace(path, anchor, anchor + bad)
    problems = [problem for problem in check(catalogue(), [], root=content_tree)[0] if problem.file == LESSON_11]
    assert [(problem.field, problem.message) for problem in problems] == [(f"key_points.0.{field}", message)]
    assert problems[0].line == _line_of(path, bad.strip().splitlines()[-1])
    assert str(problems[0]).startswith(f"{LESSON_11}:{problems[0].line}: key_points.0.{field}: ")


def test_a_bad_date_on_a_quiz_question_or_a_lesson_is_a_problem_at_its_line(content_tree: Path):
    quiz = content_tree / "quizzes" / "selvtest.yaml"
    _replace(quiz, "    valid_until: 2026-07-01\n", "    valid_until: 2026-02-30\n")
    lesson = content_tree / LESSON_09
    _replace(lesson, "module_goals: [1, 6]\n", "module_goals: [1, 6]\nvalid_until: i morgen\n")
    found = {(problem.file, problem.line, problem.field) for problem in check(catalogue(), [], root=content_tree)[0]}
    assert ("quizzes/selvtest.yaml", _line_of(quiz, "valid_until: 2026-02-30"), "questions.32.valid_until") in found
    assert (LESSON_09, _line_of(lesson, "valid_until: i morgen"), "valid_until") in found


def test_the_real_content_passes_check_expired_today_with_chapter_6a_kept_as_history(capsys):
    assert report_expired(catalogue(), on=dt.date(2026, 12, 6)) == 0
    printed = capsys.readouterr().out.splitlines()
    history = [line for line in printed if "kept as history with its notice" in line]
    assert history and all(line.startswith((LESSON_09, "quizzes/selvtest.yaml")) for line in history)
    assert any("applied until 2026-07-01" in line and "Re-check: Kapittel 6A" in line for line in history)
    assert printed[-1].startswith("OK:")


def test_check_expired_fails_when_a_rule_ran_out_after_its_lesson_was_last_checked(capsys):
    assert report_expired(catalogue(), on=dt.date(2027, 1, 1)) == 1
    printed = capsys.readouterr().out.splitlines()
    open_lines = [line for line in printed if "valid_until:" in line and "kept as history" not in line]
    path = Path(__file__).resolve().parents[2] / LESSON_11
    assert f"{LESSON_11}:{_line_of(path, 'valid_until: 2026-12-31')}: explanation.4.valid_until: the rule applied until 2026-12-31 (1 days ago)" in open_lines[0]


def test_updating_the_lessons_checked_date_after_a_re_check_keeps_the_rule_as_history(content_tree: Path, capsys):
    on = dt.date(2027, 1, 1)
    assert report_expired(catalogue(), root=content_tree, on=on) == 1
    _replace(content_tree / LESSON_11, "checked: 2026-12-06\n", "checked: 2027-01-01\n")
    capsys.readouterr()
    assert report_expired(catalogue(), root=content_tree, on=on) == 0
    assert "kept as history" in capsys.readouterr().out


def test_check_expiring_lists_what_runs_out_within_the_days_given(capsys):
    on = dt.date(2026, 12, 6)
    assert report_expiring(catalogue(), 30, on=on) == 1
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 2 and all(line.startswith(f"{LESSON_11}:") for line in printed)
    assert "the rule runs out on 2026-12-31 (in 25 days)" in printed[0]
    assert report_expiring(catalogue(), 24, on=on) == 0
    assert capsys.readouterr().out.startswith("OK: no rule runs out within 24 days")


def test_the_commands_use_minplan_today(monkeypatch, capsys):
    monkeypatch.setenv(TODAY_VARIABLE, "2026-12-06")
    assert main(["check", "--expired"]) == 0
    assert main(["check", "--expiring", "30"]) == 1
    monkeypatch.setenv(TODAY_VARIABLE, "2027-01-01")
    assert main(["check", "--expired"]) == 1
    capsys.readouterr()
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert f"{LESSON_11}:" in out and "explanation.4.valid_until: warning: the rule applied until 2026-12-31" in out
