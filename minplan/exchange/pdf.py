"""Render handouts to PDF with WeasyPrint (Pango and HarfBuzz shape Arabic and Ge'ez), fonts embedded.

The fonts are files we ship or that Debian installs (static/fonts for Arabic and Ethiopic; Noto Sans
and DejaVu Sans from fonts-noto-core and fonts-dejavu-core for Latin and Cyrillic), so a printout
looks the same on every server. Nothing is fetched from the network: only file: URLs are allowed.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher

from minplan.content.loader import Content
from minplan.content.models import Lesson
from minplan.content.sources import Source
from minplan.exchange.handout import lesson_layouts
from minplan.goal.jobs import JobCatalogue
from minplan.goal.sketch import Sketch
from minplan.goal.sketch_export import Side, export_html

FONTS = Path(__file__).resolve().parents[2] / "static" / "fonts"
_FACES = [
    ("Noto Sans Arabic", "NotoSansArabic-Regular.ttf", "normal"),
    ("Noto Sans Arabic", "NotoSansArabic-Bold.ttf", "bold"),
    ("Noto Sans Ethiopic", "NotoSansEthiopic-Regular.ttf", "normal"),
    ("Noto Sans Ethiopic", "NotoSansEthiopic-Bold.ttf", "bold"),
]
FONT_FACES = "\n".join(
    f'@font-face {{ font-family: "{family}"; src: url("{(FONTS / file).as_uri()}"); font-weight: {weight}; }}'
    for family, file, weight in _FACES
)


SCRIPTS = """
body { font-family: "Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", "DejaVu Sans", sans-serif; }
[dir=rtl], [dir=rtl] body { font-family: "Noto Sans Arabic", "Noto Sans", sans-serif; }
"""
"""For pages written for the browser (the sketch): the shipped fonts for every script we print."""


def _document(html: str, extra_css: str = ""):
    """HTML (with its own @page rules) laid out as pages; only file: URLs are read, so nothing comes from the web."""
    document = HTML(string=html, base_url=str(FONTS), url_fetcher=URLFetcher(allowed_protocols=("file",)))
    return document.render(stylesheets=[CSS(string=FONT_FACES + extra_css)], pdf_tags=True)


def render_pdf(html: str, extra_css: str = "") -> bytes:
    """HTML (with its own @page rules) as a tagged PDF, so screen readers follow the text and its languages."""
    return _document(html, extra_css).write_pdf(pdf_tags=True)


def lesson_pdf(lesson: Lesson, content: Content, language: str, card: str = "", *, teacher: bool = False) -> bytes:
    """The lesson handout as one A4 PDF, Norwegian beside `language` (Norwegian only when it is nb), with `card` (HTML);
    the teacher's copy carries the right answer."""
    return fitted_pdf(*lesson_layouts(lesson, content, language, card, teacher=teacher))


def fitted_pdf(layouts: Sequence[str], two_pages: str) -> bytes:
    """The first of `layouts` (the same page with ever smaller type) that fits one page, found by halving, so at
    most four layouts; if none fits, `two_pages` over two pages: every block is kept whole, so the break falls
    between blocks and the second page holds a good part of the lesson, not a stray line."""
    largest = _document(layouts[0])
    fitting = largest if len(largest.pages) == 1 else None
    low, high = 1, len(layouts) - 1
    while fitting is not largest and low <= high:
        middle = (low + high) // 2
        document = _document(layouts[middle])
        if len(document.pages) == 1:
            fitting, high = document, middle - 1
        else:
            low = middle + 1
    return (fitting or _document(two_pages)).write_pdf(pdf_tags=True)


def sketch_pdf(sketch: Sketch, catalogue: JobCatalogue, sides: Sequence[Side], *, sources: Mapping[str, Source],
               card: str = "") -> bytes:
    """The goal exercise's plan sketch as one A4 PDF, Norwegian beside the support language, shaped and with
    fonts embedded; its ladder is HTML, so it is drawn in right-to-left languages too."""
    return render_pdf(export_html(sketch, catalogue, sides, sources=sources, card=card), SCRIPTS)
