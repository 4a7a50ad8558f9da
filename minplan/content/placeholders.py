"""Placeholders such as {kommune} or {klage.mottaker} in lessons and quizzes: where they are, and filling them.

A lesson sentence may name something that differs from one municipality to the next. Every placeholder
has a general form, an interface text `placeholder.<name>` in ui/*.yaml in every language, so without
local details the sentence reads as plain general text; a capability (minplan/local/) may put in the
municipality's own values instead. A placeholder without a general form is unknown, and `check` names
its file and line. This module only finds and fills; it knows no municipality.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from pydantic import BaseModel

from minplan.content.loader import Content
from minplan.content.text import BASE_LANGUAGE, pick

PLACEHOLDER = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)*)\}")
"""`{name}` or `{name.part}`: small letters, underscores and dots, nothing else (so no {0} or {})."""

GENERAL = "placeholder."
"""The interface key prefix of a placeholder's general form: placeholder.kommune, placeholder.kontor.adresse."""

Fill = Callable[[str, str], str | None]
"""The value of placeholder `name` in `language`, or None to leave the placeholder as it is."""


def known(ui: Mapping[str, Mapping[str, str]]) -> set[str]:
    """The placeholders that have a general form."""
    return {key.removeprefix(GENERAL) for key in ui if key.startswith(GENERAL)}


def _is_text(value: object) -> bool:
    return isinstance(value, dict) and BASE_LANGUAGE in value and all(isinstance(text, str) for text in value.values())


def texts(item: Any, path: tuple = ()) -> Iterator[tuple[tuple, dict[str, str]]]:
    """Every text (mapping of language to string) in a loaded model, with its field path."""
    if isinstance(item, BaseModel):
        for name in type(item).model_fields:
            yield from texts(getattr(item, name), (*path, name))
    elif _is_text(item):
        yield path, item
    elif isinstance(item, dict):
        for key, value in item.items():
            yield from texts(value, (*path, key))
    elif isinstance(item, (list, tuple)):
        for index, value in enumerate(item):
            yield from texts(value, (*path, index))


def used(item: Any) -> set[str]:
    """The names of every placeholder in a loaded model's texts."""
    return {name for _, text in texts(item) for value in text.values() for name in PLACEHOLDER.findall(value)}


def unknown(item: Any, names: set[str]) -> list[tuple[tuple, str]]:
    """(path, message) for each text that uses a placeholder with no general form."""
    found = []
    for path, text in texts(item):
        strange = sorted({name for value in text.values() for name in PLACEHOLDER.findall(value)} - names)
        if strange:
            listed = ", ".join(f"{{{name}}}" for name in strange)
            found.append((path, f"unknown placeholder {listed}; use one of "
                                f"{', '.join(f'{{{name}}}' for name in sorted(names)) or '(none defined)'}"))
    return found


def fill_text(text: dict[str, str], fill: Fill) -> dict[str, str]:
    """`text` with each placeholder replaced by its value in that text's language (the same dict when it has none)."""
    if not any("{" in value for value in text.values()):
        return text

    def one(language: str, value: str) -> str:
        return PLACEHOLDER.sub(lambda found: _or_as_is(fill(found.group(1), language), found.group(0)), value)

    return {language: one(language, value) for language, value in text.items()}


def _or_as_is(value: str | None, original: str) -> str:
    return original if value is None else value


def fill_all(item: Any, fill: Fill) -> Any:
    """A copy of a loaded model (or list, or mapping) with every text filled; parts without placeholders are shared."""
    if isinstance(item, BaseModel):
        changes = {}
        for name in type(item).model_fields:
            value = getattr(item, name)
            new = fill_all(value, fill)
            if new is not value:
                changes[name] = new
        return item.model_copy(update=changes) if changes else item
    if _is_text(item):
        return fill_text(item, fill)
    if isinstance(item, dict):
        new_items = {key: fill_all(value, fill) for key, value in item.items()}
        return new_items if any(new_items[key] is not item[key] for key in item) else item
    if isinstance(item, list):
        new_list = [fill_all(value, fill) for value in item]
        return new_list if any(new is not old for new, old in zip(new_list, item)) else item
    return item


def general(ui: Mapping[str, Mapping[str, str]]) -> Fill:
    """Fill each placeholder with its general form (ui key placeholder.<name>) in the text's language."""

    def fill(name: str, language: str) -> str | None:
        text = ui.get(GENERAL + name)
        return pick(text, language) if text else None

    return fill


def fill_content(content: Content, fill: Fill) -> Content:
    """The content as a participant reads it: lessons, start page and every capability's part filled."""
    return dataclasses.replace(content, lessons=fill_all(content.lessons, fill), module=fill_all(content.module, fill),
                               parts={name: fill_all(part, fill) for name, part in content.parts.items()})
