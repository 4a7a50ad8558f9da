"""Translations out to a translator's tool and back: XLIFF 1.2 (Weblate, OmegaT, Poedit) and PO (Weblate, Poedit).

Each unit is one text: its id is FILE#FIELD, its source the Norwegian, its target the translation; it carries
where the text is (file and line), the glossary terms its Norwegian names (word to use, words to avoid) and its
review state. XLIFF says the state with `state` and `approved`; PO says stale as `fuzzy` and reviewed as a
translator comment that starts with "reviewed".

Coming back, a unit whose Norwegian changed since the export is refused (FILE:LINE of the Norwegian, the rest is
imported); a changed target is written into the content file (minplan/translation/yaml_write.py); every target
is recorded as made from the current Norwegian unless it is still marked fuzzy or needing review; a unit marked
final, signed-off, approved (XLIFF) or "reviewed" (PO) gets a review mark in the name given on the command line.

translate-toolkit (and its lxml) is imported here only; `check` and the app never load this module.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import TypeAdapter, ValidationError
from translate.storage import factory, po, xliff

from minplan.content.loader import Catalogue
from minplan.content.models import Term
from minplan.content.problems import Problem
from minplan.content.text import BASE_LANGUAGE, Text
from minplan.translation.review import (Mark, Review, current_marks, field_key, fingerprint, text_states,
                                        translatable_texts, write_review_file)
from minplan.translation.terms import _norwegian_pattern
from minplan.translation.yaml_write import set_texts

FORMATS = ("xliff", "po")
REVIEWED = {"final", "signed-off"}
UNSURE = {"new", "needs-translation", "needs-review-translation", "needs-review-adaptation", "needs-review-l10n",
          "needs-adaptation", "needs-l10n"}


class Xliff12Unit(xliff.xliffunit):
    namespace = "urn:oasis:names:tc:xliff:document:1.2"


class Xliff12(xliff.xlifffile):
    """translate-toolkit's XLIFF store, written as version 1.2 (its skeleton says 1.1), which all three tools read."""

    UnitClass = Xliff12Unit
    XMLskeleton = """<?xml version="1.0" ?>
<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'>
<file original='minplan' source-language='nb' datatype='plaintext'>
<body>
</body>
</file>
</xliff>"""
    namespace = "urn:oasis:names:tc:xliff:document:1.2"


@dataclass
class Unit:
    """One text to translate, as the exchange file carries it."""

    file: str
    field: str
    line: int
    norwegian: str
    translation: str
    state: str
    notes: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.file}#{self.field}"


def units(catalogue: Catalogue, root: Path, language: str) -> list[Unit]:
    """Every translatable text with its `language` translation (empty when missing) and its state."""
    content = catalogue.load(root)
    legal = [term for term in content.glossary.values() if term.legal]
    states = {(item.file, item.field): item for item in text_states(catalogue, root, [language])}
    found = []
    for name, doc, path, text in translatable_texts(catalogue, root):
        key = field_key(doc.data, path)
        known = states.get((name, key))
        state = known.state if known else "missing"
        notes = [f"{name}:{doc.line_of(path + (BASE_LANGUAGE,))} {key}", f"state: {state}"]
        notes += [_term_note(term, language) for term in legal if _norwegian_pattern(term).search(text[BASE_LANGUAGE])]
        if known and known.mark and known.mark.reviewed:
            notes.append(f"reviewed by {known.mark.reviewed.by} on {known.mark.reviewed.date.isoformat()}")
        found.append(Unit(name, key, doc.line_of(path + (BASE_LANGUAGE,)), text[BASE_LANGUAGE],
                          text.get(language) or "", state, notes))
    return found


def _term_note(term: Term, language: str) -> str:
    word = term.word.get(language, "?")
    avoid = term.avoid.get(language, [])
    return f"term {term.word[BASE_LANGUAGE]}: {word}" + (f" (not: {', '.join(avoid)})" if avoid else "")


def export(catalogue: Catalogue, root: Path, language: str, fmt: str) -> bytes:
    """The whole content's `language` texts as an XLIFF 1.2 or PO file."""
    found = units(catalogue, root, language)
    if fmt == "xliff":
        store = Xliff12(sourcelanguage=BASE_LANGUAGE, targetlanguage=language)
        for unit in found:
            item = store.addsourceunit(unit.norwegian, filename="minplan")
            item.setid(unit.id)
            if unit.translation:
                item.target = unit.translation
            item.addlocation(f"{unit.file}:{unit.line}")
            for note in unit.notes:
                item.addnote(note, origin="developer")
            item.set_state_n(item.statemap[_xliff_state(unit.state)])
            item.markapproved(unit.state == "reviewed")
        return bytes(store)
    store = po.pofile()
    store.updateheader(add=True, Language=language, Project_Id_Version="Min plan", X_Generator="minplan translations export")
    for unit in found:
        item = store.addsourceunit(unit.norwegian)
        item.setcontext(unit.id)
        item.target = unit.translation
        item.addlocation(f"{unit.file}:{unit.line}")
        for note in unit.notes:
            item.addnote(note, origin="developer")
        if unit.state == "reviewed":
            item.addnote(unit.notes[-1], origin="translator")
        item.markfuzzy(unit.state in ("stale", "unrecorded"))
    return bytes(store)


