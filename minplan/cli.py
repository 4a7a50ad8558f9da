"""`python -m minplan COMMAND`: the subcommands every capability registers in its own commands.py.

Each commands module has `register(subparsers)`, which adds its subcommands and sets `run(args, catalogue)`,
and may offer `CHECKS`, extra reports for `check` (minplan.content.commands.CheckOption). Heavy libraries
(openpyxl, WeasyPrint) are imported inside the command that needs them, so `check` runs without them.
"""
from __future__ import annotations

import argparse

from minplan.catalogue import capability_modules, catalogue


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m minplan", description="Tools for Min plan's content.")
    subcommands = parser.add_subparsers(dest="command", required=True)
    modules = capability_modules("commands")
    for module in modules:
        if hasattr(module, "register"):
            module.register(subcommands)
    checks = [option for module in modules for option in getattr(module, "CHECKS", ())]
    check = subcommands.choices["check"]
    for option in checks:
        option.add_to(check)
    check.set_defaults(checks=checks)
    args = parser.parse_args(argv)
    return args.run(args, catalogue())
