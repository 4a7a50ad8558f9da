"""Support languages: the language list, the choice in the URL, the browser's suggestion, translation gaps."""
from __future__ import annotations

import pytest

from minplan.catalogue import catalogue
from minplan.catalogue import load_content
from minplan.content.languages import suggest_language
from minplan.content.models import Languages
from minplan.lesson.progress import Progress
from minplan.translation.gaps import count_by_language, translation_gaps
from minplan.content.validation import parse_model

CONTENT = load_content()
SUPPORT = ["en", "uk", "ar", "ti", "prs", "so"]


def test_the_six_support_languages_follow_norwegian():
    assert [language.code for language in CONTENT.languages] == ["nb", *SUPPORT]
    assert {language.code for language in CONTENT.languages if language.direction == "rtl"} == {"ar", "prs"}
    assert CONTENT.required_languages == ["en", "uk", "ar"]


def test_language_list_must_start_with_norwegian_and_know_its_required_languages():
    raw = b"languages:\n  - {code: en, name: English, direction: ltr, voices: [en]}\nrequired: [xx]\n"
    _, _, problems = parse_model("ui/languages.yaml", raw, Languages)
    assert "the first language must be nb" in problems[0].message


def test_unquoted_no_gets_a_helpful_message():
    raw = b"languages:\n  - {code: nb, name: Norsk, direction: ltr, voices: [nb, no]}\n"
    _, _, problems = parse_model("ui/languages.yaml", raw, Languages)
    assert "put them in quotes" in problems[0].message


def test_support_language_travels_in_the_url_and_unknown_ones_are_dropped():
    progress = Progress().with_support("ar")
    assert progress.to_query([]) == {"lang": "ar"}
    assert Progress.from_query({"lang": "ar"}, [], SUPPORT).support == "ar"
    assert Progress.from_query({"lang": "<script>"}, [], SUPPORT).support is None
    assert Progress.from_query({"lang": "nb"}, [], SUPPORT).support is None


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("uk-UA", "uk"), ("ar", "ar"), ("ar-EG", "ar"), ("fa-AF", "prs"), ("fa", "prs"), ("fa-IR", "prs"), ("FA_ir", "prs"),
     ("prs", "prs"), ("so_SO", "so"), ("ti-ER", "ti"), ("nb-NO", None), ("no", None), ("nn-NO", None), ("de-DE", None),
     ("", None), (None, None)],
)
def test_browser_language_suggests_a_support_language(locale, expected):
    """Every Persian phone (fa, fa-IR, fa-AF) is offered Dari; a Norwegian phone is offered nothing."""
    assert suggest_language(locale, CONTENT.languages) == expected


def test_translation_gaps_name_file_line_and_languages(content_tree):
    lesson = content_tree / "lessons" / "01-hva-er-en-integreringsplan.yaml"
    lines = lesson.read_text(encoding="utf-8").splitlines(keepends=True)
    title_ti = next(n for n, line in enumerate(lines) if line.startswith("  ti:"))
    lesson.write_text("".join(lines[:title_ti] + lines[title_ti + 1:]), encoding="utf-8")
    gaps, wanted, required = translation_gaps(catalogue(), content_tree)
    title = next(gap for gap in gaps if gap.file == "lessons/01-hva-er-en-integreringsplan.yaml" and gap.field == "title")
    assert (title.line, title.missing) == (3, ("ti",))
    assert str(title) == "lessons/01-hva-er-en-integreringsplan.yaml:3: title: no translation in ti"
    assert wanted == SUPPORT and required == ["en", "uk", "ar"]
    assert not any(gap.field.startswith("teacher_notes") for gap in gaps)
    assert count_by_language([title])["ti"] == 1
