"""Finding one's way on a phone: long lessons fold with the check question always shown, a matching
question in a phone-sized form, and the small things (read-aloud space, a lone "?", words broken
without a hyphen, a job name cut off, pale answered choices)."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from minplan.catalogue import load_content
from minplan.quiz.kinds import quizzes
from minplan.quiz.questions import asked
from minplan.goal.kinds import job_catalogue
from tests.browser.helpers import PHONE, PROJECTOR, SUPPORT, choose_option, horizontal_overflow, screenshot, wait_for_app

CONTENT = load_content()
SELFTEST = next(quiz for quiz in quizzes(CONTENT) if quiz.id == "selvtest")
ASKED = asked(SELFTEST.questions)
"""The questions the page asks today: one whose rule ran out is left out (minplan.quiz.questions.asked)."""
EXAMPLE = next(quiz for quiz in quizzes(CONTENT) if quiz.id == "eksempel")
LONGEST = [lesson for lesson in CONTENT.lessons if lesson.table or lesson.ladder]
SCREEN = PHONE["height"]
SIZES = {"phone": PHONE, "laptop": {"width": 1280, "height": 720}, "projector": PROJECTOR}


def _height(page: Page, selector: str = "[data-testid='stMain']") -> float:
    return page.evaluate(f"document.querySelector(\"{selector}\").scrollHeight")


@pytest.mark.parametrize("language", ["nb", "ar", "prs"])
@pytest.mark.parametrize("lesson", LONGEST, ids=lambda lesson: lesson.id)
def test_long_lesson_fits_five_phone_screens_with_the_check_question_shown(phone_page, app_url, lesson, language):
    page = phone_page
    page.goto(f"{app_url}/{lesson.id}" + (f"?lang={language}" if language != "nb" else ""))
    wait_for_app(page)
    assert _height(page) <= 5 * SCREEN
    check = page.locator("[data-testid='stRadio']").filter(has_text=lesson.check.options[0].text["nb"])
    check.scroll_into_view_if_needed()
    expect(check).to_be_visible()
    explanation = page.locator("[data-testid='stExpander']").filter(has_text="Forklaring")
    explanation.locator("summary").click()
    expect(explanation.get_by_text(lesson.explanation[0]["nb"][:40], exact=False)).to_be_visible()
    assert horizontal_overflow(page) <= 0
    screenshot(page, f"phone-long-lesson-{lesson.id}-{language}")


@pytest.mark.parametrize("language", ["nb", "ar"])
def test_matching_question_is_one_short_row_of_letters_per_word(phone_page, app_url, language):
    page = phone_page
    position = next(index for index, question in enumerate(ASKED) if question.type == "match")
    question = ASKED[position]
    page.goto(f"{app_url}/{SELFTEST.id}?q_seed=7&q_pos={position}&q_ask={position}" + (f"&lang={language}" if language != "nb" else ""))
    wait_for_app(page)
    area = page.locator(".st-key-quiz-question")
    assert area.locator("[data-testid='stRadioOption']").count() == 0
    assert area.bounding_box()["height"] <= 1.25 * SCREEN
    for pair in question.pairs:
        line = area.locator("li").filter(has_text=pair.match["nb"])
        letter = re.match(r"\s*([A-Z])\.", line.inner_text()).group(1)
        group = area.get_by_role("radiogroup", name=re.compile(rf"^{re.escape(pair.term['nb'])}\b"))
        group.get_by_role("radio", name=letter, exact=True).tap()
        wait_for_app(page)
    page.get_by_role("button", name=re.compile("Sjekk svaret|" + re.escape(CONTENT.ui["quiz.check"].get(language, "-")))).tap()
    wait_for_app(page)
    expect(page.get_by_text("Riktig!", exact=False).first).to_be_visible()
    assert horizontal_overflow(page) <= 0
    screenshot(page, f"phone-match-{language}")


@pytest.mark.parametrize("size", list(SIZES))
def test_read_aloud_buttons_leave_no_empty_space(browser, app_url, size):
    context = browser.new_context(viewport=SIZES[size], locale="nb-NO")
    page = context.new_page()
    page.goto(f"{app_url}/{CONTENT.lessons[0].id}?lang=ar")
    wait_for_app(page)
    frame = page.locator("iframe").first
    expect(frame).to_be_visible()
    # A rerun may replace the iframe while we look, so an absent one or an empty document means "not yet".
    page.wait_for_function("""() => { const f = document.querySelector('iframe');
        const body = f && f.contentDocument && f.contentDocument.body;
        return Boolean(body) && f.getBoundingClientRect().height <= body.getBoundingClientRect().height + 4; }""",
                           timeout=10_000)
    context.close()


def test_no_lone_question_mark_in_a_title_on_a_phone(phone_page, app_url):
    page = phone_page
    for lesson in CONTENT.lessons:
        if not lesson.title["nb"].endswith("?"):
            continue
        page.goto(f"{app_url}/{lesson.id}")
        wait_for_app(page)
        same_line = page.locator("h1").first.evaluate("""h1 => {
          const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
          let node = walker.nextNode();
          while (node && !node.textContent.includes('?')) node = walker.nextNode();
          const at = node.textContent.lastIndexOf('?');
          const box = i => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect(); };
          return Math.abs(box(at).top - box(at - 1).top) < 2;
        }""")
        assert same_line, lesson.id


def test_table_words_break_only_at_a_hyphen_on_a_phone(phone_page, app_url):
    page = phone_page
    lesson = next(lesson for lesson in CONTENT.lessons if lesson.table)
    page.goto(f"{app_url}/{lesson.id}")
    wait_for_app(page)
    page.locator("[data-testid='stExpander'] summary").filter(has_text=lesson.table.caption["nb"][:30]).click()
    wait_for_app(page)
    broken = page.locator("[data-testid='stTable']").first.evaluate(r"""table => {
      const bad = [];
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent;
        // A break between two letters, neither of them next to a soft hyphen (where the browser may break with
        // a hyphen, and where a single letter's box can still sit at the end of the line before).
        const top = i => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().top; };
        for (let i = 2; i < text.length; i++) {
          if (!/\p{L}/u.test(text[i]) || !/\p{L}/u.test(text[i - 1]) || text[i - 2] === '\u00ad') continue;
          if (top(i) > top(i - 1) + 2) bad.push(text.slice(Math.max(0, i - 8), i + 4));
        }
      }
      return bad;
    }""")
    assert not broken, broken
    screenshot(page, "phone-table-hyphens")


def test_chosen_job_is_shown_whole_in_the_support_language(phone_page, app_url):
    page = phone_page
    page.goto(f"{app_url}/fra-jobb-til-plan?lang=ar")
    wait_for_app(page)
    painter = job_catalogue(CONTENT).job("maler")
    choose_option(page, page.locator("[data-testid='stMain']").get_by_role("combobox").first,
                  re.compile(rf"^{painter.title['nb']}", re.IGNORECASE))
    arabic = painter.title["ar"]
    expect(page.locator(SUPPORT).filter(has_text=arabic).first).to_be_visible()
    box = page.locator(SUPPORT).filter(has_text=arabic).first.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    screenshot(page, "phone-goal-job-ar", full_page=False)


@pytest.mark.parametrize("language", ["nb", "ar", "prs"])
def test_answered_choices_keep_contrast_of_at_least_4_5(phone_page, app_url, language):
    page = phone_page
    question = EXAMPLE.questions[0]
    page.goto(f"{app_url}/{EXAMPLE.id}?q_seed=7&q_pos=0&q_ans={question.answer}" + (f"&lang={language}" if language != "nb" else ""))
    wait_for_app(page)
    choices = page.locator(".st-key-quiz-question [data-testid='stRadioOption'] p")
    expect(choices.first).to_be_visible()
    ratios = choices.evaluate_all("""texts => texts.map(p => {
      const [r, g, b, a = 1] = getComputedStyle(p).color.match(/[\\d.]+/g).map(Number);
      const mix = c => (c * a + 255 * (1 - a)) / 255;
      const lum = c => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      const L = 0.2126 * lum(mix(r)) + 0.7152 * lum(mix(g)) + 0.0722 * lum(mix(b));
      return 1.05 / (L + 0.05);
    })""")
    assert ratios and min(ratios) >= 4.5, ratios
