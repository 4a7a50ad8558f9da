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

FSI = "\u2068"
PDI = "\u2069"

_LATIN = r"A-Za-z0-9\u00c0-\u024f"
_PIECE = re.compile(
    rf"{FSI}[^{PDI}]*{PDI}"  # already isolated: leave alone, so the function can run twice
    r"|\]\([^)\s]*\)"  # a Markdown link target: never touch an address
    r"|\{[A-Za-z_]*\}"  # a format placeholder: isolate it whole
    rf"|[{_LATIN}](?:[{_LATIN}]|[ .,:/'’\-–]+(?=[{_LATIN}]))*"  # a run of Latin words, digits and their inner punctuation
)


def isolate_ltr(text: str) -> str:
    """Wrap every left-to-right piece of a right-to-left text (word, code, number, placeholder) in an isolate."""
    return _PIECE.sub(_wrap, text)


def _wrap(match: re.Match[str]) -> str:
    piece = match.group(0)
    if piece.startswith((FSI, "](")):
        return piece
    return f"{FSI}{piece}{PDI}"


def in_direction(text: str, direction: str) -> str:
    """A text ready to show in its language's direction: left-to-right pieces of a right-to-left
    text isolated (the page lays each paragraph out by its first strong letter outside the
    isolates, so an Arabic sentence opening with a Norwegian word still runs right to left)."""
    return isolate_ltr(text) if direction == "rtl" else text


def isolate(text: str) -> str:
    """One piece (a code, a nickname, a name in another script) isolated from the text around it."""
    return f"{FSI}{text}{PDI}"
