"""Arabic and Dari laid out right to left everywhere, with Norwegian words, codes and numbers kept in
order; each language on its own line; the Arabic plan sketch with nothing on the dots or cut off."""
from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import Page, expect

from minplan.classroom.store import ClassStore
from minplan.catalogue import load_content
from minplan.content.text import pick
from minplan.goal.branch import Answer
from minplan.goal.sketch import choose_job, give_answer, start_sketch
from minplan.goal.sketch_text import ladder_picture
from minplan.quiz.kinds import quizzes
from minplan.goal.kinds import job_catalogue
from tests.browser.helpers import PHONE, PROJECTOR, SUPPORT, horizontal_overflow, screenshot, wait_for_app

CONTENT = load_content()
LESSON = CONTENT.lessons[0]
EXAMPLE = next(quiz for quiz in quizzes(CONTENT) if quiz.id == "eksempel")
SIZES = {"phone": PHONE, "laptop": {"width": 1280, "height": 720}, "projector": PROJECTOR}

# For every line of right-to-left text (Arabic script) inside `root`, how far its first letter sits from the
# right edge of its paragraph; for left-to-right lines, how far the first letter sits from the left edge.
_EDGES = """(root) => {
  const rtl = /[\\u0600-\\u06FF]/, strong = /[A-Za-zÀ-ÿ\\u0600-\\u06FF]/;
  const out = [];
  for (const block of root.querySelectorAll('p, li, h1, h2, h3')) {
    if (block.querySelector('p, li')) continue;
    const style = getComputedStyle(block);
    const box = block.getBoundingClientRect();
    const left = box.left + parseFloat(style.paddingLeft), right = box.right - parseFloat(style.paddingRight);
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    let skip = 0, lineStart = true, from = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeName === 'BR') { lineStart = true; from = null; continue; }
      if (node.nodeType !== Node.TEXT_NODE || !lineStart) continue;
      const text = node.textContent;
      let index = -1;
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (!from && !/\\s/.test(c)) from = [node, i];  // where the line's text begins
        if (c === '\u2068') skip++; else if (c === '\u2069') skip--;
        else if (!skip && strong.test(c)) { index = i; break; }
      }
      if (index < 0) continue;
      lineStart = false;  // one measure per line (at the block's start or after <br>)
      // From the line's first character to its first strong letter outside isolates: a line that opens
      // with an isolated Norwegian name still starts at the right edge when it runs right to left.
      const range = document.createRange();
      range.setStart(from[0], from[1]); range.setEnd(node, index + 1);
      const r = range.getBoundingClientRect();
      const isRtl = rtl.test(text[index]);
      out.push({rtl: isRtl, gap: isRtl ? Math.round(right - r.right) : Math.round(r.left - left), text: text.slice(index, index + 30)});
    }
  }
  return out;
}"""


def _lines(page: Page, selector: str) -> list[dict]:
    return [line for element in page.locator(selector).all() for line in element.evaluate(_EDGES)]


def _assert_each_line_starts_at_its_own_edge(lines: list[dict], norwegian_too: bool = True) -> None:
    assert any(line["rtl"] for line in lines) and (any(not line["rtl"] for line in lines) or not norwegian_too), lines
    crooked = [line for line in lines if line["gap"] > 4]
    assert not crooked, crooked


@pytest.fixture(params=list(SIZES))
def sized_page(request, browser):
    size = request.param
    phone = size == "phone"
    context = browser.new_context(viewport=SIZES[size], locale="nb-NO", is_mobile=phone, has_touch=phone)
    page = context.new_page()
    page.size_name = size
    yield page
    context.close()


@pytest.mark.parametrize("language", ["ar", "prs"])
def test_check_question_options_and_feedback_run_each_line_in_its_own_direction(sized_page, app_url, language):
    page = sized_page
    page.goto(f"{app_url}/{LESSON.id}?lang={language}")
    wait_for_app(page)
    wrong = next(option for option in LESSON.check.options if option.id != LESSON.check.answer)
    option = page.locator("[data-testid='stRadioOption']").filter(has_text=wrong.text["nb"])
    option.scroll_into_view_if_needed()
    option.click()
    wait_for_app(page)
    page.get_by_role("button", name=CONTENT.ui["lesson.check_button"][language]).click()
    wait_for_app(page)
    alert = page.locator("[data-testid='stAlertContentError']")
    expect(alert).to_be_visible()
    _assert_each_line_starts_at_its_own_edge(_lines(page, "[data-testid='stRadioOption']"))
    _assert_each_line_starts_at_its_own_edge(_lines(page, "[data-testid='stAlertContentError']"))
    assert horizontal_overflow(page) <= 0
    alert.scroll_into_view_if_needed()
    screenshot(page, f"rtl-check-feedback-{language}-{page.size_name}", full_page=False)


