"""The municipality files (local/<kommunenummer>.yaml) and the Statsforvalteren registry as kinds of content.

A municipality's file is checked against what the lessons need: a lesson that says {kontor.telefon}
needs a phone number in every municipality's file, or `check` names the file and line.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath

from minplan.content.loader import Content
from minplan.content.placeholders import texts, PLACEHOLDER
from minplan.content.problems import Problem
from minplan.content.registry import Kind, Loaded
from minplan.local.models import Kommune, Statsforvaltere, Statsforvalter
from minplan.local.values import VALUES, localized, needed_field

FOLDER = "local"
REGISTRY = f"{FOLDER}/statsforvaltere.yaml"


def kommuner(content: Content) -> dict[str, Kommune]:
    """Every municipality that loaded, by kommunenummer, in number order."""
    return content.parts.get("kommune", {})


def statsforvaltere(content: Content) -> dict[str, Statsforvalter]:
    """Every Statsforvalteren office, by id."""
    return content.parts.get("statsforvaltere", {})


def chosen(content: Content, number: str | None) -> Kommune | None:
    """The municipality `number` names; the only one when a deployment holds just one; else None (general text)."""
    found = kommuner(content)
    if number in found:
        return found[number]
    return next(iter(found.values())) if len(found) == 1 else None


def _registry(loaded: Sequence[Loaded], content: Content, problems: list[Problem]) -> None:
    for entry in loaded:
        content.parts["statsforvaltere"] = {office.id: office for office in entry.item.offices}


def _registry_citations(registry: Statsforvaltere):
    return [(("offices", o, "sources", s), source_id) for o, office in enumerate(registry.offices)
            for s, source_id in enumerate(office.sources)]


def _kommuner(loaded: Sequence[Loaded], content: Content, problems: list[Problem]) -> None:
    """Each file named by its number, naming a known Statsforvalteren, holding every value the lessons use."""
    offices = statsforvaltere(content)
    needs = _needs(content)
    found: dict[str, Kommune] = {}
    for entry in loaded:
        kommune = entry.item
        stem = PurePosixPath(entry.name).stem
        if stem != kommune.number:
            problems.append(entry.problem(("number",), f"the number {kommune.number} must be the file's name ({stem}.yaml)"))
            continue
        if kommune.statsforvalter not in offices:
            problems.append(entry.problem(("statsforvalter",), f"'{kommune.statsforvalter}' is not an office in {REGISTRY} "
                                                               f"(use one of {', '.join(sorted(offices)) or 'none: the registry is missing'})"))
        for name, where in sorted(needs.items()):
            if VALUES[name].value(kommune, offices.get(kommune.statsforvalter)) is None:
                field = needed_field(name)
                problems.append(entry.problem(field[:-1] or field, f"{{{name}}} is used in {', '.join(sorted(where))}, "
                                                                   f"but this file has no {'.'.join(field)}"))
        found[kommune.number] = kommune
    content.parts["kommune"] = dict(sorted(found.items()))


def _needs(content: Content) -> dict[str, set[str]]:
    """Each placeholder a municipality can fill that some lesson, the start page or a quiz uses, and where."""
    places: list[tuple[str, object]] = [(f"lesson {lesson.id}", lesson) for lesson in content.lessons]
    if content.module:
        places.append(("the start page (lessons/module.yaml)", content.module))
    places += [(f"quiz {quiz.id}", quiz) for quiz in content.parts.get("quiz", [])]
    needs: dict[str, set[str]] = {}
    for where, item in places:
        for _, text in texts(item):
            for value in text.values():
                for name in PLACEHOLDER.findall(value):
                    if name in VALUES:
                        needs.setdefault(name, set()).add(where)
    return needs


KINDS = (
    Kind("statsforvaltere", REGISTRY, Statsforvaltere, _registry, _registry_citations),
    Kind("kommune", f"{FOLDER}/[0-9][0-9][0-9][0-9].yaml", Kommune, _kommuner,
         after=("statsforvaltere", "lesson", "module", "quiz", "ui")),
)


def localize(content: Content, number: str | None) -> Content:
    """The content with every placeholder filled for municipality `number` (see chosen), or with general forms."""
    return localized(content, chosen(content, number), statsforvaltere(content))
