"""Which texts lack which support-language translation, file by file, with line numbers.

Teacher notes are for Norwegian-speaking staff and stay in Norwegian only, so they are not counted; nor are a
lesson's notes on its sources, which say in Norwegian what a Norwegian document supports.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minplan.content.loader import Catalogue, content_root
from minplan.content.safe_yaml import YamlDoc, read_yaml
from minplan.content.text import BASE_LANGUAGE, language_part

NORWEGIAN_ONLY_FIELDS = {"teacher_notes", "sources"}


@dataclass(frozen=True, order=True)
class Gap:
    """A text in `file` at `line` (field path `field`) that has no text in the `missing` languages."""

    file: str
    line: int
    field: str
    missing: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: no translation in {', '.join(self.missing)}"


def translation_gaps(catalogue: Catalogue, root: Path | None = None) -> tuple[list[Gap], list[str], list[str]]:
    """All gaps below `root`, the support languages looked for, and those that are required."""
    root = root or content_root()
    content = catalogue.load(root)
    wanted = [language.code for language in content.languages if language.code != BASE_LANGUAGE]
    gaps: list[Gap] = []
    for name, doc in content_documents(catalogue, root):
        for path, text in texts_in(doc.data):
            missing = tuple(code for code in wanted if not str(text.get(code, "")).strip())
            if missing:
                gaps.append(Gap(name, doc.line_of(path), ".".join(str(part) for part in path), missing))
    return sorted(gaps), wanted, content.required_languages


def content_documents(catalogue: Catalogue, root: Path) -> Iterator[tuple[str, YamlDoc]]:
    """Every readable content file below `root` as (name relative to root, parsed document with lines)."""
    for path in catalogue.files(root):
        name = path.relative_to(root).as_posix()
        doc, _ = read_yaml(name, path.read_bytes())
        if doc is not None:
            yield name, doc


def texts_in(node: Any, path: tuple = ()) -> Iterator[tuple[tuple, dict[str, str]]]:
    """Every translatable text below `node` with its field path, as languages only (its dates left out);
    teacher notes (Norwegian only) are skipped."""
    languages = language_part(node)
    if languages is not None:
        yield path, languages
        return
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        if key not in NORWEGIAN_ONLY_FIELDS:
            yield from texts_in(child, path + (key,))


def count_by_language(gaps: list[Gap]) -> Counter:
    """How many texts miss each language."""
    return Counter(code for gap in gaps for code in gap.missing)


