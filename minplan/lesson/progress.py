"""What a participant has done and chose, kept in the page's URL rather than on the server.

Session state is lost on reload, and we store nothing personal server-side,
so progress and settings travel as query parameters. Anything in the URL
may be tampered with: unknown lesson ids and odd values are dropped.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import ClassVar

from minplan.content.models import Lesson

_TRUE = {"1", "true", "ja"}
MAX_PARAM_LENGTH = 2000


@dataclass(frozen=True)
class Progress:
    """Lessons finished (by id), the support language (støttespråk), teacher notes shown, projector mode on,
    and the municipality (kommunenummer) whose details the lessons show, when a deployment holds several."""

    done: frozenset[str] = field(default_factory=frozenset)
    teacher: bool = False
    support: str | None = None
    projector: bool = False
    kommune: str | None = None

    URL_KEYS: ClassVar[tuple[str, ...]] = ("done", "teacher", "lang", "mode", "kommune")

    @classmethod
    def from_query(cls, params: Mapping[str, str], lesson_ids: Iterable[str], support_languages: Iterable[str] = (),
                   kommuner: Iterable[str] = ()) -> "Progress":
        """Read progress from URL parameters, keeping only what makes sense."""
        known = set(lesson_ids)
        raw_done = str(params.get("done", ""))[:MAX_PARAM_LENGTH]
        done = frozenset(part for part in raw_done.split(".") if part in known)
        teacher = str(params.get("teacher", "")).lower() in _TRUE
        support = str(params.get("lang", ""))
        kommune = str(params.get("kommune", ""))
        return cls(
            done=done,
            teacher=teacher,
            support=support if support in set(support_languages) else None,
            projector=str(params.get("mode", "")) == "projector",
            kommune=kommune if kommune in set(kommuner) else None,
        )

    def to_query(self, lesson_order: Sequence[str]) -> dict[str, str]:
        """URL parameters for this progress, in lesson order so the URL stays stable."""
        params: dict[str, str] = {}
        finished = [lesson_id for lesson_id in lesson_order if lesson_id in self.done]
        if finished:
            params["done"] = ".".join(finished)
        if self.teacher:
            params["teacher"] = "1"
        if self.support:
            params["lang"] = self.support
        if self.projector:
            params["mode"] = "projector"
        if self.kommune:
            params["kommune"] = self.kommune
        return params

    def finish(self, lesson_id: str) -> "Progress":
        return replace(self, done=self.done | {lesson_id})

    def with_teacher_notes(self, shown: bool) -> "Progress":
        return replace(self, teacher=shown)

    def with_projector(self, on: bool) -> "Progress":
        return replace(self, projector=on)

    def with_support(self, code: str | None) -> "Progress":
        return replace(self, support=code)

    def with_kommune(self, number: str | None) -> "Progress":
        return replace(self, kommune=number)

    def reset(self) -> "Progress":
        return replace(self, done=frozenset())

    def next_lesson(self, lessons: Sequence[Lesson]) -> Lesson | None:
        """The first lesson, in order, that is not done yet."""
        return next((lesson for lesson in lessons if lesson.id not in self.done), None)

    def count_done(self, lessons: Sequence[Lesson]) -> int:
        return sum(1 for lesson in lessons if lesson.id in self.done)
