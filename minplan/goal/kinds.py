"""The goal exercise's job catalogue (exercises/jobs.yaml) as a kind of content."""
from __future__ import annotations

from collections.abc import Sequence

from minplan.content.registry import Kind, Loaded
from minplan.content.loader import Content
from minplan.content.problems import Problem
from minplan.goal.jobs import JobCatalogue, catalogue_problems


def job_catalogue(content: Content) -> JobCatalogue | None:
    """The jobs of the goal exercise, or None when the file is missing or has a problem."""
    return content.parts.get("jobs")


def _assemble(loaded: Sequence[Loaded], content: Content, problems: list[Problem]) -> None:
    for entry in loaded:
        found = [entry.problem(path, message) for path, message in catalogue_problems(entry.item)]
        problems += found
        content.parts["jobs"] = None if found else entry.item


def _citations(catalogue: JobCatalogue):
    return [(("jobs", j, "sources", i), source_id) for j, job in enumerate(catalogue.jobs)
            for i, source_id in enumerate(job.sources)]


KINDS = (Kind("jobs", "exercises/jobs.yaml", JobCatalogue, _assemble, _citations, readable=True),)
