"""Turn YAML bytes into a model, or into Problems that name file, line and field in plain words."""
from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from minplan.content.problems import Problem
from minplan.content.safe_yaml import YamlDoc, read_yaml

M = TypeVar("M", bound=BaseModel)


def parse_model(name: str, raw: bytes, model: type[M]) -> tuple[M | None, YamlDoc | None, list[Problem]]:
    """Read `raw` safely and validate it as `model`; problems instead of exceptions."""
    doc, problems = read_yaml(name, raw)
    if doc is None:
        return None, None, problems
    if not isinstance(doc.data, dict):
        return None, doc, [Problem(name, 1, "file", "the file must be a mapping of fields (key: value lines), not a list or a single value")]
    try:
        return model.model_validate(doc.data), doc, []
    except ValidationError as error:
        return None, doc, [_problem(name, doc, detail) for detail in error.errors()]


def _problem(name: str, doc: YamlDoc, detail: dict) -> Problem:
    loc = tuple(detail["loc"])
    if detail["type"] == "text_date":
        loc += ((detail.get("ctx") or {})["key"],)
    field = ".".join(str(part) for part in loc) or "file"
    return Problem(name, doc.line_of(loc), field, plain_message(detail))


def plain_message(detail: dict) -> str:
    """Say a pydantic error the way a content editor would understand it."""
    kind, ctx = detail["type"], detail.get("ctx") or {}
    if kind == "string_type" and isinstance(detail.get("input"), bool):
        return "must be text; YAML reads words like no, yes, on and off as true/false, so put them in quotes"
    messages = {
        "missing": "is missing",
        "extra_forbidden": "is not a field we know; check the spelling or remove it",
        "string_type": "must be text",
        "int_type": "must be a whole number",
        "int_parsing": "must be a whole number",
        "int_from_float": "must be a whole number",
        "bool_type": "must be true or false",
        "bool_parsing": "must be true or false",
        "list_type": "must be a list (lines that start with -)",
        "dict_type": "must be texts by language code, like  nb: ...",
        "model_type": "must be a mapping of fields (key: value lines)",
        "model_attributes_type": "must be a mapping of fields (key: value lines)",
        "string_pattern_mismatch": "must be small letters, digits and hyphens, like hvem-lager-planen",
        "date_type": "must be a date like 2026-11-23",
        "date_parsing": "must be a date like 2026-11-23",
        "date_from_datetime_parsing": "must be a date like 2026-11-23",
        "date_from_datetime_inexact": "must be a date like 2026-11-23, without a time",
        "url_parsing": "must be a web address that starts with https://",
        "url_scheme": "must be a web address that starts with https://",
        "url_type": "must be a web address that starts with https://",
        "float_type": "must be a number",
        "float_parsing": "must be a number",
    }
    if kind in messages:
        return messages[kind]
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} items (has {ctx.get('actual_length')})"
    if kind == "too_long":
        return f"may have at most {ctx.get('max_length')} items (has {ctx.get('actual_length')})"
    if kind == "string_too_short":
        return f"needs at least {ctx.get('min_length')} characters"
    if kind == "string_too_long":
        return f"may have at most {ctx.get('max_length')} characters"
    if kind == "literal_error":
        return f"'{detail['input']}' is not allowed here; use one of {ctx.get('expected')}"
    if kind in ("greater_than_equal", "greater_than"):
        return f"must be at least {ctx.get('ge', ctx.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"must be at most {ctx.get('le', ctx.get('lt'))}"
    message = detail["msg"]
    return message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
