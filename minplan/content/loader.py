"""Find, load and cross-check every content file; one way in for the app and the CLI.

Each kind of content is a file pattern and a model. A broken file is left out
with its problems listed; everything else is still served.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from minplan.content.models import MODULE_GOALS, Glossary, Language, Languages, Lesson, Module, Term, UiStrings
from minplan.content.problems import Problem
from minplan.goal.jobs import JobCatalogue, catalogue_problems
from minplan.quiz.questions import Quiz, unknown_lessons
from minplan.content.safe_yaml import MAX_BYTES, YamlDoc
from minplan.content.sources import REGISTRY, Source, SourceRegistry, duplicate_ids, unknown_ids
from minplan.content.validation import parse_model

NORWEGIAN = Language(code="nb", name="Norsk bokmål", direction="ltr", voices=["nb", "no", "nn"])
"""The lesson language, known even when ui/languages.yaml is missing or broken."""

CONTENT_ROOT = Path(__file__).resolve().parents[2]
"""The folder that holds lessons/, ui/ and the other content folders, unless MINPLAN_CONTENT names another."""


def content_root() -> Path:
    """Where content is read from: MINPLAN_CONTENT if a municipality keeps its own copy, else the repository."""
    return Path(os.environ.get("MINPLAN_CONTENT") or CONTENT_ROOT)


@dataclass(frozen=True)
class Kind:
    """A kind of content file: where it lives (relative to the root) and its model."""

    name: str
    pattern: str
    model: type[BaseModel]


KINDS = (
    Kind("languages", "ui/languages.yaml", Languages),
    Kind("ui", "ui/*.yaml", UiStrings),
    Kind("module", "lessons/module.yaml", Module),
    Kind("glossary", "lessons/glossary.yaml", Glossary),
    Kind("sources", REGISTRY, SourceRegistry),
    Kind("lesson", "lessons/*.yaml", Lesson),
    Kind("quiz", "quizzes/*.yaml", Quiz),
    Kind("jobs", "exercises/jobs.yaml", JobCatalogue),
)
"""First match wins, so the special files come before the general pattern."""


def kind_of(relative: str) -> Kind | None:
    """The kind of the file at `relative` (a POSIX path below the content root)."""
    for kind in KINDS:
        if fnmatch(relative, kind.pattern):
            return kind
    return None


@dataclass
class Loaded:
    """One content file that passed validation, with its line map for later cross-checks."""

    name: str
    doc: YamlDoc
    item: Any


@dataclass
class Content:
    """All content that loaded, the problems found, and lookups the views need."""

    module: Module | None = None
    lessons: list[Lesson] = field(default_factory=list)
    glossary: dict[str, Term] = field(default_factory=dict)
    glossary_reviewed: list[str] = field(default_factory=list)
    ui: dict[str, dict[str, str]] = field(default_factory=dict)
    languages: list[Language] = field(default_factory=lambda: [NORWEGIAN])
    required_languages: list[str] = field(default_factory=list)
    quizzes: list[Quiz] = field(default_factory=list)
    jobs: JobCatalogue | None = None
    sources: dict[str, Source] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def language(self, code: str) -> Language | None:
        return next((language for language in self.languages if language.code == code), None)

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)


def content_files(root: Path) -> list[Path]:
    """Every file below `root` that some kind claims, in a stable order."""
    files = [path for path in root.rglob("*.y*ml") if kind_of(path.relative_to(root).as_posix())]
    return sorted(files)


def load_content(root: Path | None = None) -> Content:
    """Load every content file below `root` (default: content_root()); never raises for bad content."""
    root = root or content_root()
    loaded: dict[str, list[Loaded]] = {kind.name: [] for kind in KINDS}
    problems: list[Problem] = []
    for path in content_files(root):
        relative = path.relative_to(root).as_posix()
        kind = kind_of(relative)
        item, doc, found = _parse(path, relative, kind)
        problems += found
        if item is not None:
            loaded[kind.name].append(Loaded(relative, doc, item))
    content = _assemble(loaded, problems)
    content.problems = sorted(problems)
    return content


def _parse(path: Path, name: str, kind: Kind):
    try:
        if path.stat().st_size > MAX_BYTES:
            return None, None, [Problem(name, 1, "file", f"the file is too large (at most {MAX_BYTES // 1024} KB)")]
        raw = path.read_bytes()
    except OSError as error:
        return None, None, [Problem(name, 1, "file", f"the file cannot be read ({error.strerror})")]
    return parse_model(name, raw, kind.model)


def _assemble(loaded: dict[str, list[Loaded]], problems: list[Problem]) -> Content:
    content = Content()
    if loaded["languages"]:
        content.languages = loaded["languages"][0].item.languages
        content.required_languages = list(loaded["languages"][0].item.required)
    for strings in loaded["ui"]:
        for key, text in strings.item.strings.items():
            if key in content.ui:
                problems.append(_at(strings, ("strings", key), f"the key '{key}' is also in another file under ui/"))
            content.ui.setdefault(key, text)
    if loaded["module"]:
        content.module = loaded["module"][0].item
    for glossary in loaded["glossary"]:
        content.glossary_reviewed = list(glossary.item.reviewed)
        seen: set[str] = set()
        for index, term in enumerate(glossary.item.terms):
            if term.id in seen:
                problems.append(_at(glossary, ("terms", index, "id"), f"the id '{term.id}' is used by two terms"))
            seen.add(term.id)
            content.glossary.setdefault(term.id, term)
    lessons = _unique_lessons(loaded["lesson"], problems)
    for entry in lessons:
        for index, term_id in enumerate(entry.item.terms):
            if term_id not in content.glossary:
                problems.append(_at(entry, ("terms", index), f"'{term_id}' is not in the glossary (lessons/glossary.yaml)"))
    content.lessons = sorted((entry.item for entry in lessons), key=lambda lesson: (lesson.order, lesson.id))
    content.quizzes = _quizzes(loaded["quiz"], {lesson.id for lesson in content.lessons}, problems)
    for entry in loaded["jobs"]:
        found = [_at(entry, path, message) for path, message in catalogue_problems(entry.item)]
        problems += found
        content.jobs = None if found else entry.item
    _cross_check_sources(loaded, lessons, content, problems)
    if content.module is not None and lessons:
        taught = {goal for lesson in content.lessons for goal in lesson.module_goals}
        for missing in sorted(set(MODULE_GOALS) - taught):
            problems.append(Problem(loaded["module"][0].name, loaded["module"][0].doc.line_of(("goals",)), "goals",
                                    f"no lesson teaches learning goal {missing} (list it in a lesson's module_goals)"))
    return content


def _cross_check_sources(loaded: dict[str, list[Loaded]], lessons: list[Loaded], content: Content,
                         problems: list[Problem]) -> None:
    """Fill the registry, refusing duplicate ids, then check that every cited source id is in it.

    A registry that is there but broken has its own problems listed; its citations are not all reported again.
    """
    if not loaded["sources"] and any(problem.file == REGISTRY for problem in problems):
        return
    for registry in loaded["sources"]:
        problems += [_at(registry, path, message) for path, message in duplicate_ids(registry.item)]
        for source in registry.item.sources:
            content.sources.setdefault(source.id, source)
    known = set(content.sources)
    citing = [(entry, [(("sources", i, "id"), cited.id) for i, cited in enumerate(entry.item.sources)]) for entry in lessons]
    citing += [(entry, [(("questions", q, "sources", i), source_id) for q, question in enumerate(entry.item.questions)
                        for i, source_id in enumerate(question.sources)]) for entry in loaded["quiz"]]
    citing += [(entry, [(("jobs", j, "sources", i), source_id) for j, job in enumerate(entry.item.jobs)
                        for i, source_id in enumerate(job.sources)]) for entry in loaded["jobs"]]
    for entry, cited in citing:
        problems += [_at(entry, path, message) for path, message in unknown_ids(cited, known)]


def _unique_lessons(entries: list[Loaded], problems: list[Problem]) -> list[Loaded]:
    """Keep the first lesson with each id; report the others, and shared order numbers."""
    kept: dict[str, Loaded] = {}
    for entry in entries:
        lesson_id = entry.item.id
        if lesson_id in kept:
            problems.append(_at(entry, ("id",), f"the id '{lesson_id}' is already used by {kept[lesson_id].name}"))
        else:
            kept[lesson_id] = entry
    orders = Counter(entry.item.order for entry in kept.values())
    for entry in kept.values():
        if orders[entry.item.order] > 1:
            problems.append(_at(entry, ("order",), f"another lesson also has order {entry.item.order}"))
    return list(kept.values())


def _quizzes(entries: list[Loaded], lesson_ids: set[str], problems: list[Problem]) -> list[Quiz]:
    """Quizzes in menu order; each question must check a lesson we have, and a quiz's id (its URL) be free."""
    kept: dict[str, Quiz] = {}
    for entry in entries:
        quiz = entry.item
        problems.extend(_at(entry, path, message) for path, message in unknown_lessons(quiz, lesson_ids))
        if quiz.id in kept or quiz.id in lesson_ids:
            problems.append(_at(entry, ("id",), f"the id '{quiz.id}' is already used by another quiz or a lesson"))
        else:
            kept[quiz.id] = quiz
    return sorted(kept.values(), key=lambda quiz: (quiz.order, quiz.id))


def _at(entry: Loaded, path: tuple, message: str) -> Problem:
    return Problem(entry.name, entry.doc.line_of(path), ".".join(str(p) for p in path), message)
