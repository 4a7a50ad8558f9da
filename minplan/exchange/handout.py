"""A lesson as a printable handout (HTML for the PDF renderer): Norwegian beside the support language, on one A4.

Each block (goal, key points, example, check question) is one row of two columns, Norwegian left,
the support language right, in its own direction, so a participant reads both side by side and the
teacher can point at the Norwegian. An unchecked translation says so, as in the app. All text is escaped.

The participant's copy never shows the right answer: it would give the check question away before they
try. The teacher's copy (`teacher=True`) says so in the top margin, and on it the right option is ticked
and begins «Riktig svar:». Every source is listed (title, publisher, date, address without «https://www.»),
numbered and run on in small type in two columns, so twenty sources do not push the page over. `size` is
the body's type size in points; pdf.py picks the largest at which the handout fits one page.
"""
from __future__ import annotations

from html import escape

from minplan.content.loader import Content
from minplan.content.models import Lesson
from minplan.content.sources import Source, byline
from minplan.content.text import BASE_LANGUAGE, pick
from minplan.translation.gaps import texts_in
from minplan.translation.review import all_reviewed

SIZES = (12.0, 11.0, 10.0, 9.5, 9.0, 8.5, 8.0)
"""Body type sizes, largest first: a short lesson is printed large for those who read little; 8 pt is the
smallest that stays legible on paper."""
SMALLEST_BODY = SIZES[-1]
"""The lesson's own texts and the «Hvem spør jeg?» card never go below this (pt)."""
SMALLEST_SOURCES = 7.0
"""Sources, notes and the teacher's mark never go below this (pt)."""
TWO_PAGES_SIZE = 10.0
"""A lesson too long for one page even at 8 pt is printed at this size over two pages, so page 2 holds a good
part of it rather than a few stray lines."""
MARGIN_MM = (7, 9)
"""The page's margins, top and bottom, left and right."""
GAP_MM = 5
"""Between the Norwegian and the support column."""
WIDEST_SUPPORT = 0.58
"""The support column's largest share of the line: English, Ukrainian and Somali run longer than Norwegian."""


def support_share(lesson: Lesson, language: str) -> float:
    """The support column's share of each row's width: as much more than half as its text is longer than the
    Norwegian (by letters), up to WIDEST_SUPPORT; never less than half, since letters undercount Ge'ez and Arabic."""
    if language == BASE_LANGUAGE:
        return 0.0
    texts = [text for _, text in texts_in(_printed(lesson))]
    norwegian = sum(len(pick(text, BASE_LANGUAGE)) for text in texts)
    support = sum(len(pick(text, language)) for text in texts)
    return round(min(WIDEST_SUPPORT, max(0.5, support / (support + norwegian))), 3)


def _printed(lesson: Lesson) -> dict:
    """The parts of the lesson a handout prints, as texts_in reads them."""
    return lesson.model_dump(mode="json", include={"title", "summary", "goal", "key_points", "example", "check"})


def _css_string(text: str) -> str:
    """`text` as a quoted CSS string (for `content:` in the page margin)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def style(size: float, share: float = 0.5, marks: tuple[str, str] = ("", ""), direction: str = "ltr") -> str:
    """The handout's CSS with body type of `size` pt and the support column taking `share` of a row; everything
    else scales with the type, and small type stays ≥ 7 pt. `marks` go in the top margin, left (Norwegian)
    and right (the support language, in its `direction`)."""
    small = max(SMALLEST_SOURCES, round(size * 0.8, 2))
    card = max(SMALLEST_BODY, round(size * 0.85, 2))
    margin = 'font: bold 7pt "Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", sans-serif; color: #8a1c1c;'
    return f"""
@page {{ size: A4; margin: {MARGIN_MM[0]}mm {MARGIN_MM[1]}mm;
  @top-left {{ content: {_css_string(marks[0])}; {margin} }} @top-right {{ content: {_css_string(marks[1])}; direction: {direction}; {margin} }} }}
