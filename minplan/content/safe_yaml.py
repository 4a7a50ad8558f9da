"""Read untrusted YAML into plain data plus the line of every value.

Content files are edited by hand on servers we do not control and may be
uploaded by teachers, so the reader refuses what could hurt the process
(huge or binary files, alias bombs, deep nesting, Python tags) and reports
each refusal as a Problem instead of raising.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from minplan.content.problems import THE_FILE, Problem, Said, said

MAX_BYTES = 512 * 1024
MAX_NODES = 50_000
MAX_DEPTH = 40

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"

Path_ = tuple[Any, ...]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's C parser when PyYAML has it (ten times faster); the same safe constructor either way."""


@dataclass
class YamlDoc:
    """Parsed data, and the 1-based line where each path (a tuple of keys and indexes) starts."""

    data: Any = None
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int:
        """The line of the deepest part of `path` that exists in the file."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1


class _Refused(Exception):
    """Raised inside the walk to stop at the first thing we will not read."""

    def __init__(self, line: int, message: str, message_said: Said):
        super().__init__(message)
        self.line = line
        self.message = message
        self.said = message_said


def read_yaml(name: str, raw: bytes) -> tuple[YamlDoc | None, list[Problem]]:
    """Parse `raw` (the bytes of file `name`); return the document or the problems that stop it."""
    if len(raw) > MAX_BYTES:
        size, limit = -(-len(raw) // 1024), MAX_BYTES // 1024  # rounded up: a file just over the limit is not «512 KB; at most 512 KB»
        return None, [Problem(name, 1, "file", f"the file is too large ({size} KB; at most {limit} KB)",
                              said("giftwords.too_large", size=size, limit=limit), THE_FILE)]
    if b"\x00" in raw:
        return None, [Problem(name, 1, "file", "this is not a text file (it holds binary data)", said("giftwords.binary"), THE_FILE)]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [Problem(name, line, "file", "the text is not UTF-8; save the file as UTF-8", said("giftwords.not_utf8"), THE_FILE)]
    loader = _Loader(text)
    try:
        _refuse_deep_nesting(text)
        node = loader.get_single_node()
        if node is None:
            return None, [Problem(name, 1, "file", "the file is empty", said("giftwords.empty"), THE_FILE)]
        doc = YamlDoc()
        doc.data = _Walker(loader, doc).walk(node, (), 0)
        return doc, []
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        what = error.problem or error.context or "broken YAML"
        return None, [Problem(name, line, "yaml", f"the YAML cannot be read: {what}", said("yamlwords.broken", what=what), THE_FILE)]
    except yaml.YAMLError as error:
        return None, [Problem(name, 1, "yaml", f"the YAML cannot be read: {error}", said("yamlwords.broken", what=error), THE_FILE)]
    except RecursionError:
        return None, [Problem(name, 1, "yaml", "the file is nested too deeply", said("yamlwords.too_deep"), THE_FILE)]
    except _Refused as refused:
        return None, [Problem(name, refused.line, "yaml", refused.message, refused.said, THE_FILE)]
    finally:
        loader.dispose()


def _refuse_deep_nesting(text: str) -> None:
    """Count nesting on the parser's flat event stream, before any tree is built.

    libyaml's composer recurses once per level while it builds nodes, so a small file of
    nothing but `[` would overflow the C stack and kill the whole server (not a Python
    RecursionError that could be caught). The event parser keeps its own stack, so it is safe.
    """
    depth = 0
    events = yaml.parse(text, Loader=_Loader)
    try:
        for event in events:
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _Refused(event.start_mark.line + 1, f"the file is nested too deeply (more than {MAX_DEPTH} levels)",
                                   said("yamlwords.too_deep"))
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    finally:
        events.close()


class _Walker:
    """Turns composed nodes into dicts, lists and scalars, recording lines and refusing tricks."""

    def __init__(self, loader: Any, doc: YamlDoc):
        self.loader = loader
        self.doc = doc
        self.seen: set[int] = set()

    def walk(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        line = node.start_mark.line + 1
        if id(node) in self.seen:
            raise _Refused(line, "anchors and aliases (& and *) are not allowed; write the text out in full", said("yamlwords.alias"))
        self.seen.add(id(node))
        if len(self.seen) > MAX_NODES:
            raise _Refused(line, f"the file has too many values (more than {MAX_NODES})", said("yamlwords.too_many_values", most=MAX_NODES))
        if depth > MAX_DEPTH:
            raise _Refused(line, "the file is nested too deeply", said("yamlwords.too_deep"))
        self.doc.lines.setdefault(path, line)
        if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
            return self._mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
            return [self.walk(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode) and node.tag in _PLAIN_TAGS:
            try:
                return self.loader.construct_object(node)
            except ValueError:
                # A date that does not exist (2026-13-01) stays text, so the model names its field and line.
                return node.value
        raise _Refused(line, f"the tag {node.tag} is not allowed; use plain text, numbers, lists and mappings",
                       said("yamlwords.tag", tag=node.tag))

    def _mapping(self, node: yaml.MappingNode, path: Path_, depth: int) -> dict:
        result: dict = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                raise _Refused(line, "a key must be a plain word (merge keys << are not allowed)", said("yamlwords.key_plain"))
            key = self.walk(key_node, path, depth + 1)
            if isinstance(key, (int, float, bool)) or key is None:
                key = str(key).lower() if isinstance(key, bool) else str(key)
            if key in result:
                raise _Refused(line, f"the key '{key}' appears twice in the same mapping", said("yamlwords.key_twice", key=key))
            self.doc.lines[path + (key,)] = line
            result[key] = self.walk(value_node, path + (key,), depth + 1)
        return result
