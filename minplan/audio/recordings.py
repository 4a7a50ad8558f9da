"""Where recordings live, which text each was made from, and whether it still fits that text.

A recording is a file below the content root:

    audio/<lang>/<content file without .yaml>/<field path>.<fingerprint>.m4a
    audio/prs/lessons/02-hvem-lager-planen/key_points.1.3f2a9c0d1e.m4a

The field path is the one translations/<lang>.yaml uses (list items by their id where they have one), and
the fingerprint is that of the text in that language when it was recorded (minplan.translation.review).
So the file itself says which text it was made from: when the text changes, the fingerprints differ and
the recording is *stale*: it is not played, and `check --audio` lists it. No manifest can drift from the files.

Only texts participants read are recorded (kinds marked `readable`); a text with a municipality
placeholder ({kommune}) reads differently in each municipality, so it is not offered.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from minplan.content.loader import Catalogue, content_root
from minplan.content.safe_yaml import YamlDoc
from minplan.translation.gaps import content_documents, texts_in
from minplan.translation.review import field_key, fingerprint

FOLDER = "audio"
SUFFIX = ".m4a"
STATES = ("recorded", "stale", "missing")
CHANGED = ".changed"
"""Touched on every save, so each app process sees new recordings by one stat, not a walk of the folder."""
_NAME = re.compile(r"^(?P<field>[^/]+)\.(?P<print>[0-9a-f]{10})\.m4a$")
_PLACEHOLDER = re.compile(r"\{[a-z_.]+\}")


@dataclass(frozen=True)
class Recordable:
    """One text in one language that may be recorded: where it is, and what it says."""

    file: str
    line: int
    field: str
    language: str
    text: str

    @property
    def folder(self) -> str:
        """The recording's folder below the content root (audio/<lang>/<file without .yaml>)."""
        return f"{FOLDER}/{self.language}/{self.file.rsplit('.', 1)[0]}"

    def path(self) -> str:
        """Where a recording of the text as it is now belongs, below the content root."""
        return f"{self.folder}/{self.field}.{fingerprint(self.text)}{SUFFIX}"


@dataclass(frozen=True)
class TextStatus:
    """A recordable text and where its recording stands: recorded, stale (made from an older text) or missing."""

    text: Recordable
    state: str
    recording: str | None = None
    """The recording's path below the content root (the stale one, when stale)."""

    def __str__(self) -> str:
        where = f"{self.text.file}:{self.text.line}: {self.text.field}.{self.text.language}"
        if self.state == "stale":
            return f"{where}: stale recording: the text has changed since {self.recording} was made; record it again"
        return f"{where}: {self.state}"


def readable_documents(catalogue: Catalogue, root: Path) -> list[tuple[str, YamlDoc]]:
    """The parsed files participants read (read once, then asked for each language)."""
    return [(name, doc) for name, doc in content_documents(catalogue, root)
            if (kind := catalogue.kind_of(name)) is not None and kind.readable]


def recordable_texts(catalogue: Catalogue, root: Path, language: str,
                     documents: list[tuple[str, YamlDoc]] | None = None) -> Iterator[Recordable]:
    """Every text participants read that exists in `language`, in file order (placeholder texts left out)."""
    for name, doc in documents if documents is not None else readable_documents(catalogue, root):
        for path, text in texts_in(doc.data):
            said = text.get(language)
            if isinstance(said, str) and said.strip() and not _PLACEHOLDER.search(said):
                yield Recordable(name, doc.line_of(path + (language,)), field_key(doc.data, path), language, said)


def recordings_in(root: Path, language: str) -> dict[tuple[str, str], list[str]]:
    """The recordings of `language` on disk, as (recording folder, field) -> paths below the root, newest last."""
    found: dict[tuple[str, str], list[str]] = {}
    base = root / FOLDER / language
    if not base.is_dir():
        return found
    for path in sorted(base.rglob(f"*{SUFFIX}"), key=lambda item: item.stat().st_mtime):
        match = _NAME.match(path.name)
        if match:
            folder = path.parent.relative_to(root).as_posix()
            found.setdefault((folder, match["field"]), []).append(path.relative_to(root).as_posix())
    return found


def statuses(catalogue: Catalogue, language: str, root: Path | None = None,
             documents: list[tuple[str, YamlDoc]] | None = None) -> list[TextStatus]:
    """The status of every recordable text in `language`, in file order (`documents`: already read ones)."""
    root = root or content_root()
    on_disk = recordings_in(root, language)
    found = []
    for text in recordable_texts(catalogue, root, language, documents):
        made = on_disk.get((text.folder, text.field), [])
        if text.path() in made:
            found.append(TextStatus(text, "recorded", text.path()))
        elif made:
            found.append(TextStatus(text, "stale", made[-1]))
        else:
            found.append(TextStatus(text, "missing"))
    return found


def counts(found: Iterable[TextStatus]) -> Counter:
    """How many texts are in each state."""
    return Counter(status.state for status in found)


def playable(catalogue: Catalogue, languages: Iterable[str], root: Path | None = None) -> dict[tuple[str, str], str]:
    """(language, fingerprint of the text) -> recording path, for every recording that fits its text now.

    A view knows a text by what it says, not by file and field, so it finds a recording by the text's own
    fingerprint; stale recordings are not in the index and are never played.
    """
    root = root or content_root()
    index: dict[tuple[str, str], str] = {}
    documents = None
    for language in languages:
        if not (root / FOLDER / language).is_dir():
            continue
        documents = documents if documents is not None else readable_documents(catalogue, root)
        for status in statuses(catalogue, language, root, documents):
            if status.state == "recorded":
                index[(language, fingerprint(status.text.text))] = status.recording
    return index


def save_recording(root: Path, text: Recordable, data: bytes) -> Path:
    """Write the recording of `text` as it is now, and remove the older ones of the same text and field."""
    target = root / text.path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    (root / FOLDER / CHANGED).touch()
    for old in target.parent.glob(f"{text.field}.*{SUFFIX}"):
        match = _NAME.match(old.name)
        if old != target and match and match["field"] == text.field:
            old.unlink()
    return target
