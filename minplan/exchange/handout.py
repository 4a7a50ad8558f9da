"""A lesson as a printable handout (HTML for the PDF renderer): Norwegian beside the support language.

Each block (goal, key points, example, check question) is one row of two columns, Norwegian left,
the support language right, in its own direction, so a participant reads both side by side and the
teacher can point at the Norwegian. An unchecked translation says so, as in the app. All text is escaped.
"""
from __future__ import annotations

from html import escape

from minplan.content.loader import Content
from minplan.content.models import Lesson
from minplan.content.sources import byline
from minplan.content.text import BASE_LANGUAGE, pick
from minplan.translation.gaps import texts_in
from minplan.translation.review import all_reviewed

STYLE = """
@page { size: A4; margin: 13mm 13mm 14mm; @bottom-center { content: counter(page) " / " counter(pages); font: 8pt "Noto Sans", sans-serif; color: #3d4651; } }
body { font-family: "Noto Sans", "DejaVu Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", sans-serif; font-size: 10pt; line-height: 1.35; color: #14171a; margin: 0; }
h1 { font-size: 17pt; color: #1d4f91; margin: 0 0 1mm; }
h2 { font-size: 11.5pt; color: #1d4f91; margin: 3.5mm 0 1mm; border-bottom: 0.6pt solid #1d4f91; }
.pair { display: flex; gap: 6mm; break-inside: avoid; }
.pair > div { flex: 1 1 0; min-width: 0; }
.pair p, .pair ul, .pair ol { margin: 0 0 1mm; }
.pair ul, .pair ol { padding-inline-start: 5mm; }
.title h1 { margin-bottom: 0; }
.summary { font-size: 10.5pt; }
.goal { border: 1pt solid #1d4f91; padding: 2mm 3mm; margin-top: 2mm; }
.example { background: #eef3fa; padding: 2mm 3mm; }
.check li { list-style: none; margin: 0 0 1.2mm; }
.box { display: inline-block; width: 3.2mm; height: 3.2mm; border: 0.8pt solid #14171a; margin-inline-end: 2mm; vertical-align: -0.4mm; }
[dir=rtl] { text-align: right; font-family: "Noto Sans Arabic", "Noto Sans", sans-serif; }
[lang=ti] { font-family: "Noto Sans Ethiopic", "Noto Sans", sans-serif; }
.note, .sources { font-size: 8pt; color: #3d4651; }
.sources { margin-top: 4mm; overflow-wrap: anywhere; }
.answer { font-size: 8pt; color: #3d4651; margin-top: 1mm; }
"""


def _say(content: Content, key: str, language: str) -> str:
    return pick(content.ui.get(key, {BASE_LANGUAGE: key}), language)


def _pair(css: str, norwegian: str, support: str | None, language: str, direction: str) -> str:
    """One row: the Norwegian block and, when there is a support language, the same block beside it."""
    left = f'<div lang="nb">{norwegian}</div>'
    right = f'<div lang="{escape(language)}" dir="{direction}">{support}</div>' if support is not None else ""
    return f'<div class="pair {css}">{left}{right}</div>'


def lesson_html(lesson: Lesson, content: Content, language: str, card: str = "") -> str:
    """The whole handout: title, goal, key points, example and the check question, its sources, and last the answer.

    `card` is ready HTML put after the check question (the «Hvem spør jeg?» card of minplan/local/card.py)."""
    e = escape
    support = language != BASE_LANGUAGE
    found = content.language(language)
    direction = found.direction if found else "ltr"

    def both(css: str, render) -> str:
        return _pair(css, render(BASE_LANGUAGE), render(language) if support else None, language, direction)

    def heading(key: str) -> str:
        label = e(_say(content, key, BASE_LANGUAGE)).rstrip(":")
        other = e(_say(content, key, language)).rstrip(":")
        return _pair("", f"<h2>{label}</h2>", f"<h2>{other}</h2>" if support else None, language, direction)

    check = lesson.check
    right = next(option for option in check.options if option.id == check.answer)
    notice = ""
    if support and not all_reviewed(content, [text for _, text in texts_in(lesson.model_dump(mode="json"))], language):
        notice = f'<p class="note" lang="{e(language)}" dir="{direction}">{e(_say(content, "print.unreviewed", language))}</p>'
    cited = [content.sources[source.id] for source in lesson.sources if source.id in content.sources]
    sources = "; ".join(e(f"{source.title} – {byline(source)}") + (f" ({e(str(source.url))})" if source.url else "") for source in cited)
    return f"""<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>{e(lesson.title[BASE_LANGUAGE])}</title><style>{STYLE}</style></head>
<body>
{both("title", lambda code: f"<h1>{e(pick(lesson.title, code))}</h1><p class='summary'>{e(pick(lesson.summary, code))}</p>")}
{notice}
{both("goal", lambda code: f"<p><strong>{e(_say(content, 'lesson.goal', code))}</strong> {e(pick(lesson.goal, code))}</p>")}
{heading("lesson.key_points")}
{both("points", lambda code: "<ul>" + "".join(f"<li>{e(pick(point, code))}</li>" for point in lesson.key_points) + "</ul>")}
{heading("lesson.example")}
{both("example", lambda code: f"<p>{e(pick(lesson.example, code))}</p>")}
{heading("lesson.check")}
{both("check", lambda code: f"<p><strong>{e(pick(check.prompt, code))}</strong></p><ol>"
      + "".join(f'<li><span class="box"></span>{e(pick(option.text, code))}</li>' for option in check.options) + "</ol>")}
{card}
<p class="sources">{e(_say(content, "lesson.sources", BASE_LANGUAGE))}: {sources}.</p>
{both("answer", lambda code: f"<p class='answer'>{e(_say(content, 'print.answer', code))} {e(pick(right.text, code))}</p>")}
</body></html>
"""
