"""When a rule holds: the one place that knows today's date and decides what has run out.

A text, a quiz question or a lesson may carry `valid_from` / `valid_until` (the last day the rule is known
to hold) and a `recheck` note. After `valid_until` the app still shows the text, with a notice; a quiz
question is left out of scoring and of the live class. `python -m minplan check --expired` and
`--expiring DAYS` list such items from the files themselves, with their lines.

"Today" is `MINPLAN_TODAY` (an ISO date) when it is set, so a test or a demo can fake a date without
touching the machine's clock; otherwise the machine's date.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from minplan.content.text import DATE_KEYS, parse_date

TODAY_VARIABLE = "MINPLAN_TODAY"


def today() -> dt.date:
    """The date the app and the checks treat as today: MINPLAN_TODAY when set to a valid date, else the clock's."""
    value = os.environ.get(TODAY_VARIABLE, "").strip()
    if value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return dt.date.today()


def expired(item: Any, on: dt.date | None = None) -> bool:
    """True when `item` (a text, a question, a lesson) states a rule whose last known day lies before `on`."""
    until = getattr(item, "valid_until", None)
    return until is not None and until < (on or today())


def not_yet(item: Any, on: dt.date | None = None) -> bool:
    """True when `item` states a rule that starts after `on`."""
    start = getattr(item, "valid_from", None)
    return start is not None and start > (on or today())


def in_force(item: Any, on: dt.date | None = None) -> bool:
    """True when `item` has no dates, or `on` lies within them."""
    on = on or today()
    return not expired(item, on) and not not_yet(item, on)


def runs_out_within(item: Any, days: int, on: dt.date | None = None) -> bool:
    """True when `item` still holds on `on` but its last known day is at most `days` days later."""
    on = on or today()
    until = getattr(item, "valid_until", None)
    return until is not None and on <= until <= on + dt.timedelta(days=days)


@dataclass(frozen=True, order=True)
class DatedItem:
    """A dated text, question or lesson found in a content file: where it is, its dates, and who checked it.

    `reviewed` is the day the facts around it were last checked: the lesson's (or the job catalogue's)
    `checked`, or for a quiz question the `checked` of the lesson it belongs to (filled in by the caller).
    """

    file: str
    line: int
    field: str
    valid_from: dt.date | None
    valid_until: dt.date | None
    recheck: str | None
    lesson: str | None = None
    reviewed: dt.date | None = None

    def kept_as_history(self) -> bool:
        """True when the facts were checked after the rule ran out: someone decided to keep it, with its notice."""
        return self.valid_until is not None and self.reviewed is not None and self.reviewed > self.valid_until


def dated_items(name: str, data: Any, line_of) -> Iterator[DatedItem]:
    """Every mapping in a file's raw YAML that carries dates or a re-check note, in file order.

    Dates that are not dates are skipped here: validation reports them with their line.
    """
    own_check = parse_date(data.get("checked")) if isinstance(data, dict) else None
    yield from _walk(name, data, (), line_of, None, own_check)


def _walk(name, node, path, line_of, lesson, reviewed) -> Iterator[DatedItem]:
    if isinstance(node, dict):
        lesson = node.get("lesson") if isinstance(node.get("lesson"), str) else lesson
        if any(key in node for key in DATE_KEYS):
            start, until = parse_date(node.get("valid_from")), parse_date(node.get("valid_until"))
            recheck = node.get("recheck") if isinstance(node.get("recheck"), str) else None
            if start or until or recheck:
                where = path + (("valid_until",) if until else ("valid_from",) if start else ("recheck",))
                yield DatedItem(name, line_of(where), ".".join(str(part) for part in where) or "file",
                                start, until, recheck, lesson, reviewed)
        for key, child in node.items():
            yield from _walk(name, child, path + (key,), line_of, lesson, reviewed)
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _walk(name, child, path + (index,), line_of, lesson, reviewed)


