"""Uploaded text is read in time linear in its length: long runs of every special character of GIFT,
Markdown and HTML, as a property test (Hypothesis) and as one large file per character."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from minplan.content.safe_yaml import MAX_BYTES
from minplan.exchange.gift_import import import_gift
from minplan.exchange.gift_parse import SPECIAL, plain
from minplan.exchange.markup import strip_html, strip_markdown

LESSON = "hvem-lager-planen"
RUNS = sorted(set(SPECIAL) | set("*_`[]()!<>&;/%$-\n ") | {"[a](", "<a", "[a", "*a", "](", "**", "__", "&amp;", "<br", "::", "->", "\\n"})
"""Every character that means something in GIFT, Markdown or HTML, and the pairs whose partner never comes."""

pieces = st.lists(st.tuples(st.sampled_from(RUNS), st.integers(1, 400)), min_size=1, max_size=12)


def _text(parts: list[tuple[str, int]]) -> str:
    return "".join(unit * count for unit, count in parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces, st.sampled_from(["", "[markdown]", "[html]", "::name::", "$CATEGORY: x\n"]))
def test_any_run_of_special_characters_gives_a_result_or_problems_never_an_error(parts, head):
    raw = (head + _text(parts) + " {=a ~b}").encode()
    result = import_gift("fuzz.gift", raw, [LESSON], "fuzz", LESSON)
    lines = raw.count(b"\n") + 1
    assert all(1 <= problem.line <= lines for problem in result.problems), result.problems
    assert result.quiz is not None or result.problems
    assert result.left_out <= lines


@settings(max_examples=150, deadline=None)
@given(pieces)
def test_stripping_never_grows_the_text(parts):
    text = _text(parts)
    assert len(strip_html(text)) <= len(text)
    assert len(strip_markdown(text)) <= len(text)
    for format in ("moodle", "html", "markdown", "plain"):
        assert len(plain(text, format)) <= len(text)


@pytest.mark.parametrize("unit", ["[a](", "<a", "[a", "*a", "](", "**a", "&", "\\{", "~", "<br "])
@pytest.mark.parametrize("format", ["[markdown]", "[html]"])
def test_a_file_of_one_long_run_is_read_in_about_a_second(unit, format):
    """Half a megabyte (the upload limit) of one run took minutes when the clean-up backtracked."""
    body = unit * ((MAX_BYTES - 200) // len(unit))
    started = time.perf_counter()
    result = import_gift("run.gift", f"{format}Q {body} ? {{=a ~b}}".encode(), [LESSON], "run", LESSON)
    assert time.perf_counter() - started < 10, "linear: well under a second on an idle machine"
    assert result.quiz is not None or result.problems
