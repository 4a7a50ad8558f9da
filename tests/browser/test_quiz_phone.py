"""A quiz on a phone (390x844): every question type answered by tapping, a reload that keeps the
place, the result screen, and a teacher's bad upload; no sideways scrolling anywhere."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from minplan.catalogue import load_content
from minplan.quiz.kinds import quizzes
from tests.browser.helpers import horizontal_overflow, screenshot, wait_for_app

EXAMPLE = next(quiz for quiz in quizzes(load_content()) if quiz.id == "eksempel")
ERRORS = "[data-testid='stException']"


def _tap(page: Page, locator) -> None:
    locator.scroll_into_view_if_needed()
    locator.tap()
    wait_for_app(page)


def _button(page: Page, name: str):
    return page.get_by_role("button", name=name, exact=True)


def _answer_right(page: Page, question) -> None:
    """Tap the right answer by its text, wherever the shuffle put it."""
    if question.type in ("single", "multiple"):
        right = [question.answer] if question.type == "single" else question.answer
        for option in question.options:
            if option.id in right:
                _tap(page, page.get_by_text(option.text["nb"], exact=True))
    elif question.type == "true_false":
        _tap(page, page.get_by_text("Det stemmer" if question.answer else "Det stemmer ikke", exact=True))
    elif question.type == "order":
        for step in question.steps:
            _tap(page, _button(page, step.text["nb"]))
    else:
        area = page.locator(".st-key-quiz-question")
        for pair in question.pairs:
            letter = re.match(r"\s*([A-Z])\.", area.locator("li").filter(has_text=pair.match["nb"]).inner_text()).group(1)
            group = area.get_by_role("radiogroup", name=re.compile(rf"^{re.escape(pair.term['nb'])}\b"))
            _tap(page, group.get_by_role("radio", name=letter, exact=True))


def test_a_quiz_can_be_taken_by_tapping_on_a_phone(phone_page: Page, app_url: str):
    page = phone_page
    page.goto(f"{app_url}/{EXAMPLE.id}?q_seed=7")
    wait_for_app(page)
    total = len(EXAMPLE.questions)
    for number, question in enumerate(EXAMPLE.questions, start=1):
        expect(page.get_by_text(f"{number} av {total}", exact=True)).to_be_visible()
        check = _button(page, "Sjekk svaret")
        expect(check).to_be_disabled()
        _answer_right(page, question)
        screenshot(page, f"quiz-phone-{number}-{question.type}")
        _tap(page, check)
        expect(page.get_by_text("Riktig!", exact=True)).to_be_visible()
        assert horizontal_overflow(page) <= 0, question.type
        if number == 2:
            page.reload()
            wait_for_app(page)
            expect(page.get_by_text("Riktig!", exact=True)).to_be_visible()
        _tap(page, _button(page, "Se resultatet" if number == total else "Neste spørsmål"))
    expect(page.get_by_text(f"{total} av {total} riktige", exact=False).first).to_be_visible()
    expect(page.get_by_text("Du har bestått. Bra jobbet!")).to_be_visible()
    assert page.locator(ERRORS).count() == 0
    assert horizontal_overflow(page) <= 0
    screenshot(page, "quiz-phone-result")


@pytest.mark.parametrize("kind", ["single", "multiple", "true_false", "order", "match"])
def test_every_choice_is_a_big_tap_target(phone_page: Page, app_url: str, kind: str):
    page = phone_page
    question = next(question for question in EXAMPLE.questions if question.type == kind)
    page.goto(f"{app_url}/{EXAMPLE.id}?q_seed=7&q_pos={EXAMPLE.questions.index(question)}")
    wait_for_app(page)
    inside = {"order": ["button"], "match": ["[data-testid='stButtonGroup'] button"]}.get(
        kind, ["[data-testid='stRadioOption']", "[data-testid='stCheckbox'] label"])
    targets = page.locator(", ".join(f".st-key-quiz-question {selector}" for selector in inside))
    # Streamlit draws the choices one by one: wait for the last one the question has, not the first.
    shown = 2 if kind == "true_false" else len(question.options or question.steps or question.pairs)
    expect(targets.nth(shown - 1)).to_be_visible()
    assert shown >= 2
    wide = 44 if kind == "match" else 200  # a matching question's letter buttons share a row
    big = f"element => {{ const box = element.getBoundingClientRect(); return box.height >= 44 && box.width >= {wide}; }}"
    for index in range(targets.count()):
        # The app's stylesheet arrives with the run, so wait for it before judging the size.
        page.wait_for_function(big, arg=targets.nth(index).element_handle(), timeout=10_000)
    screenshot(page, f"quiz-phone-start-{kind}", full_page=False)


def test_wrong_answer_and_retry_on_a_phone(phone_page: Page, app_url: str):
    page = phone_page
    single = EXAMPLE.questions[0]
    wrong = next(option for option in single.options if option.id != single.answer)
    page.goto(f"{app_url}/{EXAMPLE.id}?q_seed=3&q_pos={len(EXAMPLE.questions)}&q_ans={wrong.id}")
    wait_for_app(page)
    expect(page.get_by_text("Ikke bestått ennå", exact=False)).to_be_visible()
    screenshot(page, "quiz-phone-not-yet")
    _tap(page, page.get_by_role("button", name=re.compile("^Prøv igjen")))
    expect(page.get_by_text(f"1 av {len(EXAMPLE.questions)}", exact=True)).to_be_visible()
    _tap(page, page.get_by_text(wrong.text["nb"], exact=True))
    _tap(page, _button(page, "Sjekk svaret"))
    expect(page.get_by_text(wrong.feedback["nb"])).to_be_visible()
    screenshot(page, "quiz-phone-feedback")


@pytest.mark.parametrize("content", [b"id: x\nquestions: []\n"], ids=["no-questions"])
def test_a_bad_upload_shows_its_problems_on_a_phone(phone_page: Page, app_url: str, tmp_path, content: bytes):
    page = phone_page
    bad = tmp_path / "min-test.yaml"
    bad.write_bytes(content)
    page.goto(f"{app_url}/egen-test")
    wait_for_app(page)
    page.locator("input[type='file']").set_input_files(str(bad))
    wait_for_app(page)
    expect(page.get_by_text("Her trengs minst", exact=False)).to_be_visible()
    lines = page.locator("[class*='st-key-giftwords-problem-']").all_inner_texts()
    shown = [re.sub("[\u2066-\u2069\u200e\u200f]", "", line).strip() for line in lines]
    assert "Linje 2 – questions: Her trengs minst 1. Nå er det 0." in shown, shown
    assert page.locator(ERRORS).count() == 0
    assert horizontal_overflow(page) <= 0
    screenshot(page, "quiz-phone-bad-upload")
