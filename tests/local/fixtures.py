"""A scratch content tree with one or two made-up municipalities: the documented example (docs/kommune-eksempel)
and a second one made from it, as a deployment shared by two municipalities would hold them."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT

EXAMPLE = ROOT / "docs" / "kommune-eksempel" / "9901.yaml"
SECOND = "9902"


def add_example(tree: Path) -> Path:
    """Put the documented example in the tree's local/ folder, as a municipality would."""
    target = tree / "local" / "9901.yaml"
    target.write_bytes(EXAMPLE.read_bytes())
    return target


def add_second(tree: Path) -> Path:
    """A second made-up municipality with its own office, address and Statsforvalteren."""
    text = EXAMPLE.read_text(encoding="utf-8")
    for old, new in (('number: "9901"', f'number: "{SECOND}"'), ("Fjordvik kommune (eksempel)", "Elvdal kommune (eksempel)"),
                     ("Introduksjonssenteret i Fjordvik", "Elvdal læringssenter"), ("Storgata 1, 9990 Fjordvik", "Elvegata 2, 9991 Elvdal"),
                     ("Postboks 1, 9990 Fjordvik", "Postboks 2, 9991 Elvdal"), ("statsforvalter: vestland", "statsforvalter: troms-finnmark")):
        assert old in text, old
        text = text.replace(old, new)
    target = tree / "local" / f"{SECOND}.yaml"
    target.write_text(text, encoding="utf-8")
    return target


def put_placeholder(tree: Path, lesson_file: str, old: str, new: str) -> None:
    """Write a placeholder into every language of a lesson sentence (replacing `old` by `new` in the file)."""
    path = tree / "lessons" / lesson_file
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")
