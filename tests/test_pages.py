"""Every page renders in AppTest without an exception; the lesson check gives feedback and progress."""
from __future__ import annotations

import pytest

from minplan.catalogue import load_content
from tests.conftest import open_page, run_app
from views.session import content as cached

CONTENT = load_content()
LESSON_IDS = [lesson.id for lesson in CONTENT.lessons]


def test_start_page_lists_goals_and_lessons():
    app = run_app()
    assert not app.exception
    assert app.title[0].value == "Min plan"
    labels = [link.proto.label for link in app.get("page_link")]
    for number, lesson in enumerate(CONTENT.lessons, start=1):  # by place, not by `order`, which has a gap
        assert any(label.startswith(f"{number}. {lesson.title['nb']}") for label in labels)
    text = "\n".join(markdown.value for markdown in app.markdown)
    for goal in CONTENT.module.goals:
        assert goal.text["nb"] in text


def test_start_page_shows_progress_from_the_url():
    app = run_app({"done": ".".join(LESSON_IDS[:3])})
    assert not app.exception
    assert app.get("progress")[0].proto.text.startswith("3 av")


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_every_lesson_page_renders(lesson_id):
    app = open_page(run_app(), lesson_id)
    lesson = CONTENT.lesson(lesson_id)
    assert not app.exception
    assert app.title[0].value == lesson.title["nb"]
    text = "\n".join(markdown.value for markdown in app.markdown)
    assert lesson.key_points[0]["nb"] in text
    assert lesson.example["nb"] in text
    assert app.radio[0].label == lesson.check.prompt["nb"]


def test_teacher_notes_are_hidden_by_default_and_shown_on_request():
    lesson = CONTENT.lessons[0]
    participant = open_page(run_app(), lesson.id)
    assert "For læreren" not in [expander.label for expander in participant.expander]
    teacher = open_page(run_app({"teacher": "1"}), lesson.id)
    assert "For læreren" in [expander.label for expander in teacher.expander]
    text = "\n".join(markdown.value for markdown in teacher.markdown)
    assert lesson.teacher_notes.background[0]["nb"] in text


def test_wrong_check_answer_asks_to_try_again_without_the_answer_and_keeps_the_lesson_open():
    lesson = CONTENT.lessons[0]
    wrong = next(option for option in lesson.check.options if option.id != lesson.check.answer)
    app = open_page(run_app(), lesson.id)
    app.radio[0].set_value(wrong.id).run()
    app.button(key=f"check-button:{lesson.id}").click().run()
    assert not app.exception
    assert wrong.feedback["nb"] not in app.error[0].value
    assert "Prøv igjen." in app.error[0].value
    assert "done" not in app.query_params


def test_right_check_answer_marks_the_lesson_done_in_the_url():
    lesson = CONTENT.lessons[1]
    app = open_page(run_app(), lesson.id)
    app.radio[0].set_value(lesson.check.answer).run()
    app.button(key=f"check-button:{lesson.id}").click().run()
    assert lesson.check.explanation["nb"] in app.success[0].value
    assert app.query_params["done"] == lesson.id


def test_glossary_lists_every_term_and_searches():
    app = open_page(run_app(), "ordliste")
    assert not app.exception
    assert app.caption[0].value == f"{len(CONTENT.glossary)} ord"
    app.text_input(key="glossary-query").input("klagefrist").run()
    words = [markdown.value for markdown in app.markdown if markdown.value.startswith("**")]
    assert words[0] == "**klagefrist**"


def test_glossary_search_with_no_match_says_so_safely():
    app = open_page(run_app(), "ordliste")
    app.text_input(key="glossary-query").input("[x](javascript:alert)").run()
    assert "Ingen ord passer" in app.info[0].value
    assert "](" not in app.info[0].value


def test_broken_content_file_shows_a_message_and_other_lessons_still_work(monkeypatch, content_tree):
    (content_tree / "lessons" / "01-hva-er-en-integreringsplan.yaml").write_bytes(b"id: [broken\n")
    monkeypatch.setenv("MINPLAN_CONTENT", str(content_tree))
    cached.cache_clear()
    try:
        app = run_app()
        assert not app.exception
        assert "feil i innholdsfilene" in app.warning[0].value
        assert open_page(app, LESSON_IDS[1]).title[0].value == CONTENT.lessons[1].title["nb"]
    finally:
        cached.cache_clear()
