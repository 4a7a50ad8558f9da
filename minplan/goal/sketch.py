"""A participant's sketch of their plan: the job, their answer, the branch and the sub-goals in time.

The sketch is the whole state of the goal exercise. It is kept in the page's URL (one compact
query parameter) so a phone that reloads keeps it, and nothing is stored on the server. Every
edit returns a new sketch whose sub-goals stay ordered by month.
"""
from __future__ import annotations

import base64
import datetime as dt
from typing import Annotated

from pydantic import ConfigDict, Field, StringConstraints, model_validator

from minplan.goal.jobs import MAX_MONTH, MAX_STEPS, JobCatalogue
from minplan.content.models import Id, Strict
from minplan.goal.branch import Answer, Branch, allowed_branches, default_end, proposal, requirement, suggested_branch

MAX_TEXT = 60
"""The longest text a participant can type for a job or a sub-goal."""

MAX_PARAM = 4000
"""A longer URL parameter is not read: no honest sketch comes near it."""

PARAM = "skisse"
"""The query parameter that holds the sketch."""

Month = Annotated[str, StringConstraints(pattern=r"^20\d\d-(0[1-9]|1[0-2])$")]
OwnText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_TEXT)]


class Step(Strict):
    """One sub-goal: a measure from the catalogue or the participant's own words, and its month."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    measure: Id | None = Field(default=None, alias="m")
    text: OwnText = Field(default="", alias="t")
    month: int = Field(ge=0, le=MAX_MONTH, alias="n")

    @model_validator(mode="after")
    def _one_kind(self) -> "Step":
        if (self.measure is None) == (not self.text):
            raise ValueError("a sub-goal is either a measure or the participant's own text")
        return self


class Sketch(Strict):
    """Everything the participant chose; months count from the programme start (`start`, YYYY-MM)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    job: Id | None = Field(default=None, alias="j")
    own_job: OwnText = Field(default="", alias="o")
    answer: Answer | None = Field(default=None, alias="a")
    branch: Branch | None = Field(default=None, alias="b")
    start: Month = Field(alias="s")
    end: int = Field(default=24, ge=1, le=MAX_MONTH, alias="e")
    steps: tuple[Step, ...] = Field(default=(), max_length=MAX_STEPS, alias="g")

    @property
    def has_job(self) -> bool:
        return self.job is not None or bool(self.own_job)


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def start_sketch(job_id: str | None, today: dt.date) -> Sketch:
    """A new sketch for `job_id`, starting this month, with nothing answered yet."""
    return Sketch(job=job_id, start=month_of(today))


def ordered(steps: tuple[Step, ...] | list[Step]) -> tuple[Step, ...]:
    """Sub-goals by month; sub-goals in the same month keep the participant's order."""
    return tuple(sorted(steps, key=lambda step: step.month))


def choose_job(sketch: Sketch, job_id: str | None, own_job: str = "") -> Sketch:
    """A different job starts the exercise over: the answer, branch and sub-goals belonged to the old one."""
    own = "" if job_id else own_job.strip()[:MAX_TEXT]
    if (job_id, own) == (sketch.job, sketch.own_job):
        return sketch
    return Sketch(job=job_id, own_job=own, start=sketch.start)


def give_answer(sketch: Sketch, answer: Answer, catalogue: JobCatalogue) -> Sketch:
    """Record the participant's answer to «Krever det utdanning?»; the first answer also picks the suggested branch.

    A later change of answer keeps the branch and the sub-goals the participant may already have edited.
    """
    answered = sketch.model_copy(update={"answer": answer})
    if sketch.branch is not None:
        return answered
    return choose_branch(answered, suggested_branch(requirement(catalogue, sketch.job), answer), catalogue)


def choose_branch(sketch: Sketch, branch: Branch, catalogue: JobCatalogue) -> Sketch:
    """Follow a branch and propose its typical sub-goals; a branch the job does not allow is refused."""
    level = requirement(catalogue, sketch.job)
    if branch not in allowed_branches(level):
        return sketch
    if branch == sketch.branch and sketch.steps:
        return sketch
    return propose(sketch.model_copy(update={"branch": branch}), catalogue)


def propose(sketch: Sketch, catalogue: JobCatalogue) -> Sketch:
    """Replace the sub-goals with the proposal for this job and branch, and put the end goal after them."""
    if sketch.branch is None:
        return sketch
    steps = ordered([Step(measure=measure.id, month=measure.month) for measure in proposal(catalogue, sketch.job, sketch.branch)])
    return sketch.model_copy(update={"steps": steps, "end": default_end([step.month for step in steps])})


