"""No value stops a page: any scalar YAML cannot read (impossible dates, odd numbers, huge integers) is a problem.

Hypothesis writes odd scalars into every kind of field of an uploaded quiz (numbers, ids, texts,
dates) and of a lesson; reading must never raise, and each refusal is a FILE:LINE: FIELD problem.
"""
from __future__ import annotations

import copy
import re

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minplan.content.models import Lesson
from minplan.content.validation import parse_model
from minplan.quiz.questions import read_quiz
from tests.quiz.test_format import LESSONS, VALID

DATES = r"[0-9]{1,5}-[0-9]{1,2}-[0-9]{1,2}([ Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]{0,12})?( ?(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?)?"
NUMBERS = r"[-+]?(0[xob])?[0-9a-fA-F_]{1,40}(\.[0-9_]*)?([eE][-+]?[0-9]{1,7})?"
SEXAGESIMAL = r"[-+]?[0-9]{1,4}(:[0-9_]{1,3}){1,4}(\.[0-9]*)?"
ODD = ["2026-11-31", "2026-02-30 10:00:00", "1e999999", "9" * 5000, ".inf", "-.Inf", ".NaN", "0o9", "0b2", "~", "null",
       "yes", "On", "0x_", "1__0", "-0", "2026-11-31T25:61:61Z", "99999-99-99"]
SCALARS = st.one_of(st.sampled_from(ODD), st.from_regex(DATES, fullmatch=True), st.from_regex(NUMBERS, fullmatch=True),
                    st.from_regex(SEXAGESIMAL, fullmatch=True))
PATHS = [("id",), ("pass_mark",), ("title", "nb"), ("questions", 0, "id"), ("questions", 0, "answer"),
         ("questions", 0, "options", 1, "id"), ("questions", 0, "prompt", "nb"), ("questions", 0, "lesson"),
         ("questions", 0, "valid_from",), ("questions", 0, "explanation", "valid_until")]
PROBLEM = re.compile(r"^[^:]+:\d+: [^:]+: .+", re.S)


def _with_raw(data: dict, path: tuple, marker: str) -> str:
    """The file's text with `marker` at `path`, then the marker swapped for the raw scalar (unquoted)."""
    changed = copy.deepcopy(data)
    place = changed
    for part in path[:-1]:
        place = place[part]
    place[path[-1]] = marker
    return yaml.safe_dump(changed, allow_unicode=True, sort_keys=False)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scalar=SCALARS, path=st.sampled_from(PATHS))
def test_an_uploaded_quiz_with_any_scalar_anywhere_gives_problems_not_an_error(scalar, path):
    raw = _with_raw(VALID, path, "MARKER").replace("MARKER", scalar).encode()
    quiz, problems = read_quiz("upload.yaml", raw, LESSONS)
    assert quiz is not None or problems
    assert all(PROBLEM.match(str(problem)) for problem in problems), problems


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scalar=SCALARS, key=st.sampled_from(["checked", "id", "order", "valid_from", "valid_until"]))
def test_a_lesson_with_any_scalar_in_any_field_gives_problems_not_an_error(scalar, key):
    raw = f"id: test\n{key}: {scalar}\ntitle: {{nb: Test}}\n".encode() if key != "id" else f"id: {scalar}\n".encode()
    lesson, _doc, problems = parse_model("lessons/x.yaml", raw, Lesson)
    assert lesson is not None or problems
    assert all(PROBLEM.match(str(problem)) for problem in problems), problems
