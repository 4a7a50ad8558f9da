"""Which file each export format reads and which function writes it; one place for the CLI and the pages."""
from __future__ import annotations

from pathlib import Path

from minplan.content.kinds import KINDS as GROUND_KINDS
from minplan.content.loader import Catalogue
from minplan.content.models import Glossary
from minplan.content.problems import Problem
from minplan.content.text import pick
from minplan.content.validation import parse_model
from minplan.exchange.gift_export import Export, export_gift
from minplan.exchange.glossary_export import export_anki, export_quizlet
from minplan.quiz.questions import Quiz

QUIZ_FORMATS = ("gift", "kahoot")
GLOSSARY_FORMATS = ("quizlet", "anki")
EXPORTERS = {*QUIZ_FORMATS, *GLOSSARY_FORMATS}
SUFFIX = {"gift": ".gift", "kahoot": ".xlsx", "quizlet": ".txt", "anki": ".csv"}


def true_false_words(language: str) -> tuple[str, str]:
    """The app's own «Det stemmer» / «Det stemmer ikke» in `language`, for tools that need answer texts."""
    ui = Catalogue(GROUND_KINDS).load().ui
    return pick(ui.get("quiz.true", {"nb": "Det stemmer"}), language), pick(ui.get("quiz.false", {"nb": "Det stemmer ikke"}), language)


def export_file(path: Path, format: str, language: str) -> Export:
    """Read a quiz or the glossary from `path` and export it; content None (with problems) when it cannot be read."""
    name = str(path)
    if not path.is_file():
        return Export(None, [Problem(name, 1, "file", "the file does not exist")])
    model = Quiz if format in QUIZ_FORMATS else Glossary
    item, doc, problems = parse_model(name, path.read_bytes(), model)
    if item is None:
        what = "a quiz (quizzes/*.yaml)" if model is Quiz else "the glossary (lessons/glossary.yaml)"
        return Export(None, problems or [Problem(name, 1, "file", f"{format} exports {what}")])
    if format == "gift":
        return export_gift(item, language, name, doc)
    if format == "kahoot":
        try:
            from minplan.exchange.kahoot import export_kahoot  # openpyxl: only this format needs it
        except ImportError:
            return Export(None, [Problem(name, 1, "format", "the Kahoot spreadsheet needs openpyxl: "
                                                           "python -m pip install -r requirements.txt")])
        return export_kahoot(item, language, *true_false_words(language), name, doc)
    exporter = export_quizlet if format == "quizlet" else export_anki
    return exporter(item.terms, language, name, doc)
