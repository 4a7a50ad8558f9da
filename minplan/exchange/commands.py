"""`python -m minplan import | export | print`: the exchange formats on the command line.

Problems are printed as FILE:LINE: FIELD: message, like `minplan check`; the exit status is 1
when anything was left out, 0 otherwise. Each command is one small function; minplan/cli.py finds `register` here by discovery.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from minplan.content.loader import Catalogue
from minplan.content.placeholders import fill_content, general
from minplan.content.problems import Problem
from minplan.exchange.formats import EXPORTERS, export_file
from minplan.exchange.gift_import import import_gift


def register(commands: argparse._SubParsersAction) -> None:
    """Add the import, export and print subcommands; each sets `run` to its function."""
    parser = commands.add_parser("import", help="convert a GIFT file (Moodle, itslearning) into a quiz YAML file")
    parser.add_argument("source", type=Path, help="the .gift file")
    parser.add_argument("--lesson", help="the lesson id every question checks (default: each $CATEGORY: names it)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the quiz file to write, e.g. quizzes/NAME.yaml")
    parser.set_defaults(run=import_command)

    parser = commands.add_parser("export", help="write a quiz (GIFT, Kahoot) or the glossary (Quizlet, Anki) for another tool")
    parser.add_argument("source", type=Path, help="a quiz file (quizzes/*.yaml) or lessons/glossary.yaml")
    parser.add_argument("--format", required=True, choices=sorted(EXPORTERS))
    parser.add_argument("--lang", default="nb", help="language code of the texts (default nb); the glossary pairs nb with it")
    parser.add_argument("-o", "--output", type=Path, help="the file to write (default: print it; kahoot needs a file)")
    parser.set_defaults(run=export_command)

    parser = commands.add_parser("print", help="a lesson as a printable A4 PDF, Norwegian beside a support language")
    parser.add_argument("lesson", help="the lesson id, e.g. hvem-lager-planen")
    parser.add_argument("--lang", default="en", help="the support language beside Norwegian (default en)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    parser.set_defaults(run=print_command)


def _report(problems: list[Problem], done: str, stream=None) -> int:
    """Print the problems (to stderr when stdout carries the exported file) and a summary; the exit status."""
    for problem in problems:
        print(problem, file=stream or sys.stdout)
    print(done if not problems else f"{done} {len(problems)} problem(s).", file=sys.stderr)
    return 1 if problems else 0


def _unknown_language(code: str, catalogue: Catalogue) -> list[Problem]:
    """A problem when `code` is not a language of ui/languages.yaml (a typo would silently give Norwegian)."""
    languages = catalogue.load().languages
    if any(language.code == code for language in languages):
        return []
    known = ", ".join(language.code for language in languages)
    return [Problem("ui/languages.yaml", 1, "lang", f"the language '{code}' is not one we have ({known})")]


def import_command(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """Write the questions Min plan has a form for; list the others; exit 1 if any was left out."""
    if not args.source.is_file():
        return _report([Problem(str(args.source), 1, "file", "the file does not exist")], "Nothing imported.")
    lessons = [lesson.id for lesson in catalogue.load().lessons]
    quiz_id = "".join(char if char.isalnum() else "-" for char in args.output.stem.casefold()).strip("-") or "importert"
    result = import_gift(str(args.source), args.source.read_bytes(), lessons, quiz_id, args.lesson)
    if result.quiz is None:
        return _report(result.problems, "Nothing imported.")
    args.output.write_text(result.yaml_text(args.source.name), encoding="utf-8")
    return _report(result.problems, f"Wrote {len(result.quiz.questions)} question(s) to {args.output}; {result.left_out} left out.")


def export_command(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """Export in the chosen format; what the format cannot hold is listed, never cut or dropped silently."""
    unknown = _unknown_language(args.lang, catalogue)
    if unknown:
        return _report(unknown, "Nothing exported.")
    exported = export_file(args.source, args.format, args.lang)
    if exported.content is None:
        return _report(exported.problems, "Nothing exported.")
    if isinstance(exported.content, bytes) and args.output is None:
        return _report([Problem(str(args.source), 1, "output", f"{args.format} is a spreadsheet; name the file with -o FILE.xlsx")], "Nothing exported.")
    if args.output is None:
        sys.stdout.write(exported.content)
        return _report(exported.problems, f"Exported {args.source} as {args.format}.", sys.stderr)
    if isinstance(exported.content, bytes):
        args.output.write_bytes(exported.content)
    else:
        args.output.write_text(exported.content, encoding="utf-8")
    return _report(exported.problems, f"Exported {args.source} as {args.format}.")


def print_command(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """The lesson as PDF; an unknown lesson or language is a message, not a traceback."""
    try:
        from minplan.exchange.pdf import lesson_pdf  # WeasyPrint loads Pango; only this command needs it
    except ImportError as error:
        return _report([Problem("print", 1, "weasyprint", f"printing needs WeasyPrint and Pango ({error}); "
                                                       "see README, Other tools and paper")], "Nothing printed.")

    loaded = catalogue.load()
    content = fill_content(loaded, general(loaded.ui))  # printed from the command line: the general forms
    lesson = content.lesson(args.lesson)
    if lesson is None:
        known = ", ".join(lesson.id for lesson in content.lessons)
        return _report([Problem("lessons", 1, "lesson", f"the lesson '{args.lesson}' does not exist ({known})")], "Nothing printed.")
    unknown = _unknown_language(args.lang, catalogue)
    if unknown:
        return _report(unknown, "Nothing printed.")
    pdf = lesson_pdf(lesson, content, args.lang)
    args.output.write_bytes(pdf)
    return _report([], f"Wrote {args.output} ({len(pdf) // 1024} KB).")
