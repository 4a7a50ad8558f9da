"""Put new translations into a content file's text, changing nothing else: order, comments, quoting of the
other values and line breaks stay as the editor left them.

A round trip through a YAML library rewrites more than the changed values (ruamel.yaml re-indents the nested
lists of a lesson's table rows), so this replaces the characters of each changed value where the parser found
them, from the end of the file backwards, and adds a missing language as a new key after the last one.
"""
from __future__ import annotations

import json
import re
import textwrap

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN_UNSAFE = re.compile(r"""^[\s\-?:,\[\]{}#&*!|>'"%@`]|: |\s#|\s$|^$""")


def set_texts(source: str, changes: dict[tuple, str]) -> str:
    """`source` with each (path to a text, language) -> new string written in; paths are tuples of keys/indexes."""
    root = yaml.compose(source, Loader=_Loader)
    edits: list[tuple[int, int, str]] = []
    for (path, language), value in changes.items():
        text_node = _node_at(root, path)
        value_node = next((v for k, v in text_node.value if k.value == language), None)
        if value_node is not None:
            start, end = value_node.start_mark.index, value_node.end_mark.index
            end = start + len(source[start:end].rstrip())  # a block scalar's end takes in the line breaks after it
            if value_node.style == ">" and _foldable(value):
                edits.append((start, end, _folded(value, source[start:end], value_node.start_mark.column)))
            else:
                edits.append((start, end, _scalar(value, value_node.style, text_node.flow_style)))
        else:
            edits.append(_new_key(source, text_node, language, value))
    for start, end, replacement in sorted(edits, reverse=True):
        source = source[:start] + replacement + source[end:]
    return source


def _node_at(node: yaml.Node, path: tuple) -> yaml.MappingNode:
    for part in path:
        if isinstance(node, yaml.SequenceNode):
            node = node.value[int(part)]
        else:
            node = next(value for key, value in node.value if key.value == str(part))
    return node


def _scalar(value: str, style: str | None, flow: bool) -> str:
    """Plain when the old value was plain and the new one reads back the same; else double-quoted."""
    if style in (None, "") and "\n" not in value and not _PLAIN_UNSAFE.search(value) and not (flow and re.search(r"[,{}\[\]]", value)):
        try:
            if yaml.load(f"k: {value}", Loader=_Loader) == {"k": value}:
                return value
        except yaml.YAMLError:
            pass
    return json.dumps(value, ensure_ascii=False)


def _foldable(value: str) -> bool:
    return "\n" not in value and value == value.strip() and "  " not in value and "\t" not in value


def _folded(value: str, old: str, column: int) -> str:
    """A folded block (`>-`) as the editor wrote it: the old indentation, lines about as long as before."""
    head, *lines = old.split("\n")
    indent = re.match(r" *", lines[0]).group() if lines else " " * (column + 2)
    width = max((len(line) for line in lines), default=100)
    return head + "\n" + "\n".join(textwrap.wrap(value, width=max(width, 40), initial_indent=indent, subsequent_indent=indent,
                                               break_long_words=False, break_on_hyphens=False))


def _new_key(source: str, node: yaml.MappingNode, language: str, value: str) -> tuple[int, int, str]:
    """An insertion of `language: value` as the mapping's last key (block or flow style)."""
    quoted = json.dumps(value, ensure_ascii=False)
    last_key, last_value = node.value[-1]
    if node.flow_style:
        end = last_value.end_mark.index
        return end, end, f", {language}: {quoted}"
    indent = " " * last_key.start_mark.column
    end = source.find("\n", last_value.end_mark.index)
    end = len(source) if end < 0 else end
    return end, end, f"\n{indent}{language}: {quoted}"
