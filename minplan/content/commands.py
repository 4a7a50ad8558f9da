"""`python -m minplan check` and `lix`: validate content as FILE:LINE: FIELD: message, and measure readability.

Other capabilities add their own reports to `check` as `CHECKS` in their commands.py (see CheckOption);
minplan/cli.py gathers them, so this module names none of them.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from minplan.content.dates import DatedItem, dated_items, today
from minplan.content.loader import Catalogue, content_root
from minplan.content.problems import Problem
from minplan.content.readability import GOAL, participant_texts, score
from minplan.content.registry import patterns
from minplan.content.safe_yaml import read_yaml
from minplan.content.sources import REGISTRY, SourceRegistry, never_checked, stale
from minplan.content.validation import parse_model


@dataclass(frozen=True)
class CheckOption:
    """An extra report that `check` runs after validation when its flag is given; `report` returns the exit status."""

    flag: str
    help: str
    report: Callable[[argparse.Namespace, Catalogue], int]
    metavar: str | None = None
    """When set, the flag takes a whole number (e.g. --stale DAYS); otherwise it is a switch."""

    @property
    def dest(self) -> str:
        return self.flag.removeprefix("--").replace("-", "_")

    def add_to(self, parser: argparse.ArgumentParser) -> None:
        if self.metavar:
            parser.add_argument(self.flag, type=int, metavar=self.metavar, help=self.help)
        else:
            parser.add_argument(self.flag, action="store_true", help=self.help)

    def wanted(self, args: argparse.Namespace) -> bool:
        value = getattr(args, self.dest, None)
        return value is not None and value is not False


def register(commands: argparse._SubParsersAction) -> None:
    """Add `check` and `lix`; cli.py adds every capability's CheckOption to `check`."""
    parser = commands.add_parser("check", help="validate content files; exit 1 when a problem is found")
    parser.add_argument("paths", nargs="*", type=Path, help="files to check (default: all content)")
    parser.set_defaults(run=check_command)
    parser = commands.add_parser("lix", help=f"readability of what participants read; exit 1 above LIX {GOAL}")
    parser.add_argument("paths", nargs="*", type=Path, help="content files (default: lessons, quizzes and jobs)")
    parser.set_defaults(run=lix_command)


