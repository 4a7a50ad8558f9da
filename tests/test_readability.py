"""Every lesson file reads at LIX 35 or lower (plain Norwegian), measured with the shared tool."""
from __future__ import annotations

import importlib.util

import pytest
import yaml

from tests.conftest import ROOT

LIX_TOOL = ROOT.parent / "shared" / "tools" / "lix.py"
GOAL = 35
FILES = sorted((ROOT / "lessons").glob("*.yaml"))


def _lix_module():
    if not LIX_TOOL.exists():
        pytest.skip(f"the shared LIX tool is not beside the repository ({LIX_TOOL})")
    spec = importlib.util.spec_from_file_location("lix", LIX_TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_lesson_text_is_plain_enough(path):
    lix = _lix_module()
    units = list(lix.strings_in(yaml.safe_load(path.read_text(encoding="utf-8")), "nb"))
    score, words, _, _ = lix.lix(units)
    assert words > 0
    assert score <= GOAL, f"{path.name}: LIX {score:.1f} is above {GOAL}; use shorter sentences and words"
