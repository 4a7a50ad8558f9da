"""Turn YAML bytes into a model, or into Problems that name file, line and field in plain words."""
from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from minplan.content.problems import THE_FILE, Problem, Said, said
from minplan.content.safe_yaml import YamlDoc, read_yaml

M = TypeVar("M", bound=BaseModel)


def parse_model(name: str, raw: bytes, model: type[M]) -> tuple[M | None, YamlDoc | None, list[Problem]]:
    """Read `raw` safely and validate it as `model`; problems instead of exceptions."""
    doc, problems = read_yaml(name, raw)
    if doc is None:
        return None, None, problems
    if not isinstance(doc.data, dict):
        return None, doc, [Problem(name, 1, "file", "the file must be a mapping of fields (key: value lines), not a list or a single value",
                                   said("yamlwords.not_mapping"), THE_FILE)]
    try:
        return model.model_validate(doc.data), doc, []
    except ValidationError as error:
        return None, doc, [_problem(name, doc, detail) for detail in error.errors()]


def _problem(name: str, doc: YamlDoc, detail: dict) -> Problem:
    loc = tuple(detail["loc"])
    if detail["type"] == "text_date":
        loc += ((detail.get("ctx") or {})["key"],)
    field = ".".join(str(part) for part in loc) or "file"
    message, message_said = explain(detail)
    return Problem(name, doc.line_of(loc), field, message, message_said)


def plain_message(detail: dict) -> str:
    """Say a pydantic error the way a content editor would understand it."""
    return explain(detail)[0]


_SAID = {
    "missing": ("missing", "is missing"),
    "extra_forbidden": ("unknown_field", "is not a field we know; check the spelling or remove it"),
    "string_type": ("text", "must be text"),
    "int_type": ("whole_number", "must be a whole number"),
    "int_parsing": ("whole_number", "must be a whole number"),
    "int_from_float": ("whole_number", "must be a whole number"),
    "bool_type": ("true_false", "must be true or false"),
    "bool_parsing": ("true_false", "must be true or false"),
    "list_type": ("list", "must be a list (lines that start with -)"),
    "dict_type": ("texts", "must be texts by language code, like  nb: ..."),
    "model_type": ("mapping", "must be a mapping of fields (key: value lines)"),
    "model_attributes_type": ("mapping", "must be a mapping of fields (key: value lines)"),
    "string_pattern_mismatch": ("id", "must be small letters, digits and hyphens, like hvem-lager-planen"),
    "date_type": ("date", "must be a date like 2026-11-23"),
    "date_parsing": ("date", "must be a date like 2026-11-23"),
    "date_from_datetime_parsing": ("date", "must be a date like 2026-11-23"),
    "date_from_datetime_inexact": ("date_no_time", "must be a date like 2026-11-23, without a time"),
    "url_parsing": ("web_address", "must be a web address that starts with https://"),
    "url_scheme": ("web_address", "must be a web address that starts with https://"),
    "url_type": ("web_address", "must be a web address that starts with https://"),
    "float_type": ("number", "must be a number"),
    "float_parsing": ("number", "must be a number"),
}
"""Pydantic's error types that need no value: the key in ui/yamlwords.yaml (yamlwords.…) and the English."""


def explain(detail: dict) -> tuple[str, Said | None]:
    """A pydantic error in plain English (as `minplan check` prints it) and as interface keys (ui/yamlwords.yaml),
    or None where the app has no words for it yet (it then shows the English line)."""
    kind, ctx = detail["type"], detail.get("ctx") or {}
    carried = ctx.get("said") or getattr(ctx.get("error"), "said", None)
    message = detail["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if isinstance(carried, Said):
        return message, carried
    if kind == "string_type" and isinstance(detail.get("input"), bool):
        return ("must be text; YAML reads words like no, yes, on and off as true/false, so put them in quotes",
                said("yamlwords.yes_no"))
    if kind in _SAID:
        key, english = _SAID[kind]
        return english, said(f"yamlwords.{key}")
    if kind == "too_short":
        least, count = ctx.get("min_length"), ctx.get("actual_length")
        return f"needs at least {least} items (has {count})", said("yamlwords.too_few", least=least, count=count)
    if kind == "too_long":
        most, count = ctx.get("max_length"), ctx.get("actual_length")
        return f"may have at most {most} items (has {count})", said("yamlwords.too_many", most=most, count=count)
    if kind == "string_too_short":
        least = ctx.get("min_length")
        return f"needs at least {least} characters", said("yamlwords.characters_least", least=least)
    if kind == "string_too_long":
        most = ctx.get("max_length")
        return f"may have at most {most} characters", said("yamlwords.characters_most", most=most)
    if kind == "literal_error":
        value, allowed = detail["input"], ctx.get("expected")
        listed = str(allowed).replace(" or ", ", ")  # pydantic writes "'a', 'b' or 'c'"; the English "or" stays out of the page
        return f"'{value}' is not allowed here; use one of {allowed}", said("yamlwords.literal", value=value, allowed=listed)
    if kind in ("greater_than_equal", "greater_than"):
        limit = ctx.get("ge", ctx.get("gt"))
        return f"must be at least {limit}", said("yamlwords.at_least", limit=limit)
    if kind in ("less_than_equal", "less_than"):
        limit = ctx.get("le", ctx.get("lt"))
        return f"must be at most {limit}", said("yamlwords.at_most", limit=limit)
    return message, None
