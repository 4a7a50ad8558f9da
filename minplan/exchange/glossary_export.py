"""The glossary as flashcards: Quizlet's import text (term TAB definition) and a CSV for Anki.

No cell can start a spreadsheet formula (cells.py).

The front is the Norwegian word; the back is the word and its explanation in the chosen support
language, so the cards teach the Norwegian term. A term without that translation keeps its
Norwegian text and is listed, so nobody studies a card in the wrong language unawares.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from minplan.content.models import Term
from minplan.content.problems import Problem
from minplan.content.safe_yaml import YamlDoc
from minplan.content.text import BASE_LANGUAGE, has_translation, pick
from minplan.exchange.cells import plain_cell
from minplan.exchange.direction import in_tool_direction
from minplan.exchange.gift_export import Export


def _flat(text: str) -> str:
    """Tabs and line breaks separate cards and sides in these formats; inside a text they become spaces."""
    return " ".join(text.split())


def _back(term: Term, language: str) -> str:
    if language == BASE_LANGUAGE:
        return _flat(term.explanation[BASE_LANGUAGE])
    return in_tool_direction(_flat(f"{pick(term.word, language)} – {pick(term.explanation, language)}"), language)


def _gaps(terms: Sequence[Term], language: str, name: str, doc: YamlDoc | None) -> list[Problem]:
    return [
        Problem(name, doc.line_of(("terms", index)) if doc else 1, f"terms.{index} ({term.id})",
                f"has no '{language}' text; the card shows the Norwegian")
        for index, term in enumerate(terms)
        if not (has_translation(term.word, language) and has_translation(term.explanation, language))
    ]


def export_quizlet(terms: Sequence[Term], language: str, name: str, doc: YamlDoc | None = None) -> Export:
    """One card per line: the Norwegian word, a TAB, the support-language word and explanation."""
    lines = [f"{plain_cell(_flat(term.word[BASE_LANGUAGE]))}\t{plain_cell(_back(term, language))}" for term in terms]
    return Export("\n".join(lines) + "\n", _gaps(terms, language, name, doc))


def export_anki(terms: Sequence[Term], language: str, name: str, doc: YamlDoc | None = None) -> Export:
    """CSV with Anki's header lines: Norwegian word, support word, Norwegian explanation, support explanation, example."""
    out = io.StringIO()
    out.write("#separator:comma\n#html:false\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([f"#columns:{BASE_LANGUAGE}", language, f"{BASE_LANGUAGE} explanation", f"{language} explanation", "example"])
    for term in terms:
        writer.writerow([plain_cell(cell) for cell in (
            _flat(term.word[BASE_LANGUAGE]), in_tool_direction(_flat(pick(term.word, language)), language),
            _flat(term.explanation[BASE_LANGUAGE]), in_tool_direction(_flat(pick(term.explanation, language)), language),
            _flat(term.example[BASE_LANGUAGE]))])
    return Export(out.getvalue(), _gaps(terms, language, name, doc))
