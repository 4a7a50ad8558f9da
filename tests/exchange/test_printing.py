"""Printed lessons and the printed plan sketch: A4, one page, every font embedded, and the text
read back from the PDF (pdftotext) in both languages and in reading order. Each page is also rendered
to PNG (tests/output/print/) for a person to look at."""
from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest

from minplan.cli import main
from minplan.catalogue import load_content
from minplan.content.text import pick
from minplan.exchange.pdf import lesson_pdf, sketch_pdf
from minplan.goal.branch import Branch
from minplan.goal.sketch import Sketch, propose
from minplan.goal.sketch_export import Side
from minplan.goal.kinds import job_catalogue
from tests.conftest import ROOT
from tests.exchange.columns import column_text

CONTENT = load_content(ROOT)
LANGUAGES = ["nb", "ar", "ti", "uk"]
PICTURES = ROOT / "tests" / "output" / "print"


def _run(*command: str, data: bytes) -> str:
    return subprocess.run([*command, "-", "-"], input=data, capture_output=True, check=True).stdout.decode()


def _info(pdf: bytes) -> str:
    return subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def _pages(pdf: bytes) -> int:
    return int(re.search(r"Pages:\s+(\d+)", _info(pdf)).group(1))


def _fonts(pdf: bytes) -> list[list[str]]:
    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def _words(text: str) -> str:
    """Text as pdftotext gives it back, reduced to letters: spacing, line breaks and punctuation differ."""
    return re.sub(r"\W+", "", text)


def _png(pdf: bytes, name: str) -> None:
    PICTURES.mkdir(parents=True, exist_ok=True)
    target = PICTURES / name
    path = target.with_suffix(".pdf")
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(path), str(target)], check=True)


@pytest.fixture(scope="module", params=LANGUAGES)
def printed(request):
    """Every lesson printed in one language (module scope: rendering takes about a second each)."""
    return request.param, {lesson.id: lesson_pdf(lesson, CONTENT, request.param) for lesson in CONTENT.lessons}


def test_every_lesson_prints_on_one_a4_page_with_every_font_embedded(printed):
    language, pdfs = printed
    for lesson_id, pdf in pdfs.items():
        assert _pages(pdf) == 1, (lesson_id, language, _pages(pdf))
        assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+", _info(pdf)), "A4"
        assert re.search(r"Tagged:\s+yes", _info(pdf)), "tagged for screen readers"
        fonts = _fonts(pdf)
        assert fonts and all(row[-5] == "yes" for row in fonts), (lesson_id, fonts)
        _png(pdf, f"{lesson_id}-{language}")


def _in_order(text: str, blocks: list[str], where) -> None:
    """Every word of every block is there, and each block starts after the previous one: the lesson's reading order.

    Words, not whole sentences, because pdftotext may put a wrapped line's last word of right-to-left or
    Ge'ez text elsewhere on the line, and splits a word at a lam-alef ligature now and then (1 word in 40
    or one in a short block may go missing that way); the first word of a block is never moved.
    """
    position = 0
    for block in blocks:
        words = [_words(_shaped(word)) for word in block.split() if _words(word)]
        missing = [word for word in words if word not in text]
        assert len(missing) <= 1 + len(words) // 40, (where, block, missing)
        found = text.find(words[0], position)
        assert found >= position, (where, "out of order", block)
        position = found


def _blocks(lesson, language: str) -> list[str]:
    check = lesson.check
    texts = [lesson.title, lesson.goal, *lesson.key_points, lesson.example, check.prompt, *(option.text for option in check.options)]
    return [pick(text, language) for text in texts]


def test_norwegian_column_reads_in_the_lessons_order(printed):
    language, pdfs = printed
    for lesson in CONTENT.lessons:
        text = _run("pdftotext", data=pdfs[lesson.id]) if language == "nb" else column_text(pdfs[lesson.id], lesson, language, right=False)
        _in_order(_words(_shaped(text)), _blocks(lesson, "nb"), (lesson.id, language))


def test_support_language_column_reads_in_the_lessons_order(printed):
    language, pdfs = printed
    if language == "nb":
        pytest.skip("Norwegian only")
    for lesson in CONTENT.lessons:
        text = _words(_shaped(column_text(pdfs[lesson.id], lesson, language, right=True)))
        _in_order(text, _blocks(lesson, language), (lesson.id, language))
        assert _words(_shaped(lesson.goal["nb"])) not in text, "the support column holds no Norwegian block"


def _shaped(text: str) -> str:
    """Arabic comes back from pdftotext in presentation forms, lam-alef and lam-alef-maqsura with the letters swapped, and alef maqsura as yeh
    (the font draws both with one glyph); compare the base letters."""
    text = re.sub(r"[\u064B-\u065F\u0670\u200c\u200d\u200e\u200f\u202a-\u202e]", "", unicodedata.normalize("NFKC", text))
    return re.sub(r"ل([اآأإى])", r"\1ل", text).replace("ى", "ي")


def test_arabic_is_right_aligned_and_norwegian_left():
    lesson = CONTENT.lessons[1]
    layout = _run("pdftotext", "-layout", data=lesson_pdf(lesson, CONTENT, "ar"))
    title_line = next(line for line in layout.splitlines() if lesson.title["nb"] in line)
    assert title_line.startswith(lesson.title["nb"])
    assert len(title_line) > 80, "the Arabic title sits at the right margin"


def test_unchecked_translation_says_so_on_paper():
    lesson = CONTENT.lessons[0]
    text = _run("pdftotext", data=lesson_pdf(lesson, CONTENT, "uk"))
    assert "Переклад ще не перевірила людина" in " ".join(text.split())


def test_sketch_prints_on_one_page_norwegian_beside_each_language():
    sketch = propose(Sketch(job="maler", branch=Branch.WORK, start="2026-01"), job_catalogue(CONTENT))
    norwegian = Side("nb", lambda key: pick(CONTENT.ui.get(key, {"nb": key}), "nb"))
    for language in LANGUAGES:
        say = lambda key, code=language: pick(CONTENT.ui.get(key, {"nb": key}), code)  # noqa: E731
        sides = [norwegian] + ([Side(language, say, CONTENT.language(language).direction)] if language != "nb" else [])
        pdf = sketch_pdf(sketch, job_catalogue(CONTENT), sides, sources=CONTENT.sources)
        assert _pages(pdf) == 1
        assert all(row[-5] == "yes" for row in _fonts(pdf))
        text = _words(_shaped(_run("pdftotext", data=pdf)))
        assert _words(_shaped(say("goal.export_steps"))) in text and "Delmål" in text
        _png(pdf, f"sketch-{language}")


def test_cli_print_writes_a_pdf_and_refuses_an_unknown_lesson(tmp_path, capsys):
    out = tmp_path / "out.pdf"
    assert main(["print", CONTENT.lessons[0].id, "--lang", "ar", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["print", "finnes-ikke", "-o", str(out)]) == 1
    assert main(["print", CONTENT.lessons[0].id, "--lang", "xx", "-o", str(out)]) == 1
    assert "does not exist" in capsys.readouterr().out
