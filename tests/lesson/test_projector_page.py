"""Projector mode in AppTest: the same lesson, one step at a time, with teacher notes on demand."""
from __future__ import annotations

from minplan.catalogue import load_content
from minplan.lesson.slides import build_slides
from tests.conftest import open_page, run_app

LESSON = load_content().lessons[1]


def _projector(extra: dict[str, str] | None = None):
    return open_page(run_app({"mode": "projector", **(extra or {})}), LESSON.id)


def test_projector_starts_with_the_title_and_counts_steps():
    app = _projector()
    assert not app.exception
    total = sum(slide.steps for slide in build_slides(LESSON))
    assert f"Steg 1 av {total}" in [markdown.value for markdown in app.markdown]
    assert app.title[0].value == LESSON.title["nb"]
    assert app.button(key="projector-back").disabled


def test_next_reveals_the_first_key_point_only():
    app = _projector()
    app.button(key="projector-next").click().run()
    text = "\n".join(markdown.value for markdown in app.markdown)
    assert LESSON.key_points[0]["nb"] in text
    assert LESSON.key_points[1]["nb"] not in text
    assert app.query_params["step"] == "1"


def test_step_in_the_url_survives_a_reload_and_tampering():
    assert LESSON.key_points[1]["nb"] in "\n".join(m.value for m in _projector({"step": "2"}).markdown)
    assert not _projector({"step": "99999"}).exception
    assert not _projector({"step": "-3"}).exception


def test_the_question_is_asked_then_neste_shows_the_answer_and_the_last_step_goes_on():
    """Two steps: the question with «Vis svaret» where Neste is (so the clicker shows the answer too), then the
    right choice and why, with «Neste leksjon» where Neste was."""
    total = sum(slide.steps for slide in build_slides(LESSON))
    app = _projector({"step": str(total - 2)})
    assert app.header[0].value == LESSON.check.prompt["nb"]
    assert app.button(key="projector-next").label == "Vis svaret"
    shown = "\n".join(markdown.value for markdown in app.markdown)
    assert all(option.text["nb"] in shown for option in LESSON.check.options)
    assert not app.success
    app.button(key="projector-next").click().run()
    assert app.query_params["step"] == str(total - 1)
    right = next(option for option in LESSON.check.options if option.id == LESSON.check.answer)
    assert right.text["nb"] in app.success[0].value
    assert LESSON.check.explanation["nb"] in "\n".join(markdown.value for markdown in app.markdown)
    upcoming = load_content().lessons[2]
    assert not [button for button in app.button if button.key == "projector-next"], "the last step goes on to the next lesson"
    assert f"Neste leksjon: {upcoming.title['nb']}" in [link.label for link in app.get("page_link")]
    app.button(key="projector-back").click().run()
    assert not app.success, "back to the question hides the answer again"


def test_teacher_notes_show_under_the_slide_on_request():
    app = _projector({"teacher": "1"})
    assert "For læreren" in [expander.label for expander in app.expander]


def test_every_text_slide_has_the_lesson_title_as_its_heading():
    slides = build_slides(LESSON)
    first_text = next(index for index, slide in enumerate(slides) if slide.kind == "text")
    step = sum(slide.steps for slide in slides[:first_text])
    app = _projector({"step": str(step)})
    assert app.header[0].value == LESSON.title["nb"]
    assert slides[first_text].items[0]["nb"] in "\n".join(markdown.value for markdown in app.markdown)
