"""The sketch as a one-page printable HTML file to bring to the programme advisor.

HTML rather than PDF: the participant's browser prints it with its own fonts and text shaping, so
Norwegian, Cyrillic and Arabic all come out right, and the server needs no PDF library or fonts.
Everything is escaped; the participant's own words are isolated (<bdi>) so right-to-left text
does not reorder the line around it. The file is made on request and never stored.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape

from minplan.content.sources import Source, byline, cited
from minplan.goal.jobs import JobCatalogue
from minplan.goal.sketch import Sketch
from minplan.goal.sketch_text import (
    Say,
    advisor_questions,
    end_goal,
    job_name,
    ladder_lines,
    ladder_picture,
    month_name,
)
from minplan.content.text import BASE_LANGUAGE, pick

_STYLE = """
@page { size: A4; margin: 12mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #14171a; font-size: 10.5pt;
       line-height: 1.3; margin: 0 auto; max-width: 48rem; padding: 1rem; }
h1 { font-size: 17pt; margin: 0 0 .1rem; color: #1d4f91; }
h2 { font-size: 12pt; margin: .6rem 0 .2rem; color: #1d4f91; }
p, ul, ol { margin: .15rem 0 .3rem; }
.note { font-size: 9.5pt; color: #3d4651; }
.end { font-size: 13.5pt; font-weight: bold; }
.plan { display: flex; gap: 1rem; align-items: flex-start; }
.plan ol { flex: 1 1 58%; padding-left: 1.4rem; margin: 0; }
.plan li { margin-bottom: .1rem; }
.when { color: #3d4651; white-space: nowrap; }
figure { flex: 0 0 38%; margin: 0; }
figure svg { width: 100%; height: auto; max-height: 9.5cm; }
.decides { border: 2px solid #1d4f91; padding: .3rem .6rem; font-weight: bold; margin-top: .6rem; }
.sources { font-size: 7.5pt; color: #3d4651; overflow-wrap: anywhere; line-height: 1.2; }
.lines { margin-top: .4rem; font-size: 9.5pt; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; } }
@media (max-width: 32rem) { .plan { display: block; } figure { max-width: 18rem; } }
"""


def export_html(sketch: Sketch, catalogue: JobCatalogue, language: str, say: Say, direction: str = "ltr", *,
                sources: Mapping[str, Source], card: str = "") -> str:
    """The whole printable page: end goal, sub-goals with months, advisor questions, who decides, and last `card`
    (ready HTML: the «Hvem spør jeg?» card of minplan/local/card.py).

    In Norwegian for the advisor, or in the participant's support language (`direction` rtl for Arabic and Dari).
    """
    e = escape
    goal = end_goal(sketch, catalogue, language, say)
    lines = ladder_lines(sketch, catalogue, language, say)[1:-1]
    steps = "".join(f'<li><bdi>{e(what)}</bdi> – <span class="when">{e(when)}</span></li>' for what, when in lines)
    if not steps:
        steps = f"<li>{e(say('goal.export_no_steps'))}</li>"
    questions = "".join(f"<li>{e(question)}</li>" for question in advisor_questions(sketch, catalogue, language))
    return f"""<!DOCTYPE html>
<html lang="{e(language)}" dir="{"rtl" if direction == "rtl" else "ltr"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(say("goal.export_title"))}: {e(goal)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{e(say("goal.export_title"))}</h1>
<p class="note">{e(say("goal.export_intro"))}</p>
<h2>{e(say("goal.export_end"))}</h2>
<p class="end"><bdi>{e(goal)}</bdi> – <span class="when">{e(month_name(sketch.start, sketch.end, say))}</span></p>
<p>{e(say("goal.export_start").format(month=month_name(sketch.start, 0, say)))}</p>
<h2>{e(say("goal.export_steps"))}</h2>
<div class="plan">
<ol>{steps}</ol>
<figure>{ladder_picture(sketch, catalogue, language, say, direction)}</figure>
</div>
{_facts(sketch, catalogue, language, say, sources)}
<h2>{e(say("goal.export_questions"))}</h2>
<ul>{questions}</ul>
<p class="lines">{e(say("goal.export_notes"))} ________________________________________________</p>
<p class="decides">{e(say("goal.municipality_decides"))}</p>
{card}
</body>
</html>
"""


def _facts(sketch: Sketch, catalogue: JobCatalogue, language: str, say: Say, registry: Mapping[str, Source]) -> str:
    """What is known about the job, with its sources and the advice to ask, or only the advice."""
    e = escape
    job = catalogue.job(sketch.job)
    if job is None:
        return f'<h2>{e(say("goal.export_known"))}</h2><p>{e(say("goal.level_unknown"))}</p>'
    sources = "; ".join(f"{e(source.title)} ({e(byline(source))}){f' {e(str(source.url))}' if source.url else ''}"
                        for source in cited(registry, job.sources))
    licence = f"<p>{e(pick(job.licence, language))}</p>" if job.licence else ""
    return (
        f'<h2>{e(say("goal.export_known"))}</h2>'
        f'<p><strong>{e(say(f"goal.level_{job.education}"))}</strong> {e(pick(job.known, language))}</p>{licence}'
        f'<p class="sources">{e(say("goal.sources"))}: {sources}. '
        f'{e(say("goal.checked").format(date=catalogue.checked.strftime("%d.%m.%Y")))} {e(say("goal.ask_advisor"))}</p>'
    )


def export_file_name(sketch: Sketch, catalogue: JobCatalogue, language: str) -> str:
    """A file name with the job in it where it can be written safely, e.g. min-plan-maler.html."""
    slug = re.sub(r"[^a-z0-9æøå]+", "-", job_name(sketch, catalogue, language).casefold()).strip("-")[:40]
    suffix = "" if language == BASE_LANGUAGE else f"-{language}"
    return f"min-plan-{slug}{suffix}.html" if slug else f"min-plan{suffix}.html"
