"""Right-to-left text that keeps its left-to-right pieces in reading order.

An Arabic or Dari sentence often holds a Norwegian word in brackets, a class code such as
"7UH9XD", a nickname or a number. Left alone, the Unicode bidirectional algorithm splits a
code ("7 … UH9XD") or moves full stops to the wrong side. Wrapping each left-to-right piece
in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE keeps it whole and in order; the isolates
are invisible, survive Markdown, and work inside widget labels where no HTML is allowed.
A `{placeholder}` is isolated as a whole, so whatever is put into it later is isolated too.
"""
from __future__ import annotations

import re
from functools import lru_cache

FSI = "\u2068"
PDI = "\u2069"
RLM = "\u200f"

_LATIN = r"A-Za-z0-9\u00c0-\u024f"
_PIECE = re.compile(
    rf"{FSI}[^{PDI}]*{PDI}"  # already isolated: leave alone, so the function can run twice
    r"|\]\([^)\s]*\)"  # a Markdown link target: never touch an address
    r"|\{[A-Za-z_]*\}"  # a format placeholder: isolate it whole
    rf"|[{_LATIN}](?:[{_LATIN}]|[ .,:/'’\-–]+(?=[{_LATIN}]))*"  # a run of Latin words, digits and their inner punctuation
)

_LINE_START = re.compile(r"[ \t]*(?:(?:[-*+]|\d+[.)]|#+|>)[ \t]+)?")


def isolate_ltr(text: str) -> str:
    """Wrap every left-to-right piece of a right-to-left text (word, code, number, placeholder) in an isolate."""
    return _PIECE.sub(_wrap, text)


def _wrap(match: re.Match[str]) -> str:
    piece = match.group(0)
    if piece.startswith((FSI, "](")):
        return piece
    return f"{FSI}{piece}{PDI}"


def in_direction(text: str, direction: str) -> str:
    """A text ready to show in its language's direction: in right-to-left text the left-to-right pieces
    are isolated, and every line starts (after any Markdown list or heading mark) with a RIGHT-TO-LEFT
    MARK, so a line that opens with a Norwegian word or a name is still laid out and aligned right to left
    (the page takes each paragraph's direction from its first strong letter). Left-to-right text is unchanged."""
    if direction != "rtl":
        return text
    return _right_to_left(text) if len(text) <= _REMEMBERED_LENGTH else _right_to_left.__wrapped__(text)


_REMEMBERED_LENGTH = 2000
"""Texts up to this length are remembered: an Arabic page lays out the same lesson texts some 130 times
a run, on every tap (bench/rerun_ratio.py); a long upload is laid out afresh, so memory stays small."""


@lru_cache(maxsize=4096)
def _right_to_left(text: str) -> str:
    return "\n".join(_marked_line(line) for line in text.split("\n"))


def _marked_line(line: str) -> str:
    mark = _LINE_START.match(line).group(0)
    rest = line[len(mark):].removeprefix(RLM)
    return f"{mark}{RLM}{isolate_ltr(rest)}" if rest.strip() else line


def isolate(text: str) -> str:
    """One piece (a code, a nickname, a name in another script) isolated from the text around it."""
    return f"{FSI}{text}{PDI}"


def plain(text: str) -> str:
    """`text` without the invisible marks this module adds, for comparing texts or reading them aloud."""
    return text.replace(FSI, "").replace(PDI, "").replace(RLM, "")
