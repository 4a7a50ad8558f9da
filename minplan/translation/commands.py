"""`check --languages` and `check --terms`, and `python -m minplan translations export | import | stamp`.

Problems are printed as FILE:LINE: FIELD: message, like `minplan check`. translate-toolkit is imported inside
export and import only, so `check` and the app run without it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from minplan.content.commands import CheckOption, among
from minplan.content.loader import Catalogue, content_root
from minplan.content.text import BASE_LANGUAGE
from minplan.translation.gaps import count_by_language, translation_gaps
from minplan.translation.review import Mark, counts, current_marks, fingerprint, text_states, write_review_file
from minplan.translation.terms import term_problems


def report_terms(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """Print every translation that leaves the glossary's word for a legal term; 1 when there is one."""
    problems = [problem for problem in term_problems(catalogue) if among(problem.file, args.paths)]
    for problem in problems:
        print(problem)
    print(f"Terms: {len(problems)} translation(s) leave the glossary's word for a legal term.")
    return 1 if problems else 0


def report_translations(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """Print every text that lacks a support language, and every stale or unrecorded translation; 1 when a
    required language is missing (stale is a state to act on, not a broken file)."""
    gaps, wanted, required = translation_gaps(catalogue)
    gaps = [gap for gap in gaps if among(gap.file, args.paths)]
    for gap in gaps:
        print(gap)
    states = [item for item in text_states(catalogue) if among(item.file, args.paths)]
    for item in sorted(states):
        if item.state in ("stale", "unrecorded"):
            print(item)
    missing = count_by_language(gaps)
    print("Missing translations: " + ", ".join(f"{code} {missing[code]}" for code in wanted))
    by_language = counts(states)
    print("Review state: " + "; ".join(
        f"{code} " + ", ".join(f"{by_language.get(code, {}).get(state, 0)} {state}"
                               for state in ("reviewed", "translated", "stale", "unrecorded")) for code in wanted))
    short = [code for code in required if missing[code]]
    if short:
        print(f"Required languages with gaps: {', '.join(short)}", file=sys.stderr)
        return 1
    return 0


CHECKS = (
    CheckOption("--languages", "also list every missing, stale or unrecorded translation and count the reviewed", report_translations),
    CheckOption("--terms", "also check that every language uses the glossary's word for each legal term", report_terms),
)


def register(commands: argparse._SubParsersAction) -> None:
    """Add `translations` with export, import and stamp."""
    parser = commands.add_parser("translations", help="translations to and from a translator's tool (XLIFF, PO); review state")
    sub = parser.add_subparsers(dest="action", required=True)
    export = sub.add_parser("export", help="every text of one language as XLIFF 1.2 or PO, with context, terms and review state")
    export.add_argument("--lang", required=True, help="the language code, e.g. ti")
    export.add_argument("--format", choices=("xliff", "po"), default="xliff")
    export.add_argument("-o", "--output", type=Path, required=True, help="the file to write, e.g. ti.xlf or ti.po")
    export.set_defaults(run=export_command)
    imported = sub.add_parser("import", help="bring an XLIFF or PO file back: translations into the YAML, review marks")
    imported.add_argument("source", type=Path, help="the .xlf or .po file")
    imported.add_argument("--by", help="who reviewed the units the file marks as final/approved (XLIFF) or 'reviewed' (PO)")
    imported.set_defaults(run=import_command)
    stamp = sub.add_parser("stamp", help="record that translations were made from the current Norwegian")
    stamp.add_argument("paths", nargs="*", help="content files whose translations you brought up to date "
                                               "(default: only translations with no record yet)")
    stamp.add_argument("--lang", action="append", help="only this language (repeat for more; default all)")
    stamp.set_defaults(run=stamp_command)


def _languages(catalogue: Catalogue, code: str | None) -> list[str] | str:
    codes = [language.code for language in catalogue.load().languages if language.code != BASE_LANGUAGE]
    if code is not None and code not in codes:
        return f"ui/languages.yaml:1: lang: the language '{code}' is not one we have ({', '.join(codes)})"
    return codes


def export_command(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """Write the file; an unknown language is a message, not a traceback."""
    known = _languages(catalogue, args.lang)
    if isinstance(known, str):
        print(known)
        return 1
    from minplan.translation.interchange import export  # translate-toolkit and lxml: only this command needs them

    data = export(catalogue, content_root(), args.lang, args.format)
    args.output.write_bytes(data)
    print(f"Wrote {args.output} ({args.format}, {args.lang}).", file=sys.stderr)
    return 0


def import_command(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """Import what can be imported; list every refused unit as FILE:LINE; exit 1 if any was refused."""
    if not args.source.is_file():
        print(f"{args.source}:1: file: the file does not exist")
        return 1
    from minplan.translation.interchange import import_file  # translate-toolkit and lxml: only this command needs them

    result = import_file(catalogue, content_root(), args.source, args.by, dt.date.today())
    for problem in result.problems:
        print(problem)
    print(f"Imported {result.language or '?'}: {result.changed} text(s) changed, {result.recorded} recorded as made "
          f"from the current Norwegian, {result.reviewed} marked reviewed; {len(result.problems)} refused.", file=sys.stderr)
    return 1 if result.problems else 0


def stamp_command(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """Record the current Norwegian's fingerprint for the chosen translations; reviews of unchanged texts stay."""
    root = content_root()
    codes = _languages(catalogue, None)
    unknown = [code for code in args.lang or [] if code not in codes]
    if unknown:
        print(f"ui/languages.yaml:1: lang: not a language we have: {', '.join(unknown)}")
        return 1
    chosen = {path.resolve().relative_to(root.resolve()).as_posix() if path.is_absolute() else path.as_posix()
              for path in map(Path, args.paths)}
    content = catalogue.load(root)
    if content.problems:  # a file that does not load would look like texts that are gone, and lose their marks
        for problem in content.problems:
            print(problem)
        print("Nothing stamped: fix the content first (python -m minplan check).", file=sys.stderr)
        return 1
    states = text_states(catalogue, root)
    for code in args.lang or codes:
        mine = [item for item in states if item.language == code]
        existing = {(item.file, item.field) for item in mine}
        marks = {key: mark for key, mark in current_marks(content, code).items() if key in existing}  # texts gone: forget
        stamped = 0
        for item in mine:
            if item.state == "unrecorded" or (item.file in chosen and item.state == "stale"):
                marks[(item.file, item.field)] = Mark(source=fingerprint(item.norwegian))
                stamped += 1
        if stamped or len(marks) < len(current_marks(content, code)) or not (root / "translations" / f"{code}.yaml").exists():
            write_review_file(root, code, marks, [(item.file, item.field) for item in mine])
        print(f"{code}: {stamped} translation(s) stamped as made from the current Norwegian.", file=sys.stderr)
    return 0
