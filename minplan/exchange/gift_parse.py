"""Read a GIFT file (Moodle's plain-text quiz format) into blocks, the way Moodle's own reader does.

Only the syntax lives here: comments, blank-line separated questions, `$CATEGORY:`, `::name::`,
`[html]`-style format markers, escapes and the `{…}` answer part. What a block means for Min plan
is decided in gift_import.py. A teacher's file is untrusted: it is refused, as a Problem, when it is
too large, binary, not UTF-8 or holds control characters, and it is never parsed recursively.
Each problem also carries its message as interface keys (ui/giftwords.yaml), so the page can say it in
Norwegian and the support language while the command line prints the English.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from minplan.content.problems import THE_FILE, Problem, Said, said
from minplan.content.safe_yaml import MAX_BYTES
from minplan.exchange.markup import strip_html, strip_markdown

SPECIAL = "~=#{}:\\"
"""The characters a backslash escapes in GIFT."""

_PROTECT = {char: chr(0xE000 + index) for index, char in enumerate(SPECIAL)}
_NEW_LINE = chr(0xE000 + len(SPECIAL))
"""An escaped `\\n`: a line break in the text, kept apart from the file's own lines so problems name the right line."""
_RESTORE = str.maketrans({code: char for char, code in _PROTECT.items()} | {_NEW_LINE: "\n"})
_ESCAPE = re.compile(r"\\([~=#{}:\\n])")
_UNREADABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ufffd]")
"""A control character other than tab (Unicode's Cc), or a byte that was not UTF-8."""
FORMATS = ("html", "moodle", "plain", "markdown")


@dataclass(frozen=True)
class Block:
    """One question as written: its line, category, name, text format, text and raw answer part.

    `text` and `answers` still hold escaped characters as private placeholders, so that `~ = # { }`
    written as `\\~` are never read as syntax; `plain()` turns them back into the characters.
    """

    line: int
    category: str | None
    name: str | None
    format: str
    text: str
    answers: str | None
    blank: bool
    """True when words follow the answer part (Moodle's missing word): the text then holds a blank."""
    answers_line: int = 0
    """The line of the `{` that opens the answers (the question's line when it has none), for problems in them."""


