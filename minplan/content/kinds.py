"""The ground floor's kinds of content, which every capability stands on: languages, interface words, module, glossary, sources, lessons."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from minplan.content.registry import Kind, Loaded
from minplan.content.loader import Content
from minplan.content.models import MODULE_GOALS, Glossary, Languages, Lesson, Module, UiStrings
from minplan.content.placeholders import known, unknown
from minplan.content.problems import Problem
from minplan.content.sources import REGISTRY, SourceRegistry, duplicate_ids


def _languages(loaded: Sequence[Loaded], content: Content, problems: list[Problem]) -> None:
    if loaded:
        content.languages = loaded[0].item.languages
        content.required_languages = list(loaded[0].item.required)


def _ui(loaded: Sequence[Loaded], content: Content, problems: list[Problem]) -> None:
    for strings in loaded:
        for key, text in strings.item.strings.items():
            if key in content.ui:
                problems.append(strings.problem(("strings", key), f"the key '{key}' is also in another file under ui/"))
            content.ui.setdefault(key, text)


def _module(loaded: Sequence[Loaded], content: Content, problems: list[Problem]) -> None:
    """The start page's module; each of its learning goals must be taught by some lesson."""
    if not loaded:
        return
    content.module = loaded[0].item
    problems += [loaded[0].problem(path, message) for path, message in unknown(content.module, known(content.ui))]
    if content.lessons:
        taught = {goal for lesson in content.lessons for goal in lesson.module_goals}
        for missing in sorted(set(MODULE_GOALS) - taught):
            problems.append(loaded[0].problem(("goals",), f"no lesson teaches learning goal {missing} (list it in a lesson's module_goals)"))


def _glossary(loaded: Sequence[Loaded], content: Content, problems: list[Problem]) -> None:
    for glossary in loaded:
        seen: set[str] = set()
        for index, term in enumerate(glossary.item.terms):
            if term.id in seen:
                problems.append(glossary.problem(("terms", index, "id"), f"the id '{term.id}' is used by two terms"))
            seen.add(term.id)
            content.glossary.setdefault(term.id, term)


def _sources(loaded: Sequence[Loaded], content: Content, problems: list[Problem]) -> None:
    """Fill the registry, refusing duplicate ids; the loader checks every citation against it at the end."""
    for registry in loaded:
        problems += [registry.problem(path, message) for path, message in duplicate_ids(registry.item)]
        for source in registry.item.sources:
            content.sources.setdefault(source.id, source)


def _lessons(loaded: Sequence[Loaded], content: Content, problems: list[Problem]) -> None:
    """Keep the first lesson with each id, in menu order; every key word in the glossary, every goal taught."""
    kept: dict[str, Loaded] = {}
    for entry in loaded:
        if entry.item.id in kept:
            problems.append(entry.problem(("id",), f"the id '{entry.item.id}' is already used by {kept[entry.item.id].name}"))
        else:
            kept[entry.item.id] = entry
    orders = Counter(entry.item.order for entry in kept.values())
    for entry in kept.values():
        if orders[entry.item.order] > 1:
            problems.append(entry.problem(("order",), f"another lesson also has order {entry.item.order}"))
        for index, term_id in enumerate(entry.item.terms):
            if term_id not in content.glossary:
                problems.append(entry.problem(("terms", index), f"'{term_id}' is not in the glossary (lessons/glossary.yaml)"))
        problems += [entry.problem(path, message) for path, message in unknown(entry.item, known(content.ui))]
    content.lessons = sorted((entry.item for entry in kept.values()), key=lambda lesson: (lesson.order, lesson.id))


def _lesson_citations(lesson: Lesson):
    return [(("sources", index, "id"), cited.id) for index, cited in enumerate(lesson.sources)]


KINDS = (
    Kind("languages", "ui/languages.yaml", Languages, _languages),
    Kind("ui", "ui/*.yaml", UiStrings, _ui),
    Kind("module", "lessons/module.yaml", Module, _module, readable=True, after=("lesson",)),
    Kind("glossary", "lessons/glossary.yaml", Glossary, _glossary, readable=True),
    Kind("sources", REGISTRY, SourceRegistry, _sources),
    Kind("lesson", "lessons/*.yaml", Lesson, _lessons, _lesson_citations, readable=True, after=("glossary", "ui")),
)
"""The ground floor's kinds; minplan/catalogue.py adds each capability's."""
