"""A lesson's first lines as plain HTML (minplan/lesson/preview.py): the same texts as the page's top, escaped."""
from __future__ import annotations

from html import escape

from minplan.catalogue import load_content
from minplan.content.bidi import RLM
from minplan.lesson.preview import lesson_preview

CONTENT = load_content()
LESSON = CONTENT.lessons[0]


def test_norwegian_alone_has_the_title_goal_and_every_key_point_and_no_support_block():
    html = lesson_preview(LESSON, CONTENT)
    for text in (LESSON.title["nb"], LESSON.goal["nb"], *(point["nb"] for point in LESSON.key_points)):
        assert escape(text) in html
    assert f"Leksjon 1 av {len(CONTENT.lessons)}" in html and "Det viktigste" in html
    assert "mp-preview-support" not in html


def test_arabic_comes_below_the_norwegian_right_to_left_in_its_own_block():
    html = lesson_preview(LESSON, CONTENT, "ar")
    assert html.count('lang="ar" dir="rtl"') == 4  # title, goal, heading, key points
    assert html.index(LESSON.title["nb"]) < html.index('lang="ar"') < html.index(escape(LESSON.goal["nb"])) < html.index("الهدف")
    assert RLM in html and "الأهم" in html  # lines start right to left; the heading in Arabic too


def test_a_text_is_never_read_as_html():
    hostile = LESSON.model_copy(update={"title": {"nb": "<img src=x onerror=alert(1)>", "ar": "<script>x</script>"}})
    html = lesson_preview(hostile, CONTENT, "ar")
    assert "<img" not in html and "<script>x" not in html and "&lt;img src=x" in html


def test_a_text_missing_in_the_support_language_shows_the_norwegian_only():
    partial = LESSON.model_copy(update={"goal": {"nb": LESSON.goal["nb"]}})
    html = lesson_preview(partial, CONTENT, "so")
    assert html.count('lang="so"') == 3  # title, heading, key points; not the goal


def test_a_rule_that_ran_out_has_the_apps_notice_in_both_languages(monkeypatch):
    monkeypatch.setenv("MINPLAN_TODAY", "2099-01-01")
    dated = [lesson for lesson in CONTENT.lessons
             if any(getattr(text, "valid_until", None) for text in (lesson.goal, *lesson.key_points)) or lesson.valid_until]
    assert dated, "the content has dated rules (lessons 09 and 11)"
    html = lesson_preview(dated[0], CONTENT, "ar")
    assert "gjaldt til" in html and html.count("<em>") >= 2
