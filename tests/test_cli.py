"""`python -m minplan`: subcommands come from the capabilities, and checking content needs no heavy library."""
from __future__ import annotations

import subprocess
import sys

import pytest

from minplan.catalogue import capability_modules
from tests.conftest import ROOT

WITHOUT_HEAVY_LIBRARIES = (
    "import runpy, sys\n"
    "for name in ('openpyxl', 'weasyprint', 'translate', 'lxml'):\n"
    "    sys.modules[name] = None  # any import of it now fails, as on a machine without it\n"
    "sys.argv = ['minplan', *sys.argv[1:]]\n"
    "runpy.run_module('minplan', run_name='__main__')\n"
)


@pytest.mark.parametrize("arguments", [["check"], ["check", "--terms", "--languages", "--stale", "3650"], ["lix"]])
def test_checking_content_runs_without_openpyxl_and_weasyprint(arguments):
    done = subprocess.run([sys.executable, "-c", WITHOUT_HEAVY_LIBRARIES, *arguments], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stdout + done.stderr


def test_without_openpyxl_the_kahoot_export_says_what_to_install(tmp_path):
    done = subprocess.run([sys.executable, "-c", WITHOUT_HEAVY_LIBRARIES, "export", "quizzes/eksempel.yaml",
                           "--format", "kahoot", "-o", str(tmp_path / "k.xlsx")], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "the Kahoot spreadsheet needs openpyxl" in done.stdout


def test_every_capability_with_commands_registers_them():
    names = {module.__name__ for module in capability_modules("commands")}
    assert {"minplan.content.commands", "minplan.translation.commands", "minplan.exchange.commands"} <= names
    assert capability_modules("commands")[0].__name__ == "minplan.content.commands"
