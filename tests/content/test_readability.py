"""Plain Norwegian, measured by the project itself: LIX of what participants read, and `python -m minplan lix`."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from minplan.catalogue import content_files, kind_of
from minplan.cli import main
from minplan.content.readability import GOAL, participant_texts, score
from tests.conftest import ROOT

FILES = [path for path in content_files(ROOT) if kind_of(path.relative_to(ROOT).as_posix()).readable]

REFERENCE = [
    (["Du har rett til å klage.", "Integreringsplanen"], (17.79, 7, 2, 1)),
    (["Kommunen lager planen sammen med deg. Er du uenig, kan du klage!", "Hva er en integreringskontrakt?"], (17.83, 16, 3, 2)),
    (["Listen:\n- sluttmål\n- norskmål\n\nLangsiktig mål", "Klagefristen er tre uker; den begynner når du får vedtaket."],
     (42.5, 15, 6, 6)),
    (["Programrådgiveren din hjelper deg", "Sju-åtte ord med bindestrek og don't"], (45.0, 10, 2, 4)),
]
"""Texts and the (LIX, words, sentences, long words) that the reference script tools/lix.py gives for them."""


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_what_participants_read_is_plain_enough(path: Path):
    found = score(participant_texts(yaml.safe_load(path.read_text(encoding="utf-8"))))
    assert found is not None and found.words > 0
    assert found.lix <= GOAL, f"{path.name}: LIX {found.lix:.1f} is above {GOAL}; use shorter sentences and words"


@pytest.mark.parametrize("texts, expected", REFERENCE)
def test_words_sentences_and_long_words_are_counted_like_the_reference(texts, expected):
    found = score(texts)
    assert (round(found.lix, 2), found.words, found.sentences, found.long_words) == pytest.approx(expected, abs=0.01)


def test_teacher_notes_source_notes_and_other_languages_are_not_measured():
    lesson = {"title": {"nb": "Du kan klage.", "en": "Notwithstanding extraordinarily complicated circumstances."},
              "sources": [{"id": "integreringsloven", "about": {"nb": "Forvaltningslovforskriften gjennomgående."}}],
              "teacher_notes": {"background": [{"nb": "Saksbehandlingsreglene forutsetter klageadgang."}]}}
    assert list(participant_texts(lesson)) == ["Du kan klage."]
    assert score(participant_texts(lesson)).lix == pytest.approx(3.0)


def test_a_file_without_words_has_no_score():
    assert score(participant_texts({"sources": [{"id": "x", "title": "Integreringsloven"}]})) is None


def test_lix_command_passes_the_real_content_and_names_each_file(capsys):
    assert main(["lix"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == len(FILES)
    assert any(line.startswith("lessons/01-hva-er-en-integreringsplan.yaml: LIX ") for line in printed)


def test_lix_command_fails_a_file_that_is_too_hard(tmp_path: Path, capsys):
    hard = tmp_path / "vanskelig.yaml"
    hard.write_text("title:\n  nb: Saksbehandlingsreglene forutsetter forvaltningsrettslig klageadgang for enkeltvedtak\n",
                    encoding="utf-8")
    easy = tmp_path / "lett.yaml"
    easy.write_text("title:\n  nb: Du kan klage.\n", encoding="utf-8")
    assert main(["lix", str(easy)]) == 0
    assert main(["lix", str(easy), str(hard)]) == 1
    assert f"{hard}: LIX " in capsys.readouterr().out


def test_lix_command_says_when_a_file_has_no_participant_text(capsys):
    assert main(["lix", str(ROOT / "lessons" / "sources.yaml")]) == 0
    assert capsys.readouterr().out.strip().endswith("sources.yaml: no participant text")
