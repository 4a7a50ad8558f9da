"""`python -m minplan check [PATH...]`: validate content, print FILE:LINE: FIELD: message; `lix`: readability."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from fnmatch import fnmatch
from pathlib import Path

from minplan.content.loader import KINDS, content_files, content_root, kind_of, load_content
from minplan.content.problems import Problem
from minplan.content.readability import GOAL, participant_texts, score
from minplan.content.safe_yaml import read_yaml
from minplan.content.sources import REGISTRY, SourceRegistry, stale
from minplan.content.terms import term_problems
from minplan.content.translations import count_by_language, translation_gaps
from minplan.content.validation import parse_model
from minplan.exchange import commands as exchange_commands


def check(paths: list[Path], root: Path | None = None) -> tuple[list[Problem], int]:
    """Problems in the given files (all content when none given) and how many files were checked."""
    root = root or content_root()
    everything = load_content(root)
    if not paths:
        return everything.problems, len(content_files(root))
    problems: list[Problem] = []
    for path in paths:
        problems += _check_one(path, root, everything.problems)
    return sorted(problems), len(paths)


def _check_one(path: Path, root: Path, tree_problems: list[Problem]) -> list[Problem]:
    resolved = path.resolve()
    if resolved.is_relative_to(root.resolve()):
        name = resolved.relative_to(root.resolve()).as_posix()
        in_tree = True
    else:
        name = f"{resolved.parent.name}/{resolved.name}"
        in_tree = False
    shown = str(path)
    kind = kind_of(name)
    if kind is None:
        return [Problem(shown, 1, "file", f"this is not a content file ({_patterns()})")]
    if not resolved.is_file():
        return [Problem(shown, 1, "file", "the file does not exist")]
    if in_tree:
        return [Problem(shown, p.line, p.field, p.message) for p in tree_problems if p.file == name]
    _, _, problems = parse_model(shown, resolved.read_bytes(), kind.model)
    return problems


def _patterns() -> str:
    """Where content files live, from KINDS, so a new kind of content is named here without an edit."""
    patterns = sorted({kind.pattern for kind in KINDS
                       if not any(other is not kind and fnmatch(kind.pattern, other.pattern) for other in KINDS)})
    return ", ".join(patterns[:-1]) + f" or {patterns[-1]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m minplan", description="Tools for Min plan's content.")
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="validate content files; exit 1 when a problem is found")
    check_parser.add_argument("paths", nargs="*", type=Path, help="files to check (default: all content)")
    check_parser.add_argument("--languages", action="store_true", help="also list every missing translation")
    check_parser.add_argument("--stale", type=int, metavar="DAYS", help="also list sources not checked for DAYS days; exit 1 if any")
    check_parser.add_argument("--terms", action="store_true", help="also check that every language uses the glossary's word for each legal term")
    lix_parser = commands.add_parser("lix", help=f"readability of what participants read; exit 1 above LIX {GOAL}")
    lix_parser.add_argument("paths", nargs="*", type=Path, help="content files (default: lessons, quizzes and jobs)")
    exchange_commands.register(commands)
    args = parser.parse_args(argv)
    if "run" in args:
        return args.run(args)
    if args.command == "lix":
        return report_readability(args.paths)
    problems, count = check(args.paths)
    for problem in problems:
        print(problem)
    status = 1 if problems else 0
    if problems:
        print(f"{len(problems)} problem(s) in {count} file(s) checked.", file=sys.stderr)
    else:
        print(f"OK: {count} file(s) checked, no problems.")
    if args.languages:
        status = max(status, _report_translations(args.paths))
    if args.stale is not None:
        status = max(status, report_stale(args.stale))
    if args.terms:
        status = max(status, _report_terms(args.paths))
    return status


def _report_terms(paths: list[Path]) -> int:
    """Print every translation that leaves the glossary's word for a legal term; 1 when there is one."""
    problems = [problem for problem in term_problems() if _among(problem.file, paths)]
    for problem in problems:
        print(problem)
    print(f"Terms: {len(problems)} translation(s) leave the glossary's word for a legal term.")
    return 1 if problems else 0


def _report_translations(paths: list[Path]) -> int:
    """Print every text that lacks a support language; 1 when a required language is missing."""
    gaps, wanted, required = translation_gaps()
    gaps = [gap for gap in gaps if _among(gap.file, paths)]
    for gap in gaps:
        print(gap)
    missing = count_by_language(gaps)
    print("Missing translations: " + ", ".join(f"{code} {missing[code]}" for code in wanted))
    short = [code for code in required if missing[code]]
    if short:
        print(f"Required languages with gaps: {', '.join(short)}", file=sys.stderr)
        return 1
    return 0


def report_stale(days: int, root: Path | None = None, today: dt.date | None = None) -> int:
    """Print every source not checked for more than `days` days before `today`; 1 when there is one."""
    path = (root or content_root()) / REGISTRY
    if not path.is_file():
        print(Problem(REGISTRY, 1, "file", "the source registry is missing"))
        return 1
    registry, doc, problems = parse_model(REGISTRY, path.read_bytes(), SourceRegistry)
    found = problems or stale(registry, doc, days, today or dt.date.today())
    for problem in found:
        print(problem)
    if not found:
        print(f"OK: every source was checked in the last {days} days.")
    return 1 if found else 0


def report_readability(paths: list[Path], root: Path | None = None) -> int:
    """Print the LIX of each file's participant text (default: all lesson, quiz and job files); 1 above the goal."""
    root = root or content_root()
    named = [(path, str(path)) for path in paths] or [
        (path, path.relative_to(root).as_posix()) for path in content_files(root)
        if kind_of(path.relative_to(root).as_posix()).name in ("module", "glossary", "lesson", "quiz", "jobs")]
    status = 0
    for path, shown in named:
        if not path.is_file():
            print(Problem(shown, 1, "file", "the file does not exist"))
            status = 1
            continue
        doc, problems = read_yaml(shown, path.read_bytes())
        for problem in problems:
            print(problem)
        found = score(participant_texts(doc.data)) if doc is not None else None
        if doc is not None:
            print(f"{shown}: {found}" if found else f"{shown}: no participant text")
        if problems or (found and found.lix > GOAL):
            status = 1
    if status:
        print(f"Above LIX {GOAL}, or unreadable: use shorter sentences and shorter words.", file=sys.stderr)
    return status
def _among(name: str, paths: list[Path]) -> bool:
    """True when content file `name` is one of the files asked for (or none were named)."""
    return not paths or (content_root() / name).resolve() in {path.resolve() for path in paths}