def _xliff_state(state: str) -> str:
    return {"reviewed": "final", "translated": "translated", "missing": "needs-translation"}.get(state, "needs-review-translation")


@dataclass
class Imported:
    """What an import did: problems (FILE:LINE), and how many texts changed, were recorded and reviewed."""

    language: str = ""
    problems: list[Problem] = field(default_factory=list)
    changed: int = 0
    recorded: int = 0
    reviewed: int = 0
    files: list[str] = field(default_factory=list)


def import_file(catalogue: Catalogue, root: Path, path: Path, by: str | None, today: dt.date) -> Imported:
    """Read an XLIFF or PO file and bring its translations and review marks into the content below `root`."""
    result = Imported()
    try:
        store = factory.getobject(str(path))
    except Exception as error:  # translate-toolkit raises many kinds of errors for a broken file
        result.problems.append(Problem(str(path), 1, "file", f"this is not an XLIFF or PO file we can read ({error})"))
        return result
    language = _language(store)
    if not language:
        result.problems.append(Problem(str(path), 1, "language", "the file does not say its target language"))
        return result
    result.language = language
    texts = {(name, field_key(doc.data, p)): (doc, p, text) for name, doc, p, text in translatable_texts(catalogue, root)}
    marks = current_marks(catalogue.load(root), language)
    changes: dict[str, dict[tuple, str]] = defaultdict(dict)
    for item in store.units:
        if item.isheader() or not item.source:
            continue
        unit_id = item.xmlelement.get("id", "") if isinstance(store, xliff.xlifffile) else item.getcontext()
        file, _, field_path = unit_id.partition("#")
        where = texts.get((file, field_path))
        if where is None:
            result.problems.append(Problem(file or str(path), 1, field_path or "id", f"no such text in the content ({unit_id})"))
            continue
        doc, text_path, text = where
        line = doc.line_of(text_path + (language,))
        if item.source != text[BASE_LANGUAGE]:
            result.problems.append(Problem(file, doc.line_of(text_path + (BASE_LANGUAGE,)), f"{field_path}.{BASE_LANGUAGE}",
                                           "the Norwegian has changed since this file was exported; export again and "
                                           "translate the new Norwegian (this unit was not imported)"))
            continue
        target = str(item.target or "")
        if not target.strip():
            continue
        try:
            TypeAdapter(Text).validate_python({BASE_LANGUAGE: text[BASE_LANGUAGE], language: target})
        except ValidationError as error:
            result.problems.append(Problem(file, line, f"{field_path}.{language}", error.errors()[0]["msg"].removeprefix("Value error, ")))
            continue
        if target != text.get(language):
            changes[file][(text_path, language)] = target
            result.changed += 1
        key = (file, field_path)
        mark = marks.get(key)
        if _reviewed(item, store):
            if not by:
                result.problems.append(Problem(file, line, f"{field_path}.{language}",
                                               "marked as reviewed, but nobody is named: import again with --by NAME"))
                continue
            if not (mark and mark.reviewed and mark.reviewed.text == fingerprint(target) and mark.source == fingerprint(text[BASE_LANGUAGE])):
                marks[key] = Mark(source=fingerprint(text[BASE_LANGUAGE]), reviewed=Review(by=by, date=today, text=fingerprint(target)))
                result.reviewed += 1
        elif not _unsure(item, store):
            fresh = Mark(source=fingerprint(text[BASE_LANGUAGE]))
            if mark != fresh and not (mark and mark.reviewed and mark.reviewed.text == fingerprint(target)
                                      and mark.source == fresh.source):
                marks[key] = fresh
                result.recorded += 1
    for file, file_changes in changes.items():
        target_path = root / file
        target_path.write_text(set_texts(target_path.read_text(encoding="utf-8"), file_changes), encoding="utf-8")
        result.files.append(file)
    if result.reviewed or result.recorded or result.changed:
        write_review_file(root, language, marks, list(texts))
    return result


def _language(store) -> str:
    if isinstance(store, xliff.xlifffile):
        return store.gettargetlanguage() or ""
    return store.gettargetlanguage() or store.parseheader().get("Language", "")


def _reviewed(item, store) -> bool:
    if isinstance(store, xliff.xlifffile):
        return item.isapproved() or _xliff_state_name(item) in REVIEWED
    return not item.isfuzzy() and any(note.strip().lower().startswith("reviewed")
                                      for note in item.getnotes("translator").splitlines())


def _unsure(item, store) -> bool:
    if isinstance(store, xliff.xlifffile):
        return _xliff_state_name(item) in UNSURE
    return item.isfuzzy()


def _xliff_state_name(item) -> str:
    target = item.getlanguageNode(lang=None, index=1)
    return (target.get("state") if target is not None else None) or ""
