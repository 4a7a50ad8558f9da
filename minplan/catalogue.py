"""Every kind of content and every command, gathered from the capability packages by discovery.

This is the one place that knows all capabilities, and it knows them only by looking: a package
below minplan/ with a `kinds.py` (a `KINDS` tuple) adds kinds of content files, and one with a
`commands.py` (a `register` function, optionally `CHECKS`) adds subcommands to `python -m minplan`.
A new capability is a new folder; nothing here or in minplan/content/ is edited for it.
"""
from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from functools import cache
from pathlib import Path
from types import ModuleType

import minplan
from minplan.content.loader import Catalogue, Content

GROUND = "content"
"""The ground floor: its kinds and commands come first, and it imports no other capability."""


def capability_modules(name: str) -> list[ModuleType]:
    """The module `name` (e.g. 'kinds' or 'commands') of every capability package that has one, ground first."""
    packages = sorted((info.name for info in pkgutil.iter_modules(minplan.__path__) if info.ispkg),
                      key=lambda package: (package != GROUND, package))
    found = []
    for package in packages:
        if importlib.util.find_spec(f"minplan.{package}.{name}") is not None:
            found.append(importlib.import_module(f"minplan.{package}.{name}"))
    return found


@cache
def catalogue() -> Catalogue:
    """The ground floor's kinds and every capability's, discovered once per process."""
    return Catalogue(tuple(kind for module in capability_modules("kinds") for kind in module.KINDS))


def load_content(root: Path | None = None) -> Content:
    """All content of every kind below `root` (default: content_root())."""
    return catalogue().load(root)


def content_files(root: Path | None = None) -> list[Path]:
    """Every content file of every kind below `root`."""
    return catalogue().files(root)


def kind_of(relative: str):
    """The kind of a content file, by its path below the content root."""
    return catalogue().kind_of(relative)
