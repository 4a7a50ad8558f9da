"""`check --languages` and `check --terms`: the translation reports `python -m minplan check` can add."""
from __future__ import annotations

import argparse
import sys

from minplan.content.commands import CheckOption, among
from minplan.content.loader import Catalogue
from minplan.translation.gaps import count_by_language, translation_gaps
from minplan.translation.terms import term_problems


def report_terms(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """Print every translation that leaves the glossary's word for a legal term; 1 when there is one."""
    problems = [problem for problem in term_problems(catalogue) if among(problem.file, args.paths)]
    for problem in problems:
        print(problem)
    print(f"Terms: {len(problems)} translation(s) leave the glossary's word for a legal term.")
    return 1 if problems else 0


def report_translations(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """Print every text that lacks a support language; 1 when a required language is missing."""
    gaps, wanted, required = translation_gaps(catalogue)
    gaps = [gap for gap in gaps if among(gap.file, args.paths)]
    for gap in gaps:
        print(gap)
    missing = count_by_language(gaps)
    print("Missing translations: " + ", ".join(f"{code} {missing[code]}" for code in wanted))
    short = [code for code in required if missing[code]]
    if short:
        print(f"Required languages with gaps: {', '.join(short)}", file=sys.stderr)
        return 1
    return 0


CHECKS = (
    CheckOption("--languages", "also list every missing translation", report_translations),
    CheckOption("--terms", "also check that every language uses the glossary's word for each legal term", report_terms),
)
