"""Printing runs in a worker process with a size and a time limit: «Lag PDF» gives a valid PDF, and a printout
over either limit gives a calm notice in Norwegian and the support language while the page goes on."""
from __future__ import annotations

import subprocess

import pytest

from minplan.catalogue import load_content
from minplan.content.bidi import plain
from minplan.exchange.handout import lesson_html, lesson_layouts
from tests.conftest import ROOT, open_page, run_app
from views.exchange import downloads

CONTENT = load_content(ROOT)
LESSON = CONTENT.lessons[1]


@pytest.fixture
def made(monkeypatch) -> list:
    """What each print gave, recorded on its way from the worker to the download button."""
    outcomes = []
    real = downloads.print_fitted  # the lesson's handout: its type size chosen to fit one page

    def recorded(*args, **kwargs):
        outcomes.append(real(*args, **kwargs))
        return outcomes[-1]

    monkeypatch.setattr(downloads, "print_fitted", recorded)
    return outcomes


def _print(language: str = "nb"):
    """The lesson page, then a press on «Lag PDF» (nothing is made before it)."""
    app = open_page(run_app({"lang": language} if language != "nb" else None), LESSON.id)
    assert not app.exception and not app.get("download_button")
    return app.button(key=f"print:{LESSON.id}-make").click().run()


def _pdf_text(data: bytes) -> str:
    return " ".join(subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode().split())


@pytest.mark.parametrize("language", ["nb", "ar"])
def test_lag_pdf_offers_a_valid_lesson_pdf(made, language):
    app = _print(language)
    assert not app.exception and not app.warning
    [button] = app.get("download_button")
    assert plain(button.proto.label).startswith("Last ned leksjonen som PDF" if language == "nb" else "نزّل كملف PDF")
    [outcome] = made
    assert outcome.refused is None and outcome.value.startswith(b"%PDF-")
    assert LESSON.title["nb"] in _pdf_text(outcome.value)


def _calm(app, norwegian: str, arabic: str) -> None:
    """A notice with Norwegian first and Arabic beneath, no error box, no download, and the page drawn to its end."""
    assert not app.exception and not app.get("download_button")
    [notice] = app.warning
    assert notice.value.startswith(norwegian) and arabic in plain(notice.value)
    assert app.button(key=f"print:{LESSON.id}-make")


def test_a_text_over_the_size_limit_gives_a_calm_notice(made, monkeypatch):
    monkeypatch.setattr(downloads, "PRINT_BYTES", len(lesson_html(LESSON, CONTENT, "ar").encode()) // 2)
    _calm(_print("ar"), "Teksten er for lang til å lage en PDF av den.", "النص طويل جدًا")
    assert [outcome.refused for outcome in made] == ["too_large"]


def test_a_printout_over_the_time_limit_is_stopped_with_a_calm_notice(made, monkeypatch):
    monkeypatch.setattr(downloads, "PRINT_SECONDS", 0.01)
    _calm(_print("ar"), "Det tok for lang tid å lage PDF-en", "استغرق إنشاء ملف PDF")
    assert [outcome.refused for outcome in made] == ["too_slow"]
    monkeypatch.setattr(downloads, "PRINT_SECONDS", 30)
    assert downloads.print_fitted(lesson_layouts, LESSON, CONTENT, "nb").value.startswith(b"%PDF-")  # a fresh worker


def test_print_limited_refuses_a_huge_text_before_it_reaches_a_worker():
    outcome = downloads.print_limited(lambda: "<p>" + "a " * downloads.PRINT_BYTES + "</p>")
    assert outcome.refused == "too_large"


def test_every_refusal_has_its_notice_in_every_language():
    for kind in ("too_large", "too_slow", "busy", "failed"):
        for key in (f"upload.{kind}", f"storm.print_{kind}"):
            assert set(CONTENT.ui[key]) == {language.code for language in CONTENT.languages} | {"nb"}, key