def plain(text: str, format: str = "moodle") -> str:
    """The readable text: escapes restored, HTML tags or Markdown marks removed, spaces tidied.

    A part may carry its own marker (`~[html]<b>x</b>`); otherwise it has the question's format, as in Moodle.
    """
    marker = re.match(r"\s*\[(\w+)\]", text)
    if marker and marker.group(1).lower() in FORMATS:
        format, text = marker.group(1).lower(), text[marker.end():]
    text = text.translate(_RESTORE)
    if format == "html":
        text = strip_html(text)
    elif format == "markdown":
        text = strip_markdown(text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    joiner = " " if format in ("html", "markdown") else "\n"
    return joiner.join(line for line in lines if line).strip()


def read_gift(name: str, raw: bytes) -> tuple[list[Block], list[Problem], int]:
    """The question blocks of a GIFT file, the problems, and how many questions were left out.

    A question with an unreadable line or broken syntax is listed at its own line and left out; the rest
    is read. Only a file that is too large, binary or empty is refused as a whole."""
    text, unreadable, refused = _decode(name, raw)
    if refused:
        return [], refused, 0
    blocks: list[Block] = []
    problems: list[Problem] = []
    category: str | None = None
    for line, lines in _chunks(text):
        bad = next((number for number in range(line, line + len(lines)) if number in unreadable), None)
        if bad is not None:
            message, why = unreadable[bad]
            problems.append(Problem(name, bad, f"question at line {line}", f"{message}; left out",
                                    why.then("giftwords.left_out"), question_at(line)))
            continue
        if lines[0].strip().startswith("$CATEGORY:"):
            category = plain(lines[0].strip()[len("$CATEGORY:"):])
            lines, line = lines[1:], line + 1
            if not lines:
                continue
        block, problem = _block(name, line, category, lines)
        if problem:
            problems.append(problem)
        elif block:
            blocks.append(block)
    return blocks, problems, len(problems)


def question_at(line: int) -> Said:
    """The field of a question without a name, as interface words: «question at line N»."""
    return said("giftwords.place_question", line=line)


def _file_problem(name: str, message: str, why: Said) -> list[Problem]:
    return [Problem(name, 1, "file", message, why, THE_FILE)]


def _decode(name: str, raw: bytes) -> tuple[str, dict[int, tuple[str, Said]], list[Problem]]:
    """The file as text, the lines that cannot be read (by number, with why), or why the whole file cannot be read.

    UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark are read, as Windows saves them;
    the same size limit as for a YAML upload."""
    if len(raw) > MAX_BYTES:
        size, limit = len(raw) // 1024, MAX_BYTES // 1024
        return "", {}, _file_problem(name, f"the file is too large ({size} KB; at most {limit} KB)",
                                     said("giftwords.too_large", size=size, limit=limit))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    elif b"\x00" in raw:
        return "", {}, _file_problem(name, "this is not a text file (it holds binary data)", said("giftwords.binary"))
    else:
        text = raw.decode("utf-8", errors="replace").removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    unreadable: dict[int, tuple[str, Said]] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        found = _UNREADABLE.search(line)
        bad = found.group() if found else None
        if bad == "\ufffd":
            unreadable[number] = "the line is not UTF-8; save the file as UTF-8", said("giftwords.not_utf8")
        elif bad is not None:
            code = f"U+{ord(bad):04X}"
            unreadable[number] = f"the line holds a control character ({code}); remove it", said("giftwords.control", code=code)
    if not text.strip():
        return "", {}, _file_problem(name, "the file is empty", said("giftwords.empty"))
    return text, unreadable, []


def _chunks(text: str) -> list[tuple[int, list[str]]]:
    """Questions are separated by blank lines; comment lines (`//`) are dropped first."""
    chunks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.lstrip().startswith("//"):
            continue
        if not line.strip():
            if current:
                chunks.append((start, current))
            current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        chunks.append((start, current))
    return chunks


def _protect(text: str) -> str:
    """Escaped special characters become placeholders, `\\n` a line break of its own, as in Moodle; one pass."""
    return _ESCAPE.sub(lambda found: _NEW_LINE if found.group(1) == "n" else _PROTECT[found.group(1)], text)


def _block(name: str, line: int, category: str | None, lines: list[str]) -> tuple[Block | None, Problem | None]:
    text = full = _protect("\n".join(lines).strip())
    title = None
    if text.startswith("::"):
        end = text.find("::", 2)
        if end < 0:
            return None, Problem(name, line, "name", "the question name is not closed with ::",
                                 said("giftwords.name_open", code="::"), said("giftwords.place_name"))
        title, text = plain(text[2:end]), text[end + 2:].lstrip()
    field, place = (title, None) if title else (f"question at line {line}", question_at(line))
    format = "moodle"
    marker = re.match(r"\[(\w+)\]", text)
    if marker and marker.group(1).lower() in FORMATS:
        format, text = marker.group(1).lower(), text[marker.end():]
    opening, closing = text.find("{"), text.rfind("}")
    if opening < 0:
        if closing >= 0:
            at = line + full.count("\n", 0, len(full) - len(text) + closing)
            return None, Problem(name, at, field, "a } has no { before it; write \\} for the character itself",
                                 said("giftwords.closing_alone", close="}", open="{", code="\\}"), place)
        return Block(line, category, title, format, text, None, False), None
    at = line + full.count("\n", 0, len(full) - len(text) + opening)
    if closing < opening:
        return None, Problem(name, at, field, "the answers are not closed with }", said("giftwords.answers_open", close="}"), place)
    answers = text[opening + 1:closing]
    if "{" in answers or "}" in answers:
        return None, Problem(name, at, field, "the answers hold another { or }; write \\{ and \\} for the characters themselves",
                             said("giftwords.answers_nested", open="{", close="}", open_code="\\{", close_code="\\}"), place)
    after = text[closing + 1:]
    blank = bool(after.strip())
    question = text[:opening] + ("_____" if blank else "") + after
    return Block(line, category, title, format, question, answers, blank, at), None