html {{ font-size: {size}pt; }}
body {{ font-family: "Noto Sans", "DejaVu Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", sans-serif; font-size: 1rem; line-height: 1.25; color: #14171a; margin: 0; }}
h1 {{ font-size: 1.4rem; line-height: 1.15; color: #1d4f91; margin: 0; }}
h2 {{ font-size: 1.08rem; color: #1d4f91; margin: 1.5mm 0 0.5mm; border-bottom: 0.6pt solid #1d4f91; }}
.pair {{ display: flex; gap: {GAP_MM}mm; break-inside: avoid; }}
.pair > div {{ flex: {1 - share:.3f} 1 0; min-width: 0; }}
.pair > div + div {{ flex: {share:.3f} 1 0; }}
.pair p, .pair ul, .pair ol {{ margin: 0 0 0.8mm; }}
.pair ul, .pair ol {{ padding-inline-start: 4.5mm; }}
.pair li {{ margin: 0 0 0.2mm; }}
.summary {{ margin-top: 0.5mm; }}
.goal {{ border: 1pt solid #1d4f91; padding: 1.2mm 2.5mm; margin-top: 1.5mm; }}
.example {{ background: #eef3fa; padding: 1.2mm 2.5mm; }}
.check ol {{ padding-inline-start: 0; }}
.check li {{ list-style: none; margin: 0 0 0.5mm; position: relative; padding: 0 0 0 1.35em; }}
.box {{ position: absolute; left: 0; top: 0.2em; width: 0.85em; height: 0.85em; border: 0.8pt solid #14171a; }}
.check [dir=rtl] li {{ padding: 0 1.35em 0 0; }}
.check [dir=rtl] .box {{ left: auto; right: 0; }}
[dir=rtl] {{ text-align: right; font-family: "Noto Sans Arabic", "Noto Sans", sans-serif; }}
[lang=ti] {{ font-family: "Noto Sans Ethiopic", "Noto Sans", sans-serif; }}
.note {{ font-size: {small}pt; color: #3d4651; margin: 0.5mm 0 0; }}
.right {{ font-weight: bold; }}
.right .box::before {{ content: "✓"; display: block; font-size: 0.8em; line-height: 0.9em; text-align: center; }}
.hvem-spor-jeg {{ font-size: {card}pt !important; line-height: 1.15 !important; padding: 1mm 2.5mm !important; margin-top: 1.5mm !important; }}
.hvem-spor-jeg h2 {{ font-size: {card + 1}pt; border: 0; }}
.sources {{ font-size: {small}pt; line-height: 1.1; color: #3d4651; margin: 1.5mm 0 0; columns: 2; column-gap: 5mm; overflow-wrap: anywhere; }}
.sources b {{ color: #1d4f91; }}
"""


def _say(content: Content, key: str, language: str) -> str:
    return pick(content.ui.get(key, {BASE_LANGUAGE: key}), language)


def _pair(css: str, norwegian: str, support: str | None, language: str, direction: str) -> str:
    """One row: the Norwegian block and, when there is a support language, the same block beside it."""
    left = f'<div lang="nb">{norwegian}</div>'
    right = f'<div lang="{escape(language)}" dir="{direction}">{support}</div>' if support is not None else ""
    return f'<div class="pair {css}">{left}{right}</div>'


def short_address(url: str) -> str:
    """A web address as a reader types it: without «https://» and «www.», and without a closing slash;
    the rest is kept whole, so the address still leads to the document."""
    for start in ("https://", "http://"):
        url = url.removeprefix(start)
    return url.removeprefix("www.").removesuffix("/")


def source_lines(sources: list[Source], label: str) -> str:
    """Every source, numbered, one after the other in two columns: title – publisher, date: address (shortened,
    may wrap). Run on rather than one a line, so a lesson with twenty sources still leaves room for the lesson."""
    listed = " ".join(
        f'<span class="source"><b>{number}</b>\u00a0{escape(source.title)} – {escape(byline(source))}'
        + (f": {escape(short_address(str(source.url)))}" if source.url else "") + ".</span>"
        for number, source in enumerate(sources, 1))
    return f'<p class="sources" lang="nb"><b>{escape(label)}:</b> {listed}</p>'


def lesson_html(lesson: Lesson, content: Content, language: str, card: str = "", *, teacher: bool = False,
                size: float = SIZES[0]) -> str:
    """The whole handout: title, goal, key points, example, the check question, the card and the sources.

    `card` is ready HTML put after the check question (the «Hvem spør jeg?» card of minplan/local/card.py).
    Only with `teacher` is the right answer shown, ticked, with a mark in the margin saying whose copy it is."""
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
        notice = _pair("", "", f'<p class="note">{e(_say(content, "print.unreviewed", language))}</p>', language, direction)
    marks = (_say(content, "handout.teacher_mark", BASE_LANGUAGE), _say(content, "handout.teacher_mark", language) if support else "")

    def option_line(option, code: str) -> str:
        """A box to tick; on the teacher's copy the right option's box is ticked and it says «Riktig svar:»."""
        if teacher and option is right:
            return f'<li class="right"><span class="box"></span>{e(_say(content, "print.answer", code))} {e(pick(option.text, code))}</li>'
        return f'<li><span class="box"></span>{e(pick(option.text, code))}</li>'
    cited = [content.sources[source.id] for source in lesson.sources if source.id in content.sources]
    return f"""<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>{e(lesson.title[BASE_LANGUAGE])}</title><style>{style(size, support_share(lesson, language), marks if teacher else ("", ""), direction)}</style></head>
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
      + "".join(option_line(option, code) for option in check.options) + "</ol>")}
{card}
{source_lines(cited, _say(content, "lesson.sources", BASE_LANGUAGE))}
</body></html>
"""


def lesson_layouts(lesson: Lesson, content: Content, language: str, card: str = "", *,
                   teacher: bool = False) -> tuple[list[str], str]:
    """The handout at every size of SIZES (largest first), and at TWO_PAGES_SIZE for a lesson that fits one page at
    none: plain strings, so the choice among them (minplan/exchange/pdf.py) can be made in a worker process."""
    return ([lesson_html(lesson, content, language, card, teacher=teacher, size=size) for size in SIZES],
            lesson_html(lesson, content, language, card, teacher=teacher, size=TWO_PAGES_SIZE))
