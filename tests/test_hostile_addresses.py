"""Anyone can edit a page's address: no value of any parameter may break a page or show Streamlit's error box."""
from __future__ import annotations

import pytest

from minplan.content.address import address_number
from tests.conftest import open_page, page_paths, run_app

PARAMETERS = ("step", "mode", "q_seed", "q_pos", "q_ans", "q_ask", "q_lesson", "done", "lang", "teacher", "skisse",
              "kode", "token")
HOSTILE = {
    "superscript two": "²",
    "arabic-indic three": "٣",
    "five thousand digits": "9" * 5000,
    "minus one": "-1",
    "exponent": "1e9",
    "control characters": "\x00\x1b[2J\u202e",
    "long garbage": "ø%&=" * 500,
}


@pytest.mark.parametrize("raw", ["²", "٣", "9" * 5000, "-1", "1e9", " 7", "7 ", "", "0x10", None, 7])
def test_only_short_ascii_digits_are_numbers(raw):
    assert address_number(raw, 10**12) is None


def test_a_plain_number_below_the_bound_is_read():
    assert address_number("42", 43) == 42
    assert address_number("43", 43) is None
    assert address_number("000000007", 10) == 7


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("page", page_paths())
def test_no_page_breaks_on_a_hostile_address(page, value):
    app = open_page(run_app({name: value for name in PARAMETERS if name != "mode"} | {"mode": "projector"}), page)
    assert not app.exception, app.exception[0].message if app.exception else ""
