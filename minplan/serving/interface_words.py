"""Streamlit's own English words (the file uploader's «Upload», a select list's «No results») replaced by ours.

Streamlit has no translations for the words its widgets draw, so the stylesheet hides them and shows
ours instead, as CSS `content`. The words are interface texts like any other (keys `learnphone.css_*` in
ui/learnphone.yaml); here they become CSS variables, one set per language, chosen by the language mark
that assets/js/remember.js puts on <html>. Norwegian is the default, for an address without a language.
"""
from __future__ import annotations

from pathlib import Path

from minplan.content.loader import content_root
from minplan.content.safe_yaml import read_yaml
from minplan.content.text import BASE_LANGUAGE, language_part

PREFIX = "learnphone.css_"
FILE = Path("ui") / "learnphone.yaml"
LANGUAGES = Path("ui") / "languages.yaml"


def css_string(text: str) -> str:
    """`text` as a quoted CSS string: quotes, backslashes and line ends escaped, so a word cannot end the rule."""
    escaped = "".join(f"\\{ord(letter):x} " if letter in '"\\\n\r<>' else letter for letter in text)
    return f'"{escaped}"'


def _read(root: Path, name: Path, field: str) -> dict | list | None:
    """One field of a YAML file under `root`, or None when the file is missing or unreadable (`minplan check` says why)."""
    path = root / name
    if not path.is_file():
        return None
    doc, problems = read_yaml(str(name), path.read_bytes())
    return None if problems or doc is None or not isinstance(doc.data, dict) else doc.data.get(field)


def words_css(root: Path | None = None) -> str:
    """CSS variables per language: `--minplan-<name>` for each `learnphone.css_<name>` key, and
    `--minplan-direction` (rtl for Arabic and Dari, from ui/languages.yaml); "" when the words are unreadable."""
    root = root or content_root()
    strings = _read(root, FILE, "strings")
    if not isinstance(strings, dict):
        return ""
    words = {key.removeprefix(PREFIX).replace("_", "-"): text for key, value in strings.items()
             if key.startswith(PREFIX) and (text := language_part(value))}
    listed = _read(root, LANGUAGES, "languages")
    right_to_left = {entry.get("code") for entry in listed if isinstance(entry, dict) and entry.get("direction") == "rtl"} \
        if isinstance(listed, list) else set()
    rules = []
    for code in dict.fromkeys(code for text in words.values() for code in text):
        chosen = [f"--minplan-{name}:{css_string(text.get(code) or text[BASE_LANGUAGE])}" for name, text in words.items()]
        chosen += ["--minplan-direction:rtl"] if code in right_to_left else []
        selector = ":root" if code == BASE_LANGUAGE else f':root[data-minplan-lang="{code}"]'
        rules.append(f"{selector}{{{';'.join(chosen)}}}")
    return "\n".join(rules)
