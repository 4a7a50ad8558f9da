"""The job catalogue behind the goal exercise: jobs, typical sub-goals and questions for the advisor.

One schema for exercises/jobs.yaml, read by the loader, `minplan check`, the page and the tests.
Each job says how sure its facts are (`education`) and names the public sources they come from.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from enum import StrEnum

from pydantic import Field, model_validator

from minplan.content.models import Id, Strict, TeacherNotes
from minplan.content.text import Text

MAX_MONTH = 60
"""The latest month a sub-goal can have: five years, the longest programme in integreringsloven § 14."""

MAX_STEPS = 12
"""The most sub-goals a sketch holds, so the ladder and the printed page stay readable."""


class Requirement(StrEnum):
    """What the sources say about education for a job; the words differ on purpose."""

    REQUIRED = "required"
    """The law or an authority asks for education, a licence or an authorisation."""
    RECOMMENDED = "recommended"
    """No law found, but there is a trade certificate and it helps to get the job."""
    NOT_REQUIRED = "not-required"
    """No requirement found; people start without education."""


class Measure(Strict):
    """A typical sub-goal or measure (delmål/tiltak), with the month after programme start it usually falls in."""

    id: Id
    label: Text
    month: int = Field(ge=0, le=MAX_MONTH)


class Plans(Strict):
    """The sub-goals proposed for each branch: the way to the education, or the way into the work."""

    education: list[Id] = Field(default_factory=list, max_length=MAX_STEPS)
    work: list[Id] = Field(default_factory=list, max_length=MAX_STEPS)


class Job(Strict):
    """One job a participant may aim for, with what is known about education and how sure it is."""

    id: Id
    title: Text
    education: Requirement
    licence: Text | None = None
    known: Text
    path: Text
    without: Text
    plans: Plans
    sources: list[Id] = Field(min_length=1)
    """Ids of the public pages in lessons/sources.yaml that back what the entry says."""

    @model_validator(mode="after")
    def _plans_fit_the_requirement(self) -> "Job":
        if not self.plans.education:
            raise ValueError("plans.education needs at least one sub-goal")
        if self.education == Requirement.REQUIRED and self.plans.work:
            raise ValueError("a job that requires education has no work plan; remove plans.work")
        if self.education != Requirement.REQUIRED and not self.plans.work:
            raise ValueError("plans.work needs at least one sub-goal unless education is required")
        return self


class Questions(Strict):
    """Questions to bring to the programme advisor: for everyone, and for each branch."""

    common: list[Text] = Field(min_length=1)
    education: list[Text] = Field(min_length=1)
    work: list[Text] = Field(min_length=1)


class JobCatalogue(Strict):
    """The whole of exercises/jobs.yaml."""

    checked: dt.date
    measures: list[Measure] = Field(min_length=5)
    other_job: Plans
    questions: Questions
    teacher_notes: TeacherNotes
    jobs: list[Job] = Field(min_length=20)

    def job(self, job_id: str | None) -> Job | None:
        return next((job for job in self.jobs if job.id == job_id), None)

    def measure(self, measure_id: str | None) -> Measure | None:
        return next((measure for measure in self.measures if measure.id == measure_id), None)


def catalogue_problems(catalogue: JobCatalogue) -> list[tuple[tuple, str]]:
    """Cross-references pydantic cannot see: unique ids and sub-goals that exist (path, message)."""
    found: list[tuple[tuple, str]] = []
    for name, items in (("measures", catalogue.measures), ("jobs", catalogue.jobs)):
        counts = Counter(item.id for item in items)
        found += [((name, i, "id"), f"the id '{item.id}' is used twice") for i, item in enumerate(items) if counts[item.id] > 1]
    known = {measure.id for measure in catalogue.measures}
    plans = [(("other_job",), catalogue.other_job)]
    plans += [(("jobs", i, "plans"), job.plans) for i, job in enumerate(catalogue.jobs)]
    for path, plan in plans:
        for branch in ("education", "work"):
            for i, measure_id in enumerate(getattr(plan, branch)):
                if measure_id not in known:
                    found.append((path + (branch, i), f"'{measure_id}' is not one of the measures in this file"))
    if not catalogue.other_job.education or not catalogue.other_job.work:
        found.append((("other_job",), "a job typed by hand needs sub-goals for both education and work"))
    return found
