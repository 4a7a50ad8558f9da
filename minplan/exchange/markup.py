"""Strip HTML tags and Markdown marks from imported text in one pass, in time linear in its length.

An uploaded file is untrusted, and the regular expressions this replaces backtracked: an unclosed
`<`, `[` or `](` made each following one scan to the end of the text, so 100 KB took half a minute.
Here each scan only moves forward, and a mark without a partner is kept as it is.
"""
from __future__ import annotations

import html
import re

_BREAK = re.compile(r"br\s*/?|/p", re.IGNORECASE)
"""A tag that ends a line (`<br>`, `<br/>`, `</p>`); every other tag is removed."""
_EMPHASIS = ("**", "__", "*", "`")
"""Markdown marks around a word, longest first, as Moodle's Markdown reads them."""
_MARK = re.compile(r"[*_`]")


def strip_html(text: str) -> str:
    """The text without tags (line-ending tags become line breaks), entities turned into characters."""
    out: list[str] = []
    index = 0
    while True:
        opening = text.find("<", index)
        closing = text.find(">", opening + 1) if opening >= 0 else -1
        if closing < 0:  # no later tag can close either: the rest is text
            out.append(text[index:])
            break
        out.append(text[index:opening])
        out.append("\n" if _BREAK.fullmatch(text, opening + 1, closing) else "")
        index = closing + 1
    return html.unescape("".join(out))


def strip_markdown(text: str) -> str:
    """`[words](address)` becomes `words (address)`; `**`, `__`, `*` and backticks around words are removed."""
    return "\n".join(_strip_emphasis(line) for line in _unlink(text).split("\n"))


def _unlink(text: str) -> str:
    out: list[str] = []
    index = 0
    while True:
        opening = text.find("[", index)
        closing = text.find("]", opening + 1) if opening >= 0 else -1
        end = text.find(")", closing + 2) if closing >= 0 and text.startswith("(", closing + 1) else -2
        if closing < 0 or end == -1:  # no `]` after the next `[`, or no `)` after `](`: no later link can close
            out.append(text[index:])
            break
        if closing > opening + 1 and end > closing + 2:
            out.append(f"{text[index:opening]}{text[opening + 1:closing]} ({text[closing + 2:end]})")
            index = end + 1
        else:  # empty words or address: every `[` up to here meets the same `]`, so none of them starts a link
            out.append(text[index:closing + 1])
            index = closing + 1
    return "".join(out)


def _strip_emphasis(line: str) -> str:
    """One line (a mark never spans lines). Where each mark occurs next is remembered, so no part is scanned twice."""
    found: dict[str, int] = {}

    def next_at(mark: str, start: int) -> int:
        known = found.get(mark)
        if known is None or 0 <= known < start:
            known = found[mark] = line.find(mark, start)
        return known

    out: list[str] = []
    index = plain_from = 0
    while index < len(line):
        for mark in _EMPHASIS:
            if line.startswith(mark, index):
                end = next_at(mark, index + len(mark) + 1)
                if end >= 0:
                    out.append(line[plain_from:index])
                    out.append(line[index + len(mark):end])
                    index = plain_from = end + len(mark)
                    break
        else:
            following = _MARK.search(line, index + 1)
            index = following.start() if following else len(line)
    out.append(line[plain_from:])
    return "".join(out)
