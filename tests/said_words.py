"""Checks shared by the tests of problems said in the reader's languages (Problem.said): the upload pages of a
GIFT file (tests/exchange/test_gift_words.py) and of a YAML quiz (tests/quiz/test_yaml_words.py)."""
from __future__ import annotations

import re
from collections.abc import Iterable

import yaml

from minplan.content.problems import Problem
from tests.conftest import ROOT

LANGUAGES = ["nb", "en", "uk", "ar", "ti", "prs", "so"]
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def words(*names: str) -> dict[str, dict[str, str]]:
    """The interface words of ui/<name>.yaml for each name, by key."""
    return {key: texts for name in names
            for key, texts in yaml.safe_load((ROOT / "ui" / f"{name}.yaml").read_text(encoding="utf-8"))["strings"].items()}


def assert_in_every_language(said_words: dict[str, dict[str, str]], keys: Iterable[str]) -> None:
    """Each key is written in all seven languages, none empty, each with the placeholders of the Norwegian."""
    for key in keys:
        texts = said_words[key]
        assert list(texts) == LANGUAGES, key
        wanted = set(_PLACEHOLDER.findall(texts["nb"]))
        for code in LANGUAGES:
            assert texts[code].strip() and set(_PLACEHOLDER.findall(texts[code])) == wanted, (key, code)


def assert_values_given(said_words: dict[str, dict[str, str]], problems: Iterable[Problem]) -> None:
    """Every placeholder of every sentence of each problem's message has its value."""
    for problem in problems:
        given = {name for name, _ in problem.said.values}
        for key in problem.said.keys:
            assert set(_PLACEHOLDER.findall(said_words[key]["nb"])) <= given, (key, given)
