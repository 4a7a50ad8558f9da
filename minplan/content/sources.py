"""The source registry (lessons/sources.yaml): every real document the content rests on, cited by id.

A lesson, a quiz question or a job names a source by its id; the registry says what the document is
(title, publisher, date, address) and when someone last read the cited passage in it (`checked`), so a
reader can follow it and a municipality can see what to re-check when the law changes. A document whose
text nobody has read yet has no checked date, and `check --stale` lists it.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Annotated

from pydantic import Field, HttpUrl, StringConstraints, field_validator

from minplan.content.models import Id, Strict
from minplan.content.problems import Problem
from minplan.content.safe_yaml import YamlDoc

REGISTRY = "lessons/sources.yaml"
"""Where the registry lives below the content root."""

PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2})?$")]
"""A document date known only to the year or month, like 2023 or 2025-10."""


class Source(Strict):
    """One document: what it is called, who published it and when, where to read it, when we last read it
    (None: nobody has read the cited passage yet)."""

    id: Id
    title: str = Field(min_length=3)
    publisher: str = Field(min_length=2)
    date: dt.date | PartialDate | None = None
    url: HttpUrl | None = None
    checked: dt.date | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _year_alone_is_a_date(cls, value: object) -> object:
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    def shown_date(self) -> str | None:
        """The document date as Norwegians write it: 20.06.2025, 10.2025 or 2023."""
        if isinstance(self.date, dt.date):
            return self.date.strftime("%d.%m.%Y")
        if self.date and "-" in self.date:
            year, month = self.date.split("-")
            return f"{month}.{year}"
        return self.date


def cited(sources: Mapping[str, Source], ids: Iterable[str]) -> list[Source]:
    """The registry entries for `ids`, in the order given; an unknown id (already reported by check) is left out."""
    return [sources[source_id] for source_id in ids if source_id in sources]


def byline(source: Source) -> str:
    """Who published the document and when, as a reader expects after the title: «IMDi, 16.05.2024»."""
    return ", ".join(part for part in (source.publisher, source.shown_date()) if part)


class SourceRegistry(Strict):
    """The whole of lessons/sources.yaml."""

    sources: list[Source] = Field(min_length=1)


def duplicate_ids(registry: SourceRegistry) -> list[tuple[tuple, str]]:
    """(path, message) for every entry whose id an earlier entry already has."""
    counts = Counter(source.id for source in registry.sources)
    seen: set[str] = set()
    found = []
    for index, source in enumerate(registry.sources):
        if counts[source.id] > 1 and source.id in seen:
            found.append((("sources", index, "id"), f"the id '{source.id}' is used by two sources"))
        seen.add(source.id)
    return found


def unknown_ids(cited: list[tuple[tuple, str]], known: set[str]) -> list[tuple[tuple, str]]:
    """(path, message) for every cited id that is not in the registry."""
    return [(path, f"'{source_id}' is not a source in {REGISTRY} (add it there, or correct the id)") for path, source_id in cited if source_id not in known]


def stale(registry: SourceRegistry, doc: YamlDoc, days: int, today: dt.date) -> list[Problem]:
    """A problem at each source whose last check lies more than `days` days before `today`, in file order."""
    limit = today - dt.timedelta(days=days)
    return [Problem(REGISTRY, doc.line_of(("sources", index, "checked")), "checked",
                    f"'{source.id}' was last checked {source.checked.isoformat()}, {(today - source.checked).days} days ago; "
                    f"read it again and update checked")
            for index, source in enumerate(registry.sources) if source.checked is not None and source.checked < limit]


def never_checked(registry: SourceRegistry, doc: YamlDoc) -> list[Problem]:
    """A note at each source that has no checked date: nobody has read the cited passage in it yet."""
    return [Problem(REGISTRY, doc.line_of(("sources", index, "id")), "checked",
                    f"'{source.id}' has never been checked: nobody has read the cited passage yet; read it and add checked")
            for index, source in enumerate(registry.sources) if source.checked is None]


@dataclass(frozen=True)
class Uses:
    """Where one source is cited: lesson ids, quiz ids and job ids, each in content order."""

    lessons: tuple[str, ...] = ()
    quizzes: tuple[str, ...] = ()
    jobs: tuple[str, ...] = ()


def uses_of(source_id: str, lessons, quizzes, jobs) -> Uses:
    """Which lessons, quizzes (through their questions) and jobs cite `source_id`."""
    return Uses(
        lessons=tuple(lesson.id for lesson in lessons if any(cited.id == source_id for cited in lesson.sources)),
        quizzes=tuple(quiz.id for quiz in quizzes if any(source_id in question.sources for question in quiz.questions)),
        jobs=tuple(job.id for job in jobs if source_id in job.sources),
    )
