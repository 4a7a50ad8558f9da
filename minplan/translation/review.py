"""Review state per text: which Norwegian each translation was made from, and who has checked it.

The state lives beside the content, one file per language (`translations/<lang>.yaml`), so the lessons stay
as readable as before for a municipality's editor. Each entry is keyed by content file and field path (list items by their id where they have one) and says
from which Norwegian (`source`, a fingerprint of its text) the translation was made; a person's review adds
who, when and a fingerprint of the translation they read (`reviewed: {by, date, text}`).

- *stale*: the Norwegian has changed since (its fingerprint differs from `source`);
- *reviewed*: not stale, and the translation is still the one the reviewer read;
- *translated*: neither (made from the current Norwegian, not checked by a person);
- *unrecorded*: no entry, so nobody can tell from which Norwegian it was made.

Only *reviewed* loses the "not checked" mark in the app. The app looks a text up by what it says (its
Norwegian and its translation), so a view needs no file or field to know whether a block was checked.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints

from minplan.content.loader import Catalogue, Content, content_root
from minplan.content.models import Strict
from minplan.content.registry import Loaded
from minplan.content.problems import Problem
from minplan.content.text import BASE_LANGUAGE, LanguageCode
from minplan.translation.gaps import content_documents, texts_in

PART = "translation-review"
"""The kind's name, and where its assembled state sits in Content.parts."""

FOLDER = "translations"

Fingerprint = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{10}$")]


def fingerprint(text: str) -> str:
    """Ten hex digits of SHA-256 over the text as a reader sees it (NFC, outer spaces ignored)."""
    return hashlib.sha256(unicodedata.normalize("NFC", text.strip()).encode("utf-8")).hexdigest()[:10]


class Review(Strict):
    """A person read this translation (`text` is its fingerprint then) and found it right."""

    by: str = Field(min_length=1, max_length=80)
    date: dt.date
    text: Fingerprint


class Mark(Strict):
    """One translated text: the Norwegian it was made from, and a person's review if there was one."""

    source: Fingerprint
    reviewed: Review | None = None


class ReviewFile(Strict):
    """translations/<lang>.yaml: every text of one language, by content file and field path."""

    language: LanguageCode
    texts: dict[str, dict[str, Mark]] = Field(default_factory=dict)


@dataclass
class Reviews:
    """Every language's marks, and the (language, Norwegian, translation) fingerprints a person has checked."""

    marks: dict[tuple[str, str, str], Mark] = field(default_factory=dict)
    checked: set[tuple[str, str, str]] = field(default_factory=set)
    complete: set[str] = field(default_factory=set)
    """Languages whose every recorded translation has a review (stale ones may still be among them)."""

    def mark(self, language: str, file: str, field_path: str) -> Mark | None:
        return self.marks.get((language, file, field_path))


def reviews(content: Content) -> Reviews:
    """The review state that loaded (empty when there is no translations/ folder)."""
    return content.parts.get(PART) or Reviews()


def is_reviewed(content: Content, text: dict[str, str], language: str) -> bool:
    """True when a person checked this very translation of this very Norwegian."""
    translated = text.get(language)
    return bool(translated) and (language, fingerprint(text[BASE_LANGUAGE]), fingerprint(translated)) in reviews(content).checked


def all_reviewed(content: Content, texts: Iterable[dict[str, str]], language: str) -> bool:
    """True when every text that has a `language` version was checked (a page or a printed lesson as a whole)."""
    return all(is_reviewed(content, text, language) for text in texts if text.get(language))


def assemble(loaded: Sequence[Loaded], content: Content, problems: list[Problem]) -> None:
    """Join the language files; a language named twice, or a file not named after its language, is a problem."""
    state = Reviews()
    seen: set[str] = set()
    for entry in loaded:
        book: ReviewFile = entry.item
        if Path(entry.name).stem != book.language:
            problems.append(entry.problem(("language",), f"this file holds '{book.language}' but is named "
                                                         f"{Path(entry.name).name}; call it {FOLDER}/{book.language}.yaml"))
            continue
        if book.language in seen:
            problems.append(entry.problem(("language",), f"another file already holds '{book.language}'"))
            continue
        seen.add(book.language)
        for file, fields in book.texts.items():
            for field_path, mark in fields.items():
                state.marks[(book.language, file, field_path)] = mark
                if mark.reviewed:
                    state.checked.add((book.language, mark.source, mark.reviewed.text))
        if book.texts and all(mark.reviewed for fields in book.texts.values() for mark in fields.values()):
            state.complete.add(book.language)
    content.parts[PART] = state


STATES = ("reviewed", "translated", "stale", "unrecorded")


@dataclass(frozen=True, order=True)
class TextState:
    """One translation of one text and where it stands (one of STATES)."""

    file: str
    line: int
    field: str
    language: str
    state: str
    norwegian: str = field(compare=False)
    translation: str = field(compare=False)
    mark: Mark | None = field(compare=False, default=None)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}: {self.field}.{self.language}"
        if self.state == "stale":
            return f"{where}: stale: the Norwegian has changed since this translation was made; check it against the new text"
        if self.state == "unrecorded":
            return (f"{where}: not recorded: nobody has noted from which Norwegian it was made "
                    f"(python -m minplan translations stamp {self.file})")
        return f"{where}: {self.state}"


