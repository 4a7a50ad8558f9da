"""Review state in the app: a reviewed translation loses the dashed mark, a stale one gets it back; the staff
page «Oversettelser» counts each language's states and lists where the stale ones are."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from minplan.catalogue import catalogue
from minplan.quiz.kinds import quizzes
from minplan.translation.review import Mark, Review, current_marks, fingerprint, text_states, write_review_file
from tests.conftest import open_page, run_app
from views.session import content as cached

LESSON_07 = "lessons/07-du-har-klagerett.yaml"


def _support_keys(node, found):
    """The keys of the support blocks and pairs under `node` in page order, from the direction on ("ltr-reviewed-ti-1")."""
    for child in getattr(node, "children", {}).values():
        key = re.search(r"-(?:support|pair)-((?:ltr|rtl)-.*)$", str(getattr(getattr(child, "proto", None), "id", "")))
        if key:
            found.append(key.group(1))
        _support_keys(child, found)
    return found


@pytest.fixture
def reviewed_title(content_tree, monkeypatch):
    """A content copy where a person has reviewed lesson 07's title in Tigrinya."""
    content = catalogue().load(content_tree)
    title = content.lesson("du-har-klagerett").title
    marks = current_marks(content, "ti")
    marks[(LESSON_07, "title")] = Mark(source=fingerprint(title["nb"]),
                                       reviewed=Review(by="Abeba T.", date=dt.date(2026, 12, 6), text=fingerprint(title["ti"])))
    write_review_file(content_tree, "ti", marks, list(marks))
    monkeypatch.setenv("MINPLAN_CONTENT", str(content_tree))
    cached.cache_clear()
    yield content_tree, title
    cached.cache_clear()


def test_a_reviewed_text_is_shown_without_the_not_checked_mark_and_others_keep_it(reviewed_title):
    app = open_page(run_app({"lang": "ti"}), "du-har-klagerett")
    keys = _support_keys(app.main, [])
    assert keys[0] == "ltr-reviewed-ti-1"
    assert all("-unreviewed-" in key for key in keys[1:])


def test_when_the_norwegian_changes_the_reviewed_translation_is_marked_not_checked_again(reviewed_title):
    tree, title = reviewed_title
    lesson = tree / LESSON_07
    lesson.write_text(lesson.read_text(encoding="utf-8").replace(f"nb: {title['nb']}", f"nb: {title['nb']} nå"), encoding="utf-8")
    cached.cache_clear()
    app = open_page(run_app({"lang": "ti"}), "du-har-klagerett")
    assert _support_keys(app.main, [])[0] == "ltr-unreviewed-ti-1"


def test_the_staff_page_counts_each_language_and_lists_stale_texts_with_file_and_line(reviewed_title):
    tree, title = reviewed_title
    lesson = tree / LESSON_07
    goal = catalogue().load(tree).lesson("du-har-klagerett").goal["nb"]
    lesson.write_text(lesson.read_text(encoding="utf-8").replace(goal, goal + " Nå.", 1), encoding="utf-8")
    cached.cache_clear()
    states = text_states(catalogue(), tree)
    stale = sorted(item for item in states if item.state == "stale" and item.language == "ti")
    app = open_page(run_app(), "oversettelser")
    assert not app.exception
    shown = " ".join(block.value for block in app.markdown)
    translated = sum(1 for item in states if item.language == "ti" and item.state == "translated")
    assert len(stale) == 1
    assert f"1 kontrollert · {translated} ikke kontrollert · 1 utdatert · 0 uten merke · 0 mangler" in shown
    assert all(f"`{item.file}:{item.line}` {item.field}" in shown for item in stale)


def test_a_reviewed_quiz_question_keeps_its_mark_though_its_text_is_escaped_for_markdown(content_tree, monkeypatch):
    """Quiz texts are escaped before they are drawn (a teacher's file may hold Markdown); the review mark must
    still find the text as the translator checked it, punctuation and all."""
    content = catalogue().load(content_tree)
    quiz = next(quiz for quiz in quizzes(content) if quiz.id == "selvtest")
    marks = current_marks(content, "ti")
    for question in quiz.questions:
        marks[("quizzes/selvtest.yaml", f"questions.{question.id}.prompt")] = Mark(
            source=fingerprint(question.prompt["nb"]),
            reviewed=Review(by="Abeba T.", date=dt.date(2026, 12, 6), text=fingerprint(question.prompt["ti"])))
    write_review_file(content_tree, "ti", marks, list(marks))
    monkeypatch.setenv("MINPLAN_CONTENT", str(content_tree))
    cached.cache_clear()
    try:
        app = open_page(run_app({"lang": "ti"}), "selvtest").button(key="selvtest-round-whole").click().run()
        assert any(re.search(r"[.?:]", question.prompt["nb"]) for question in quiz.questions)
        assert "ltr-reviewed-ti-1" in _support_keys(app.main, [])
    finally:
        cached.cache_clear()
