"""The sketch in words: sub-goal labels, month names, the end goal, the ladder and the advisor questions.

The page and the printed file say the same things, so both take their words from here.
Interface words come through `say` (a key → text function, so this module needs no Streamlit).
"""
from __future__ import annotations

from collections.abc import Callable

from minplan.goal.branch import Branch
from minplan.goal.jobs import JobCatalogue
from minplan.goal.ladder import Rung, ladder_svg
from minplan.goal.sketch import Sketch, Step, calendar_month
from minplan.content.text import pick

Say = Callable[[str], str]


def job_name(sketch: Sketch, catalogue: JobCatalogue, language: str) -> str:
    """The job's name as the participant sees it: from the catalogue, or as they typed it."""
    job = catalogue.job(sketch.job)
    return pick(job.title, language) if job else sketch.own_job


def step_label(step: Step, catalogue: JobCatalogue, language: str) -> str:
    measure = catalogue.measure(step.measure)
    return pick(measure.label, language) if measure else step.text


def month_name(start: str, offset: int, say: Say) -> str:
    """A month in words, like «mars 2027»."""
    year, month = calendar_month(start, offset)
    return f"{say(f'goal.month.{month}')} {year}"


def month_short(start: str, offset: int) -> str:
    """A month in digits, like «03.2027»: short enough for the ladder's date column."""
    year, month = calendar_month(start, offset)
    return f"{month:02d}.{year}"


def end_goal(sketch: Sketch, catalogue: JobCatalogue, language: str, say: Say) -> str:
    """The end goal in the seed's words: «Bli maler» (education) or «Jobbe som maler» (work)."""
    key = "goal.end_education" if sketch.branch == Branch.EDUCATION else "goal.end_work"
    return say(key).format(job=job_name(sketch, catalogue, language))


def ladder_rungs(sketch: Sketch, catalogue: JobCatalogue, language: str, say: Say) -> tuple[Rung, list[Rung], Rung]:
    """Programme start, the sub-goals in time, and the end goal, each with its month."""
    start = Rung(say("goal.ladder_start"), month_short(sketch.start, 0))
    steps = [Rung(step_label(step, catalogue, language), month_short(sketch.start, step.month)) for step in sketch.steps]
    end = Rung(end_goal(sketch, catalogue, language, say), month_short(sketch.start, sketch.end))
    return start, steps, end


def ladder_picture(sketch: Sketch, catalogue: JobCatalogue, language: str, say: Say, direction: str = "ltr") -> str:
    """The goal ladder as SVG, drawn by the same function as the lessons' ladders (mirrored when `direction` is rtl)."""
    start, steps, end = ladder_rungs(sketch, catalogue, language, say)
    return ladder_svg(start, steps, end, title=ladder_title(sketch, catalogue, language, say), direction=direction)


def ladder_title(sketch: Sketch, catalogue: JobCatalogue, language: str, say: Say) -> str:
    return say("goal.ladder_title").format(goal=end_goal(sketch, catalogue, language, say))


def ladder_lines(sketch: Sketch, catalogue: JobCatalogue, language: str, say: Say) -> list[tuple[str, str]]:
    """The ladder as (what, when) pairs in words, for screen readers, copying and the printed list."""
    start, steps, end = ladder_rungs(sketch, catalogue, language, say)
    months = [0] + [step.month for step in sketch.steps] + [sketch.end]
    return [(rung.label, month_name(sketch.start, month, say)) for rung, month in zip([start, *steps, end], months)]


def advisor_questions(sketch: Sketch, catalogue: JobCatalogue, language: str) -> list[str]:
    """Questions to bring to the programme advisor: the common ones, then those for the chosen branch."""
    questions = catalogue.questions
    branch = questions.education if sketch.branch == Branch.EDUCATION else questions.work
    return [pick(question, language) for question in [*questions.common, *(branch if sketch.branch else [])]]