def text_states(catalogue: Catalogue, root: Path | None = None, languages: Sequence[str] | None = None) -> list[TextState]:
    """The state of every existing translation below `root`, in file order (missing ones are gaps, not states)."""
    root = root or content_root()
    content = catalogue.load(root)
    state = reviews(content)
    wanted = languages or [language.code for language in content.languages if language.code != BASE_LANGUAGE]
    found = []
    for name, doc, path, text in translatable_texts(catalogue, root):
        field_path = field_key(doc.data, path)
        source = fingerprint(text[BASE_LANGUAGE])
        for language in wanted:
            translated = text.get(language)
            if not isinstance(translated, str) or not translated.strip():
                continue
            mark = state.mark(language, name, field_path)
            found.append(TextState(name, doc.line_of(path + (language,)), field_path, language,
                                   _state(mark, source, translated), text[BASE_LANGUAGE], translated, mark))
    return found


def _state(mark: Mark | None, source: str, translated: str) -> str:
    if mark is None:
        return "unrecorded"
    if mark.source != source:
        return "stale"
    if mark.reviewed and mark.reviewed.text == fingerprint(translated):
        return "reviewed"
    return "translated"


def translatable_texts(catalogue: Catalogue, root: Path) -> Iterator[tuple]:
    """(file name, parsed document, field path, text) for every translatable text below `root`."""
    for name, doc in content_documents(catalogue, root):
        if name.startswith(f"{FOLDER}/"):
            continue
        for path, text in texts_in(doc.data):
            yield name, doc, path, text


def field_key(data: object, path: tuple) -> str:
    """The field path of a text as the review files key it: a list item with an `id` is named by its id
    (terms.fri.word, questions.klagefrist.prompt), so adding a glossary term or a quiz question does not
    move every text after it; items without an id keep their number (key_points.2)."""
    parts, node = [], data
    for part in path:
        child = node[part]
        named = isinstance(node, list) and isinstance(child, dict) and isinstance(child.get("id"), str)
        parts.append(child["id"] if named else str(part))
        node = child
    return ".".join(parts)


def by_file(states: Iterable[TextState], language: str, wanted: Sequence[str] = ("stale", "unrecorded")) -> dict[str, list[TextState]]:
    """The `language` translations in the `wanted` states, grouped by content file (in file order)."""
    grouped: dict[str, list[TextState]] = {}
    for item in sorted(states):
        if item.language == language and item.state in wanted:
            grouped.setdefault(item.file, []).append(item)
    return grouped


def content_ids(catalogue: Catalogue, root: Path | None = None) -> dict[str, str]:
    """The `id` of each content file that has one (a lesson's, a quiz's), so a page can link to it."""
    return {name: doc.data["id"] for name, doc in content_documents(catalogue, root or content_root())
            if isinstance(doc.data, dict) and isinstance(doc.data.get("id"), str)}


def counts(states: Iterable[TextState]) -> dict[str, Counter]:
    """Per language: how many translations are in each state."""
    result: dict[str, Counter] = {}
    for item in states:
        result.setdefault(item.language, Counter())[item.state] += 1
    return result


HEADER = """# Review state of the {language} translations (see README, «For translators»). Written by
# `python -m minplan translations stamp | import`; a person may edit it too.
# For each content file and field: `source` = fingerprint of the Norwegian the translation was made from;
# `reviewed` = who checked the translation, when, and the fingerprint of the translation they read.
# When the Norwegian changes, the fingerprint no longer matches: the translation is stale.
"""


def write_review_file(root: Path, language: str, marks: dict[tuple[str, str], Mark], order: Sequence[tuple[str, str]]) -> Path:
    """Write translations/<language>.yaml: one line per text, in content order (then any others, sorted)."""
    listed = [key for key in order if key in marks] + sorted(set(marks) - set(order))
    lines = [HEADER.format(language=language), f"language: {language}", "texts:"]
    current = None
    for file, field_path in listed:
        if file != current:
            lines.append(f"  {_quote(file)}:")
            current = file
        lines.append(f"    {_quote(field_path)}: {_flow(marks[(file, field_path)])}")
    if not listed:
        lines[-1] = "texts: {}"
    path = root / FOLDER / f"{language}.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _flow(mark: Mark) -> str:
    if mark.reviewed is None:
        return f"{{source: {_quote(mark.source)}}}"
    review = mark.reviewed
    return (f"{{source: {_quote(mark.source)}, reviewed: {{by: {_quote(review.by)}, date: {review.date.isoformat()}, "
            f"text: {_quote(review.text)}}}}}")


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def current_marks(content: Content, language: str) -> dict[tuple[str, str], Mark]:
    """The marks of `language` as (file, field) -> Mark, to change and write back."""
    return {(file, field_path): mark for (code, file, field_path), mark in reviews(content).marks.items() if code == language}