def check_command(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """Validate, print the problems and a summary, then run each extra report that was asked for."""
    problems, count = check(catalogue, args.paths)
    for problem in problems:
        print(problem)
    status = 1 if problems else 0
    if problems:
        print(f"{len(problems)} problem(s) in {count} file(s) checked.", file=sys.stderr)
    else:
        print(f"OK: {count} file(s) checked, no problems.")
    if not any(option.wanted(args) for option in args.checks if option.flag in ("--expired", "--expiring")):
        warn_dated(catalogue, args.paths)
    for option in args.checks:
        if option.wanted(args):
            status = max(status, option.report(args, catalogue))
    return status


WARN_DAYS = 30
"""Plain `check` warns about rules that run out within this many days (and about those that ran out)."""


def warn_dated(catalogue: Catalogue, paths: list[Path], root: Path | None = None, on: dt.date | None = None) -> None:
    """Print, as warnings that do not change the exit status, every rule that ran out or runs out soon."""
    on = on or today()
    for item in all_dated(catalogue, root):
        if not among(item.file, paths):
            continue
        if item.valid_until and item.valid_until < on:
            print(_expired_line(item, on, prefix="warning: "))
        elif item.valid_until and item.valid_until <= on + dt.timedelta(days=WARN_DAYS):
            print(_expiring_line(item, on, prefix="warning: "))


def all_dated(catalogue: Catalogue, root: Path | None = None) -> list[DatedItem]:
    """Every dated item in every content file, a quiz question's `reviewed` taken from its lesson's checked."""
    root = root or content_root()
    checked = {lesson.id: lesson.checked for lesson in catalogue.load(root).lessons}
    found: list[DatedItem] = []
    for path in catalogue.files(root):
        name = path.relative_to(root).as_posix()
        doc, _ = read_yaml(name, path.read_bytes())
        if doc is None:
            continue
        for item in dated_items(name, doc.data, doc.line_of):
            if item.lesson and item.lesson in checked:
                item = DatedItem(**{**item.__dict__, "reviewed": checked[item.lesson]})
            found.append(item)
    return sorted(found)


def _date_text(day: dt.date) -> str:
    return day.isoformat()


def _expired_line(item: DatedItem, on: dt.date, prefix: str = "") -> str:
    days = (on - item.valid_until).days
    said = f"{prefix}the rule applied until {_date_text(item.valid_until)} ({days} days ago)"
    if item.kept_as_history():
        said += f"; kept as history with its notice: the facts were checked {_date_text(item.reviewed)}, after it ran out"
    else:
        said += "; re-check it, then rewrite the text or, to keep it as history, update the lesson's checked date"
    if item.recheck:
        said += f". Re-check: {item.recheck}"
    return str(Problem(item.file, item.line, item.field, said))


def _expiring_line(item: DatedItem, on: dt.date, prefix: str = "") -> str:
    days = (item.valid_until - on).days
    said = f"{prefix}the rule runs out on {_date_text(item.valid_until)} (in {days} days)"
    if item.recheck:
        said += f". Re-check: {item.recheck}"
    return str(Problem(item.file, item.line, item.field, said))


def _expired_report(args: argparse.Namespace, catalogue: Catalogue) -> int:
    return report_expired(catalogue, args.paths)


def report_expired(catalogue: Catalogue, paths: list[Path] | None = None, root: Path | None = None,
                   on: dt.date | None = None) -> int:
    """Print every item whose rule ran out before `on`; 1 when one of them has not been re-checked since.

    An expired item whose lesson (or job catalogue) was checked after the rule ran out is kept as history on
    purpose: the app shows it with its notice and leaves such quiz questions out. It is listed, but passes.
    """
    on = on or today()
    expired = [item for item in all_dated(catalogue, root)
               if item.valid_until and item.valid_until < on and among(item.file, paths or [])]
    for item in expired:
        print(_expired_line(item, on))
    open_items = [item for item in expired if not item.kept_as_history()]
    if open_items:
        print(f"{len(open_items)} rule(s) ran out and have not been re-checked since.", file=sys.stderr)
        return 1
    history = f" ({len(expired)} kept as history with their notice)" if expired else ""
    print(f"OK: no rule ran out without being re-checked{history}.")
    return 0


def _expiring_report(args: argparse.Namespace, catalogue: Catalogue) -> int:
    return report_expiring(catalogue, args.expiring, args.paths)


def report_expiring(catalogue: Catalogue, days: int, paths: list[Path] | None = None, root: Path | None = None,
                    on: dt.date | None = None) -> int:
    """Print every item whose rule still holds on `on` but runs out within `days` days; 1 when there is one."""
    on = on or today()
    soon = [item for item in all_dated(catalogue, root)
            if item.valid_until and on <= item.valid_until <= on + dt.timedelta(days=days) and among(item.file, paths or [])]
    for item in soon:
        print(_expiring_line(item, on))
    if soon:
        print(f"{len(soon)} rule(s) run out within {days} days.", file=sys.stderr)
        return 1
    print(f"OK: no rule runs out within {days} days.")
    return 0


def check(catalogue: Catalogue, paths: list[Path], root: Path | None = None) -> tuple[list[Problem], int]:
    """Problems in the given files (all content when none given) and how many files were checked."""
    root = root or content_root()
    everything = catalogue.load(root)
    if not paths:
        return everything.problems, len(catalogue.files(root))
    problems: list[Problem] = []
    for path in paths:
        problems += _check_one(catalogue, path, root, everything.problems)
    return sorted(problems), len(paths)


def _check_one(catalogue: Catalogue, path: Path, root: Path, tree_problems: list[Problem]) -> list[Problem]:
    resolved = path.resolve()
    if resolved.is_relative_to(root.resolve()):
        name = resolved.relative_to(root.resolve()).as_posix()
        in_tree = True
    else:
        name = f"{resolved.parent.name}/{resolved.name}"
        in_tree = False
    shown = str(path)
    kind = catalogue.kind_of(name)
    if kind is None:
        return [Problem(shown, 1, "file", f"this is not a content file ({patterns(catalogue.kinds)})")]
    if not resolved.is_file():
        return [Problem(shown, 1, "file", "the file does not exist")]
    if in_tree:
        return [Problem(shown, p.line, p.field, p.message) for p in tree_problems if p.file == name]
    _, _, problems = parse_model(shown, resolved.read_bytes(), kind.model)
    return problems


def among(name: str, paths: list[Path]) -> bool:
    """True when content file `name` is one of the files asked for (or none were named)."""
    return not paths or (content_root() / name).resolve() in {path.resolve() for path in paths}


def _stale_report(args: argparse.Namespace, catalogue: Catalogue) -> int:
    return report_stale(args.stale)


def report_stale(days: int, root: Path | None = None, today: dt.date | None = None) -> int:
    """Print every source not checked for more than `days` days before `today` (1 when there is one), and
    every source never checked: a source nobody has read has no date to go stale, so it is listed, not failed."""
    path = (root or content_root()) / REGISTRY
    if not path.is_file():
        print(Problem(REGISTRY, 1, "file", "the source registry is missing"))
        return 1
    registry, doc, problems = parse_model(REGISTRY, path.read_bytes(), SourceRegistry)
    found = problems or stale(registry, doc, days, today or dt.date.today())
    for problem in found:
        print(problem)
    unread = [] if problems else never_checked(registry, doc)
    for note in unread:
        print(note)
    if not found:
        also = f"; {len(unread)} source(s) have never been checked (listed above)" if unread else ""
        print(f"OK: every source with a checked date was checked in the last {days} days{also}.")
    return 1 if found else 0


def lix_command(args: argparse.Namespace, catalogue: Catalogue) -> int:
    return report_readability(catalogue, args.paths)


def report_readability(catalogue: Catalogue, paths: list[Path], root: Path | None = None) -> int:
    """Print the LIX of each file's participant text (default: every kind participants read); 1 above the goal."""
    root = root or content_root()
    named = [(path, str(path)) for path in paths] or [
        (path, path.relative_to(root).as_posix()) for path in catalogue.files(root)
        if catalogue.kind_of(path.relative_to(root).as_posix()).readable]
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


CHECKS = (
    CheckOption("--stale", "also list sources not checked for DAYS days (exit 1 if any) and sources never checked", _stale_report, "DAYS"),
    CheckOption("--expired", "list every rule that ran out (valid_until before today); exit 1 if one has not been re-checked since",
                _expired_report),
    CheckOption("--expiring", "list every rule that runs out within DAYS days; exit 1 if any", _expiring_report, "DAYS"),
)
