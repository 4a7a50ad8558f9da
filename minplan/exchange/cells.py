"""Spreadsheet cells that stay text: OWASP's advice against formula (CSV) injection.

A quiz or glossary text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would
be run as a formula when a teacher opens the Anki CSV or Quizlet text in a spreadsheet
(HYPERLINK, WEBSERVICE, DDE …). Such a cell gets a leading apostrophe, which spreadsheets
read as "this is text". The Kahoot xlsx needs no apostrophe: its cells are typed as strings.
"""
from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def plain_cell(text: str) -> str:
    """`text`, with an apostrophe before it when a spreadsheet would read it as a formula."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text
