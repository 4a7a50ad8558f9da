"""The floors of docs/architecture.md, enforced: no import points up, and sideways only where declared.

The rules are read from the source with `ast`, so they also see imports inside functions. A new package
below minplan/ may import the ground floor (minplan.content) without any edit here; importing another
capability means declaring it in SIDEWAYS (and in docs/architecture.md), so the picture stays true.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

GROUND = "minplan.content"
SIDEWAYS = {
    "minplan.audio": {"minplan.translation"},
    "minplan.classroom": {"minplan.quiz"},
    "minplan.exchange": {"minplan.quiz", "minplan.goal", "minplan.lesson", "minplan.translation"},
    "minplan.serving": {"minplan.classroom"},
}
"""Capabilities that stand on another capability as well as on the ground floor."""
TOP = {"minplan.catalogue", "minplan.cli", "minplan.__main__", "minplan.first_view", "minplan.served"}
"""The composition floor: it gathers every capability (by discovery) and may import any of them."""
OUTSIDE = {"views": {"minplan", "views"}, "bench": {"minplan", "bench"}, "deploy": {"minplan"}, "app": {"minplan"},
           "minplan_app": {"minplan", "views"}}
"""Top-level folders and scripts, and the top-level names each may import from this repository."""
OURS = {"minplan", "views", "bench", "deploy", "tests", "app", "minplan_app"}


def unit_of(relative: Path) -> str:
    """The unit a file belongs to: 'minplan.<package>' for the package, else its top folder or script name."""
    parts = relative.with_suffix("").parts
    if parts[0] == "minplan":
        return "minplan." + parts[1] if len(parts) > 1 else "minplan"
    return parts[0]


def imported(source: str) -> list[tuple[int, str]]:
    """(line, module) of every absolute import in `source`, anywhere in the file."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def allowed(unit: str, target: str) -> bool:
    """May `unit` import the module `target`?"""
    top = target.split(".")[0]
    logic = unit == "minplan" or unit.startswith("minplan.")
    if top not in OURS:
        return not (logic and top == "streamlit")
    if logic:
        if top != "minplan":
            return False
        if unit in TOP:
            return True
        goal = ".".join(target.split(".")[:2])
        return goal in (unit, GROUND) or goal in SIDEWAYS.get(unit, set())
    return top in OUTSIDE.get(unit, set())


def forbidden_imports(root: Path) -> list[str]:
    """FILE:LINE: unit imports module, for every import the floors forbid below `root`."""
    files = [path for folder in ("minplan", "views", "bench", "deploy") for path in (root / folder).rglob("*.py")]
    files += [root / name for name in ("app.py", "minplan_app.py") if (root / name).is_file()]
    found = []
    for path in sorted(files):
        relative = path.relative_to(root)
        unit = unit_of(relative)
        for line, module in imported(path.read_text(encoding="utf-8")):
            if not allowed(unit, module):
                found.append(f"{relative.as_posix()}:{line}: {unit} imports {module}")
    return found


def test_no_import_points_up_or_sideways_undeclared():
    assert forbidden_imports(ROOT) == []


@pytest.mark.parametrize(("file", "line", "why"), [
    ("minplan/content/loader.py", "from minplan.quiz.questions import Quiz", "the ground floor reaches up"),
    ("minplan/goal/branch.py", "from minplan.quiz.scoring import score", "a capability reaches sideways undeclared"),
    ("minplan/quiz/scoring.py", "import streamlit as st", "logic imports Streamlit"),
    ("minplan/quiz/scoring.py", "from views.session import t", "logic imports a view"),
    ("bench/class_load.py", "from deploy.run_local import cluster", "a bench depends on the deployment scripts"),
    ("deploy/run_local.py", "from bench.board import board_code", "deployment depends on a bench"),
    ("minplan/content/kinds.py", "def later():\n    from minplan.goal import jobs\n", "an import hidden in a function"),
])
def test_a_planted_forbidden_import_is_caught(tmp_path: Path, file: str, line: str, why: str):
    target = tmp_path / file
    target.parent.mkdir(parents=True)
    target.write_text(f"{line}\n", encoding="utf-8")
    assert len(forbidden_imports(tmp_path)) == 1, why


def test_a_new_capability_may_stand_on_the_ground_floor(tmp_path: Path):
    (tmp_path / "minplan" / "recordings").mkdir(parents=True)
    (tmp_path / "minplan" / "recordings" / "kinds.py").write_text("from minplan.content.registry import Kind\n", encoding="utf-8")
    assert forbidden_imports(tmp_path) == []


def test_the_ground_floor_imports_no_capability():
    units = {module.split(".")[1] for path in (ROOT / "minplan" / "content").rglob("*.py")
             for _, module in imported(path.read_text(encoding="utf-8")) if module.startswith("minplan.")}
    assert units == {"content"}