def set_month(sketch: Sketch, index: int, month: int) -> Sketch:
    """Give one sub-goal a new month; the list re-orders itself by month."""
    if not 0 <= index < len(sketch.steps):
        return sketch
    month = min(max(month, 0), MAX_MONTH)
    steps = list(sketch.steps)
    steps[index] = steps[index].model_copy(update={"month": month})
    return sketch.model_copy(update={"steps": ordered(steps)})


def move(sketch: Sketch, index: int, offset: int) -> Sketch:
    """Swap a sub-goal with its neighbour (offset -1 up, +1 down); they swap months too, so time stays in order."""
    other = index + offset
    if offset not in (-1, 1) or not (0 <= index < len(sketch.steps) and 0 <= other < len(sketch.steps)):
        return sketch
    steps = list(sketch.steps)
    mine, theirs = steps[index], steps[other]
    steps[index] = theirs.model_copy(update={"month": mine.month})
    steps[other] = mine.model_copy(update={"month": theirs.month})
    return sketch.model_copy(update={"steps": ordered(steps)})


def remove(sketch: Sketch, index: int) -> Sketch:
    if not 0 <= index < len(sketch.steps):
        return sketch
    return sketch.model_copy(update={"steps": sketch.steps[:index] + sketch.steps[index + 1:]})


def can_add(sketch: Sketch) -> bool:
    return len(sketch.steps) < MAX_STEPS


def add(sketch: Sketch, month: int, measure: str | None = None, text: str = "") -> Sketch:
    """Add a measure or the participant's own sub-goal; empty text, a full list or a duplicate measure changes nothing."""
    text = text.strip()[:MAX_TEXT]
    if not can_add(sketch) or (measure is None and not text):
        return sketch
    if measure is not None and any(step.measure == measure for step in sketch.steps):
        return sketch
    step = Step(measure=measure, text="" if measure else text, month=min(max(month, 0), MAX_MONTH))
    return sketch.model_copy(update={"steps": ordered(sketch.steps + (step,))})


def set_start(sketch: Sketch, start: str) -> Sketch:
    return Sketch.model_validate({**sketch.model_dump(), "start": start})


def set_end(sketch: Sketch, end: int) -> Sketch:
    return sketch.model_copy(update={"end": min(max(end, 1), MAX_MONTH)})


def late_steps(sketch: Sketch) -> list[int]:
    """Sub-goals planned after the end goal, which the page points out."""
    return [index for index, step in enumerate(sketch.steps) if step.month > sketch.end]


def calendar_month(start: str, offset: int) -> tuple[int, int]:
    """The (year, month) that lies `offset` months after `start` (YYYY-MM)."""
    year, month = (int(part) for part in start.split("-"))
    total = year * 12 + month - 1 + offset
    return total // 12, total % 12 + 1


def shift_month(start: str, offset: int) -> str:
    """The month (YYYY-MM) that lies `offset` months after `start`."""
    year, month = calendar_month(start, offset)
    return f"{year:04d}-{month:02d}"


def to_param(sketch: Sketch) -> str:
    """The sketch as one URL-safe text: compact JSON with one-letter keys, base64url without padding."""
    raw = sketch.model_dump_json(by_alias=True, exclude_defaults=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def from_param(value: str, catalogue: JobCatalogue) -> Sketch | None:
    """Read a sketch back from the URL; anything broken, tampered with or without a job gives None, never an error."""
    if not value or len(value) > MAX_PARAM:
        return None
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
        sketch = Sketch.model_validate_json(raw)
    except ValueError:  # bad base64 (binascii.Error) and bad JSON or fields (ValidationError) are both ValueErrors
        return None
    return _sane(sketch, catalogue)


def _sane(sketch: Sketch, catalogue: JobCatalogue) -> Sketch | None:
    """Drop what the catalogue does not know (an old or edited URL) and restore the month order."""
    job = sketch.job if catalogue.job(sketch.job) else None
    if job is None and not sketch.own_job:
        return None
    branch = sketch.branch if sketch.branch in allowed_branches(requirement(catalogue, job)) else None
    steps = ordered([step for step in sketch.steps if step.measure is None or catalogue.measure(step.measure)])
    return sketch.model_copy(update={"job": job, "own_job": "" if job else sketch.own_job, "branch": branch, "steps": steps})
