"""Find, load and cross-check every content file of the given kinds; one way in for the app and the CLI.

The kinds come from whoever calls: minplan/catalogue.py gathers the base kinds and each capability's.
A broken file is left out with its problems listed; everything else is still served.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minplan.content.registry import Kind, Loaded, content_files, in_assembly_order, kind_of
from minplan.content.models import Language, Lesson, Module, Term
from minplan.content.problems import Problem
from minplan.content.safe_yaml import MAX_BYTES
from minplan.content.sources import REGISTRY, Source, unknown_ids
from minplan.content.validation import parse_model

NORWEGIAN = Language(code="nb", name="Norsk bokmål", direction="ltr", voices=["nb", "no", "nn"])
"""The lesson language, known even when ui/languages.yaml is missing or broken."""

CONTENT_ROOT = Path(__file__).resolve().parents[2]
"""The folder that holds lessons/, ui/ and the other content folders, unless MINPLAN_CONTENT names another."""


def content_root() -> Path:
    """Where content is read from: MINPLAN_CONTENT if a municipality keeps its own copy, else the repository."""
    return Path(os.environ.get("MINPLAN_CONTENT") or CONTENT_ROOT)


@dataclass
class Content:
    """All content that loaded, the problems found, and lookups the views need.

    The ground floor's content has its own fields; a capability's kinds keep what they assemble in
    `parts`, under the kind's name, and the capability offers the lookup (minplan.quiz.kinds.quizzes).
    """

    module: Module | None = None
    lessons: list[Lesson] = field(default_factory=list)
    glossary: dict[str, Term] = field(default_factory=dict)
    ui: dict[str, dict[str, str]] = field(default_factory=dict)
    languages: list[Language] = field(default_factory=lambda: [NORWEGIAN])
    required_languages: list[str] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    parts: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def language(self, code: str) -> Language | None:
        return next((language for language in self.languages if language.code == code), None)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def number(self, lesson: Lesson) -> int:
        """A lesson's number as the class sees it: its place in the list (1, 2, 3 …), not its `order` field,
        which may have gaps, so the menu, «N av M» and the slides never jump from 9 to 11."""
        return self.lessons.index(lesson) + 1


def load_content(kinds: Sequence[Kind], root: Path | None = None) -> Content:
    """Load every file of `kinds` below `root` (default: content_root()); never raises for bad content."""
    root = root or content_root()
    loaded: dict[str, list[Loaded]] = {kind.name: [] for kind in kinds}
    problems: list[Problem] = []
    for path in content_files(kinds, root):
        relative = path.relative_to(root).as_posix()
        kind = kind_of(kinds, relative)
        item, doc, found = _parse(path, relative, kind)
        problems += found
        if item is not None:
            loaded[kind.name].append(Loaded(relative, doc, item))
    content = Content()
    for kind in in_assembly_order(kinds):
        if kind.assemble is not None:
            kind.assemble(loaded[kind.name], content, problems)
    if loaded.get("sources") or not any(problem.file == REGISTRY for problem in problems):
        problems += _unknown_citations(kinds, loaded, set(content.sources))
    content.problems = sorted(problems)
    return content


@dataclass(frozen=True)
class Catalogue:
    """The kinds of content files this installation knows, and how to load them."""

    kinds: tuple[Kind, ...]

    def load(self, root: Path | None = None) -> Content:
        """All content below `root` (default: content_root()); never raises for bad content."""
        return load_content(self.kinds, root)

    def files(self, root: Path | None = None) -> list[Path]:
        """Every content file below `root`, in a stable order."""
        return content_files(self.kinds, root or content_root())

    def kind_of(self, relative: str) -> Kind | None:
        """The kind of the file at `relative`, a POSIX path below the content root."""
        return kind_of(self.kinds, relative)


def _parse(path: Path, name: str, kind: Kind):
    try:
        if path.stat().st_size > MAX_BYTES:
            return None, None, [Problem(name, 1, "file", f"the file is too large (at most {MAX_BYTES // 1024} KB)")]
        raw = path.read_bytes()
    except OSError as error:
        return None, None, [Problem(name, 1, "file", f"the file cannot be read ({error.strerror})")]
    return parse_model(name, raw, kind.model)


def _unknown_citations(kinds: Sequence[Kind], loaded: dict[str, list[Loaded]], known: set[str]) -> list[Problem]:
    """Every cited source id that is not in the registry (a broken registry's citations are not all reported again)."""
    problems: list[Problem] = []
    for kind in kinds:
        if kind.cites is None:
            continue
        for entry in loaded[kind.name]:
            problems += [entry.problem(path, message) for path, message in unknown_ids(list(kind.cites(entry.item)), known)]
    return problems
