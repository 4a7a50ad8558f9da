"""The YAML reader refuses hostile files with a clear, line-numbered problem and never raises."""
from __future__ import annotations

import pytest

from minplan.content.safe_yaml import MAX_BYTES, read_yaml

ALIAS_BOMB = b"""a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]
"""


def test_good_yaml_gives_data_and_lines():
    doc, problems = read_yaml("x.yaml", b"id: a\ntitle:\n  nb: Hei\nlist:\n  - 1\n  - 2\n")
    assert problems == []
    assert doc.data == {"id": "a", "title": {"nb": "Hei"}, "list": [1, 2]}
    assert doc.line_of(("title", "nb")) == 3
    assert doc.line_of(("list", 1)) == 6
    assert doc.line_of(("list", 7, "missing")) == 4


@pytest.mark.parametrize(
    ("raw", "line", "words"),
    [
        (b"a: [1\nb: 2\n", 2, "cannot be read"),
        (b"a: 1\n  b: 2\n", 2, "cannot be read"),
        (b"a: 1\na: 2\n", 2, "appears twice"),
        (ALIAS_BOMB, 1, "aliases"),
        (b"a: !!python/object/apply:os.system ['echo owned']\n", 1, "not allowed"),
        (b"a: !!python/name:os.system\n", 1, "not allowed"),
        (b"a: !custom 1\n", 1, "not allowed"),
        (b"<<: {a: 1}\n", 1, "merge keys"),
        (b"[" * 10_000 + b"]" * 10_000, 1, "nested too deeply"),
        (b"a: " + b"[" * 100 + b"]" * 100, 1, "nested too deeply"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", 1, "binary"),
        (b"a: caf\xe9\n", 1, "UTF-8"),
        (b"", 1, "empty"),
        (b"# only a comment\n", 1, "empty"),
    ],
)
def test_hostile_or_broken_yaml_becomes_a_problem(raw, line, words):
    doc, problems = read_yaml("bad.yaml", raw)
    assert doc is None
    assert len(problems) == 1
    assert problems[0].line == line
    assert words in problems[0].message


def test_huge_file_is_refused_before_parsing():
    doc, problems = read_yaml("big.yaml", b"a: " + b"x" * (MAX_BYTES + 1))
    assert doc is None
    assert "too large" in problems[0].message


def test_python_tag_is_never_executed(tmp_path):
    marker = tmp_path / "owned"
    read_yaml("evil.yaml", f"a: !!python/object/apply:os.system ['touch {marker}']\n".encode())
    assert not marker.exists()
