"""What a kind of content file is, so each capability can declare its own and the loader needs no edit.

A kind says where its files live (a pattern below the content root), which model validates them,
how the loaded files join the rest (`assemble`) and which sources they cite (`cites`). Each package
declares its kinds in its own `kinds.py`: the ground floor's (languages, interface words, module,
glossary, sources, lessons) in minplan/content/kinds.py, a capability's beside its code
(minplan/quiz/kinds.py, minplan/goal/kinds.py); minplan/catalogue.py gathers them all.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from minplan.content.problems import Problem
from minplan.content.safe_yaml import YamlDoc

if TYPE_CHECKING:
    from minplan.content.loader import Content


@dataclass
class Loaded:
    """One content file that passed validation, with its line map for later cross-checks."""

    name: str
    doc: YamlDoc
    item: Any

    def problem(self, path: tuple, message: str) -> Problem:
        """A problem at the line of field `path` in this file."""
        return Problem(self.name, self.doc.line_of(path), ".".join(str(part) for part in path), message)


Assemble = Callable[[Sequence[Loaded], "Content", list[Problem]], None]
"""Join a kind's loaded files into the content, adding cross-file problems to the list."""

Cites = Callable[[Any], Iterable[tuple[tuple, str]]]
"""The (field path, source id) of every source one loaded item cites."""


@dataclass(frozen=True)
class Kind:
    """A kind of content file: where it lives (relative to the root), its model, and how it joins the rest."""

    name: str
    pattern: str
    model: type[BaseModel]
    assemble: Assemble | None = None
    cites: Cites | None = None
    readable: bool = False
    """True when participants read its Norwegian text, so `minplan lix` measures it."""
    after: tuple[str, ...] = field(default=())
    """Kinds whose assembly must come first (a quiz checks its lessons, so it comes after them)."""


def kind_of(kinds: Sequence[Kind], relative: str) -> Kind | None:
    """The kind of the file at `relative` (a POSIX path below the root); a named file wins over a pattern."""
    matching = [kind for kind in kinds if fnmatch(relative, kind.pattern)]
    return min(matching, key=lambda kind: _wildcards(kind.pattern), default=None)


def content_files(kinds: Sequence[Kind], root: Path) -> list[Path]:
    """Every file below `root` that some kind claims, in a stable order."""
    return sorted(path for path in root.rglob("*.y*ml") if kind_of(kinds, path.relative_to(root).as_posix()))


def patterns(kinds: Sequence[Kind]) -> str:
    """Where content files live, in words: the patterns no other pattern already covers."""
    shown = sorted({kind.pattern for kind in kinds
                    if not any(other is not kind and fnmatch(kind.pattern, other.pattern) for other in kinds)})
    return ", ".join(shown[:-1]) + f" or {shown[-1]}" if len(shown) > 1 else "".join(shown)


def in_assembly_order(kinds: Sequence[Kind]) -> list[Kind]:
    """The kinds ordered so that each comes after the kinds it names in `after` (stable otherwise)."""
    ordered: list[Kind] = []
    waiting = list(kinds)
    while waiting:
        ready = [kind for kind in waiting if all(name in {done.name for done in ordered} or
                                                 name not in {other.name for other in kinds} for name in kind.after)]
        if not ready:
            raise ValueError(f"kinds wait for each other: {', '.join(kind.name for kind in waiting)}")
        ordered.append(ready[0])
        waiting.remove(ready[0])
    return ordered


def _wildcards(pattern: str) -> int:
    return sum(pattern.count(char) for char in "*?[")
