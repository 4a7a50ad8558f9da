"""`python -m minplan check [PATH...]`: validate content, print FILE:LINE: FIELD: message."""
from __future__ import annotations

import argparse
import sys
from fnmatch import fnmatch
from pathlib import Path

from minplan.content.loader import KINDS, content_files, content_root, kind_of, load_content
from minplan.content.problems import Problem
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
    exchange_commands.register(commands)
    args = parser.parse_args(argv)
    if "run" in args:
        return args.run(args)
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
    return status


def _report_translations(paths: list[Path]) -> int:
    """Print every text that lacks a support language; 1 when a required language is missing."""
    gaps, wanted, required = translation_gaps()
    if paths:
        names = {path.resolve() for path in paths}
        gaps = [gap for gap in gaps if (content_root() / gap.file).resolve() in names]
    for gap in gaps:
        print(gap)
    missing = count_by_language(gaps)
    print("Missing translations: " + ", ".join(f"{code} {missing[code]}" for code in wanted))
    short = [code for code in required if missing[code]]
    if short:
        print(f"Required languages with gaps: {', '.join(short)}", file=sys.stderr)
        return 1
    return 0