@pytest.mark.parametrize("language", ["ar", "prs"])
def test_lesson_headings_captions_goal_and_links_run_right_to_left(phone_page, app_url, language):
    page = phone_page
    page.goto(f"{app_url}/{LESSON.id}?lang={language}")
    wait_for_app(page)
    lines = _lines(page, "[data-testid='stMain'] :is([data-testid='stHeading'], [data-testid='stCaptionContainer'], "
                         f"[data-testid='stPageLink'], [data-testid='stAlert'], {SUPPORT})")
    _assert_each_line_starts_at_its_own_edge(lines)
    screenshot(page, f"rtl-lesson-{language}")


@pytest.mark.parametrize("language", ["ar", "prs"])
def test_quiz_explanation_and_result_lines_run_right_to_left(phone_page, app_url, language):
    page = phone_page
    question = EXAMPLE.questions[0]
    wrong = next(option for option in question.options if option.id != question.answer)
    page.goto(f"{app_url}/{EXAMPLE.id}?q_seed=7&q_pos=0&q_ans={wrong.id}&lang={language}")
    wait_for_app(page)
    _assert_each_line_starts_at_its_own_edge(_lines(page, "[data-testid='stMain'] [data-testid='stAlert']"))
    screenshot(page, f"rtl-quiz-feedback-{language}")
    page.goto(f"{app_url}/{EXAMPLE.id}?q_seed=7&q_pos={len(EXAMPLE.questions)}&q_ans={wrong.id}&lang={language}")
    wait_for_app(page)
    _assert_each_line_starts_at_its_own_edge(_lines(page, "[data-testid='stMain'] :is([data-testid='stMarkdownContainer'], [data-testid='stPageLink'])"))
    screenshot(page, f"rtl-quiz-result-{language}")


@pytest.mark.parametrize("language", ["ar", "prs"])
def test_class_code_and_nickname_keep_their_order_on_the_class_phone(phone_page, app_url, language):
    store = ClassStore.from_environment()
    started = store.start(EXAMPLE.id, [question.id for question in EXAMPLE.questions], "246810")
    page = phone_page
    page.goto(f"{app_url}/klasse?kode={started.code}&lang={language}")
    wait_for_app(page)
    page.locator("[data-testid='stMain']").get_by_role("textbox").nth(1).fill("Sara 2")
    page.locator("[data-testid='stMain'] button").last.click()
    wait_for_app(page)
    caption = page.locator("[data-testid='stCaptionContainer']").filter(has_text=started.code)
    expect(caption).to_be_visible()
    # Each character of the code, and of the nickname, further right than the one before.
    for piece in (started.code, "Sara 2"):
        xs = caption.evaluate("""(element, piece) => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent.indexOf(piece);
            if (at < 0) continue;
            return [...piece].map((_, i) => { const r = document.createRange(); r.setStart(node, at + i); r.setEnd(node, at + i + 1);
                                             return r.getBoundingClientRect().left; });
          }
          return [];
        }""", piece)
        assert xs and all(a < b for a, b in zip(xs, xs[1:])), (piece, xs)
    _assert_each_line_starts_at_its_own_edge(
        _lines(page, "[data-testid='stMain'] :is([data-testid='stHeading'], [data-testid='stCaptionContainer'])"), norwegian_too=False)
    screenshot(page, f"rtl-class-phone-{language}", full_page=False)


@pytest.mark.parametrize("width", [390, 1280])
def test_arabic_plan_sketch_has_no_label_on_a_dot_and_none_cut_off(browser, width):
    sketch = give_answer(choose_job(start_sketch(None, dt.date(2026, 11, 23)), "maler", ""), Answer.YES, job_catalogue(CONTENT))
    picture = ladder_picture(sketch, job_catalogue(CONTENT), "ar", lambda key: pick(CONTENT.ui[key], "ar"), "rtl")
    html = f'<html lang="ar" dir="rtl"><body><figure style="margin:0">{picture}</figure></body></html>'
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_content(html)
    found = page.evaluate("""() => {
      const svg = document.querySelector('figure svg');
      const frame = svg.getBoundingClientRect();
      const dots = [...svg.querySelectorAll('circle, line')].map(shape => shape.getBoundingClientRect());
      return [...svg.querySelectorAll('text')].map(text => {
        const r = text.getBoundingClientRect();
        const onDot = dots.some(d => r.left < d.right && r.right > d.left && r.top < d.bottom && r.bottom > d.top);
        return {text: text.textContent, onDot, cut: r.left < frame.left - 1 || r.right > frame.right + 1};
      });
    }""")
    assert found and not [label for label in found if label["onDot"] or label["cut"]], found
    page.locator("figure").screenshot(path=str(screenshot.__globals__["SCREENSHOTS"] / f"rtl-sketch-ar-{width}.png"))
    context.close()
