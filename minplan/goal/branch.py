"""«Krever det utdanning?»: the rules of the goal exercise's branch (seed 000, «Mål om konkret arbeid»).

If the job requires education, plan the way to the education; if not, plan the way into the work.
What the sources say decides which branches are open; the participant's own answer picks among them.
"""
from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from minplan.goal.jobs import MAX_MONTH, JobCatalogue, Measure, Requirement


class Answer(StrEnum):
    """The participant's own answer, given before they see what is known."""

    YES = "ja"
    NO = "nei"
    UNSURE = "vet-ikke"


class Branch(StrEnum):
    """The two plans of the seed: become a painter (education) or work as one (work)."""

    EDUCATION = "utdanning"
    WORK = "arbeid"


class Verdict(StrEnum):
    """How the participant's answer compares with the sources."""

    MATCH = "match"
    PARTLY = "partly"
    DIFFERENT = "different"
    ASK = "ask"


END_AFTER_LAST_STEP = 4
"""Months between the last proposed sub-goal and the end goal."""

SHORTEST_END = 12


def requirement(catalogue: JobCatalogue, job_id: str | None) -> Requirement | None:
    """What is known about the job; None for a job typed by hand, about which nothing is known."""
    job = catalogue.job(job_id)
    return job.education if job else None


def verdict(level: Requirement | None, answer: Answer) -> Verdict:
    """Compare the participant's answer with the sources; «vet ikke» and unknown jobs mean: ask."""
    if level is None or answer == Answer.UNSURE:
        return Verdict.ASK
    if level == Requirement.RECOMMENDED:
        return Verdict.PARTLY
    expected = Answer.YES if level == Requirement.REQUIRED else Answer.NO
    return Verdict.MATCH if answer == expected else Verdict.DIFFERENT


def allowed_branches(level: Requirement | None) -> tuple[Branch, ...]:
    """A job that requires education has only the education branch; every other job has both."""
    if level == Requirement.REQUIRED:
        return (Branch.EDUCATION,)
    return (Branch.EDUCATION, Branch.WORK)


def suggested_branch(level: Requirement | None, answer: Answer) -> Branch:
    """The branch to start with: the sources decide where they are clear, otherwise the participant's «ja»."""
    if level == Requirement.REQUIRED:
        return Branch.EDUCATION
    if level == Requirement.NOT_REQUIRED:
        return Branch.WORK
    return Branch.EDUCATION if answer == Answer.YES else Branch.WORK


def proposal(catalogue: JobCatalogue, job_id: str | None, branch: Branch) -> list[Measure]:
    """The typical sub-goals for this job and branch, by month; a typed job gets the general proposal."""
    job = catalogue.job(job_id)
    plans = job.plans if job else catalogue.other_job
    ids = plans.education if branch == Branch.EDUCATION else plans.work
    measures = [measure for measure in (catalogue.measure(measure_id) for measure_id in ids) if measure]
    return sorted(measures, key=lambda measure: measure.month)


def default_end(months: Sequence[int]) -> int:
    """When the end goal falls: a little after the last sub-goal, at least a year, at most five years."""
    return min(MAX_MONTH, max(SHORTEST_END, max(months, default=0) + END_AFTER_LAST_STEP))
