"""Each page renders in each support language, with the support text beside the Norwegian."""
from __future__ import annotations

import pytest

from minplan.content.bidi import plain
from minplan.catalogue import load_content
from tests.conftest import open_page, page_paths, run_app

CONTENT = load_content()
LANGUAGES = [language.code for language in CONTENT.languages[1:]]
PAGES = page_paths()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_page_renders_in_support_language(page, language):
    app = open_page(run_app({"lang": language}), page)
    assert not app.exception
    assert app.query_params["lang"] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_lesson_shows_norwegian_and_the_support_language(language):
    lesson = CONTENT.lessons[0]
    app = open_page(run_app({"lang": language}), lesson.id)
    text = "\n".join(markdown.value for markdown in app.markdown)
    text = plain(text)  # right-to-left texts carry invisible marks (minplan/content/bidi.py)
    assert lesson.key_points[0]["nb"] in text
    if language in lesson.key_points[0]:
        assert lesson.key_points[0][language] in text
        assert app.title[0].value == lesson.title["nb"]


def test_interface_follows_the_support_language():
    """The button says the Norwegian first and the support language beneath it (issue 21), never one alone."""
    english = CONTENT.ui["lesson.check_button"]["en"]
    app = open_page(run_app({"lang": "en"}), CONTENT.lessons[0].id)
    labels = [button.label.split("\n") for button in app.button]
    assert [CONTENT.ui["lesson.check_button"]["nb"], english] in [[line.strip() for line in label] for label in labels]


def test_choosing_a_language_on_the_start_page_puts_it_in_the_url():
    app = run_app()
    app.selectbox(key="home-language").select("uk").run()
    assert not app.exception
    assert app.query_params["lang"] == "uk"


def test_choosing_norwegian_only_again_clears_the_language_from_the_url():
    app = open_page(run_app({"lang": "ar"}), "start")
    app.selectbox(key="home-language").select("nb").run()
    assert not app.exception
    assert "lang" not in app.query_params
