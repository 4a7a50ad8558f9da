"""The sketch on one A4 sheet to bring to the programme advisor: Norwegian beside the participant's language.

One page for both readers: the advisor reads the Norwegian column, the participant their own, side by
side as on the lesson handouts. The ladder is drawn in HTML, not SVG, so the PDF renderer shapes its
Arabic and Dari labels like any other text (SVG text is drawn unshaped, which is why right-to-left
sheets used to leave the ladder out): one row per rung, the month, a dot on the line, and the rung in
each language. Everything is escaped; the participant's own words are isolated (<bdi>). The page is made
on request and never stored.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from minplan.content.sources import Source, cited
from minplan.goal.jobs import JobCatalogue
from minplan.goal.sketch import Sketch
from minplan.goal.sketch_text import Say, advisor_questions, end_goal, job_name, ladder_rungs, month_name
from minplan.content.text import BASE_LANGUAGE, pick

_STYLE = """
@page { size: A4; margin: 9mm 11mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #14171a; font-size: 8.2pt; line-height: 1.2; margin: 0; }
h1 { font-size: 14pt; margin: 0; color: #1d4f91; }
h2 { font-size: 9.5pt; margin: 1.8mm 0 .5mm; color: #1d4f91; border-bottom: .6pt solid #1d4f91; }
p, ul { margin: 0 0 .8mm; }
ul { padding-inline-start: 4.5mm; }
.pair { display: flex; gap: 6mm; break-inside: avoid; }
.pair > div { flex: 1 1 0; min-width: 0; }
[dir=rtl] { text-align: right; }
.note { font-size: 8pt; color: #3d4651; }
.end { font-size: 11pt; font-weight: bold; }
.when { color: #3d4651; white-space: nowrap; }
table.ladder { width: 100%; border-collapse: collapse; margin: .8mm 0 1mm; font-size: 7.9pt; line-height: 1.12; }
.ladder td { padding: .3mm 1.5mm; vertical-align: middle; }
.ladder td.when { width: 15mm; font-size: 8pt; text-align: right; }
.ladder td.dot { width: 6mm; padding: 0; text-align: center;
  background-image: linear-gradient(to right, transparent 2.75mm, #1d4f91 2.75mm, #1d4f91 3.25mm, transparent 3.25mm); }
.ladder tr:first-child td.dot { background-image: linear-gradient(#fff 50%, transparent 50%),
  linear-gradient(to right, transparent 2.75mm, #1d4f91 2.75mm, #1d4f91 3.25mm, transparent 3.25mm); }
.ladder tr:last-child td.dot { background-image: linear-gradient(transparent 50%, #fff 50%),
  linear-gradient(to right, transparent 2.75mm, #1d4f91 2.75mm, #1d4f91 3.25mm, transparent 3.25mm); }
.ladder td.dot span { display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; border: 1.2pt solid #1d4f91;
  background: #fff; vertical-align: middle; }
.ladder tr.goal td.dot span { background: #1d4f91; width: 3.6mm; height: 3.6mm; }
.ladder tr.goal td:not(.when) { font-weight: bold; }
.ladder td.side { width: 45%; }
.sources { font-size: 7pt; color: #3d4651; line-height: 1.15; }
.lines { margin-top: 1.5mm; }
.decides { border: 1.5pt solid #1d4f91; padding: 1mm 2mm; font-weight: bold; margin-top: 1.5mm; }
@media screen { body { max-width: 52rem; margin: 0 auto; padding: 1rem; } }
"""


@dataclass(frozen=True)
class Side:
    """One language's column on the sheet: its code, its interface words and its direction."""

    language: str
    say: Say
    direction: str = "ltr"


def export_html(sketch: Sketch, catalogue: JobCatalogue, sides: Sequence[Side], *, sources: Mapping[str, Source],
                card: str = "") -> str:
    """The whole sheet: end goal, the ladder of sub-goals with months, what is known about the job, questions
    for the advisor, who decides, and last `card` (ready HTML, already in both languages: the «Hvem spør jeg?»
    card of minplan/local/card.py). `sides`: Norwegian first, then the support language if any."""
    e = escape

    def pair(render: Callable[[Side], str], css: str = "") -> str:
        cells = "".join(f'<div lang="{e(side.language)}" dir="{_dir(side)}">{render(side)}</div>' for side in sides)
        return f'<div class="pair {css}">{cells}</div>'

    def heading(key: str) -> str:
        return pair(lambda side: f"<h2>{e(side.say(key))}</h2>")

    def end(side: Side) -> str:
        goal, month = end_goal(sketch, catalogue, side.language, side.say), month_name(sketch.start, sketch.end, side.say)
        start = side.say("goal.export_start").format(month=month_name(sketch.start, 0, side.say))
        return f'<p class="end"><bdi>{e(goal)}</bdi> – <span class="when">{e(month)}</span></p><p>{e(start)}</p>'

    def questions(side: Side) -> str:
        return "<ul>" + "".join(f"<li>{e(question)}</li>" for question in advisor_questions(sketch, catalogue, side.language)) + "</ul>"

    first = sides[0]
    return f"""<!DOCTYPE html>
<html lang="{e(first.language)}" dir="{_dir(first)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(first.say("goal.export_title"))}: {e(end_goal(sketch, catalogue, first.language, first.say))}</title>
<style>{_STYLE}</style>
</head>
<body>
{pair(lambda side: f'<h1>{e(side.say("goal.export_title"))}</h1><p class="note">{e(side.say("goal.export_intro"))}</p>')}
{heading("goal.export_end")}
{pair(end)}
{heading("goal.export_steps")}
{_ladder(sketch, catalogue, sides)}
{heading("goal.export_known")}
{pair(lambda side: _facts(sketch, catalogue, side))}
{_sources(sketch, catalogue, sources, first)}
{heading("goal.export_questions")}
{pair(questions)}
{pair(lambda side: f'<p class="lines">{e(side.say("goal.export_notes"))} ______________________________</p>')}
{pair(lambda side: f'<p class="decides">{e(side.say("goal.municipality_decides"))}</p>')}
{card}
</body>
</html>
"""


def _dir(side: Side) -> str:
    return "rtl" if side.direction == "rtl" else "ltr"


def _ladder(sketch: Sketch, catalogue: JobCatalogue, sides: Sequence[Side]) -> str:
    """The ladder as a table: month, a dot on the line, and the rung in each side's language and direction."""
    e = escape
    columns = []
    for side in sides:
        start, steps, end = ladder_rungs(sketch, catalogue, side.language, side.say)
        columns.append([start, *steps, end])
    rows = []
    for index, rungs in enumerate(zip(*columns)):
        goal = ' class="goal"' if index in (0, len(columns[0]) - 1) else ""
        cells = "".join(f'<td class="side" lang="{e(side.language)}" dir="{_dir(side)}"><bdi>{e(rung.label)}</bdi></td>'
                        for side, rung in zip(sides, rungs))
        rows.append(f'<tr{goal}><td class="when">{e(rungs[0].when)}</td><td class="dot"><span></span></td>{cells}</tr>')
    if len(rows) == 2:
        rows.insert(1, f'<tr><td></td><td class="dot"><span></span></td><td colspan="{len(sides)}">'
                       f'{e(sides[0].say("goal.export_no_steps"))}</td></tr>')
    return f'<table class="ladder" dir="ltr">{"".join(rows)}</table>'


def _facts(sketch: Sketch, catalogue: JobCatalogue, side: Side) -> str:
    """What is known about the job, or the advice to ask when the participant typed their own job."""
    e, say = escape, side.say
    job = catalogue.job(sketch.job)
    if job is None:
        return f"<p>{e(say('goal.level_unknown'))}</p>"
    licence = f"<p>{e(pick(job.licence, side.language))}</p>" if job.licence else ""
    return f'<p><strong>{e(say(f"goal.level_{job.education}"))}</strong> {e(pick(job.known, side.language))}</p>{licence}'


def _sources(sketch: Sketch, catalogue: JobCatalogue, registry: Mapping[str, Source], side: Side) -> str:
    """One short line under the facts: the documents by title and web site, when they were checked, and to ask."""
    e, say = escape, side.say
    job = catalogue.job(sketch.job)
    if job is None:
        return ""
    named = "; ".join(e(source.title) + (f" ({e(_site(str(source.url)))})" if source.url else "")
                      for source in cited(registry, job.sources))
    checked = say("goal.checked").format(date=catalogue.checked.strftime("%d.%m.%Y"))
    return f'<p class="sources">{e(say("goal.sources"))}: {named}. {e(checked)} {e(say("goal.ask_advisor"))}</p>'


def _site(url: str) -> str:
    """A web address shortened to its site, e.g. «utdanning.no»: enough to find the page again, short on paper."""
    return re.sub(r"^https?://(www\.)?", "", url).split("/")[0]


def export_file_name(sketch: Sketch, catalogue: JobCatalogue, language: str) -> str:
    """A file name with the job in it where it can be written safely, e.g. min-plan-maler-ar.pdf."""
    slug = re.sub(r"[^a-z0-9æøå]+", "-", job_name(sketch, catalogue, BASE_LANGUAGE).casefold()).strip("-")[:40]
    suffix = "" if language == BASE_LANGUAGE else f"-{language}"
    return f"min-plan-{slug}{suffix}.pdf" if slug else f"min-plan{suffix}.pdf"
