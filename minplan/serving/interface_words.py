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


def css_string(text: str) -> str:
    """`text` as a quoted CSS string: quotes, backslashes and line ends escaped, so a word cannot end the rule."""
    escaped = "".join(f"\\{ord(letter):x} " if letter in '"\\\n\r<>' else letter for letter in text)
    return f'"{escaped}"'


def words_css(root: Path | None = None) -> str:
    """CSS variables `--minplan-<name>` for each `learnphone.css_<name>` key, per language; "" when the file is unreadable."""
    path = (root or content_root()) / FILE
    if not path.is_file():
        return ""
    doc, problems = read_yaml(str(FILE), path.read_bytes())
    if problems or doc is None or not isinstance(doc.data, dict) or not isinstance(doc.data.get("strings"), dict):
        return ""
    words = {key.removeprefix(PREFIX).replace("_", "-"): text for key, value in doc.data["strings"].items()
             if key.startswith(PREFIX) and (text := language_part(value))}
    languages = dict.fromkeys(code for text in words.values() for code in text)
    rules = []
    for code in languages:
        chosen = ";".join(f"--minplan-{name}:{css_string(text.get(code) or text[BASE_LANGUAGE])}" for name, text in words.items())
        selector = ":root" if code == BASE_LANGUAGE else f':root[data-minplan-lang="{code}"]'
        rules.append(f"{selector}{{{chosen}}}")
    return "\n".join(rules)
