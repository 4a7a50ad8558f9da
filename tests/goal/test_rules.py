"""The goal exercise's rules without a browser: the branch, the proposals, month order, the URL and the printout."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from minplan.catalogue import load_content
from minplan.goal.branch import Answer, Branch, Verdict, allowed_branches, default_end, proposal, suggested_branch, verdict
from minplan.goal.jobs import MAX_MONTH, MAX_STEPS, Requirement
from minplan.goal.ladder import Rung, ladder_svg
from minplan.goal.sketch import (
    MAX_PARAM,
    PARAM,
    Sketch,
    Step,
    add,
    choose_branch,
    choose_job,
    from_param,
    give_answer,
    late_steps,
    move,
    ordered,
    propose,
    remove,
    set_end,
    set_month,
    shift_month,
    start_sketch,
    to_param,
)
from minplan.goal.sketch_export import Side, export_file_name, export_html
from minplan.goal.sketch_text import advisor_questions, end_goal, ladder_lines, month_name, month_short, step_label
from minplan.content.text import pick
from minplan.goal.kinds import job_catalogue

CONTENT = load_content()
CATALOGUE = job_catalogue(CONTENT)
TODAY = dt.date(2026, 11, 23)


def say(key: str) -> str:
    return pick(CONTENT.ui[key], "nb")


def answered(job_id: str | None, answer: Answer, own_job: str = "") -> Sketch:
    return give_answer(choose_job(start_sketch(None, TODAY), job_id, own_job), answer, CATALOGUE)


def labels(sketch: Sketch) -> list[str]:
    return [line for line, _ in ladder_lines(sketch, CATALOGUE, "nb", say)[1:-1]]


# «Krever det utdanning?»: the answer against the sources

@pytest.mark.parametrize(("level", "answer", "expected"), [
    (Requirement.REQUIRED, Answer.YES, Verdict.MATCH),
    (Requirement.REQUIRED, Answer.NO, Verdict.DIFFERENT),
    (Requirement.NOT_REQUIRED, Answer.NO, Verdict.MATCH),
    (Requirement.NOT_REQUIRED, Answer.YES, Verdict.DIFFERENT),
    (Requirement.RECOMMENDED, Answer.YES, Verdict.PARTLY),
    (Requirement.RECOMMENDED, Answer.NO, Verdict.PARTLY),
    (Requirement.RECOMMENDED, Answer.UNSURE, Verdict.ASK),
    (None, Answer.YES, Verdict.ASK),
])
def test_answer_is_compared_with_what_the_sources_say(level, answer, expected):
    assert verdict(level, answer) == expected


def test_a_job_that_requires_education_only_has_the_education_branch():
    assert allowed_branches(Requirement.REQUIRED) == (Branch.EDUCATION,)
    assert allowed_branches(Requirement.RECOMMENDED) == (Branch.EDUCATION, Branch.WORK)
    assert allowed_branches(None) == (Branch.EDUCATION, Branch.WORK)


@pytest.mark.parametrize(("level", "answer", "expected"), [
    (Requirement.REQUIRED, Answer.NO, Branch.EDUCATION),
    (Requirement.NOT_REQUIRED, Answer.YES, Branch.WORK),
    (Requirement.RECOMMENDED, Answer.YES, Branch.EDUCATION),
    (Requirement.RECOMMENDED, Answer.NO, Branch.WORK),
    (Requirement.RECOMMENDED, Answer.UNSURE, Branch.WORK),
    (None, Answer.YES, Branch.EDUCATION),
    (None, Answer.UNSURE, Branch.WORK),
])
def test_sources_decide_the_branch_where_clear_and_the_participant_otherwise(level, answer, expected):
    assert suggested_branch(level, answer) == expected


def test_painter_yes_plans_the_education_and_no_plans_the_work():
    education = answered("maler", Answer.YES)
    work = answered("maler", Answer.NO)
    assert education.branch == Branch.EDUCATION and work.branch == Branch.WORK
    assert "Læreplass i en bedrift" in labels(education) and "Læreplass i en bedrift" not in labels(work)
    assert "Arbeidspraksis" in labels(work)
    assert end_goal(education, CATALOGUE, "nb", say) == "Bli maler"
    assert end_goal(work, CATALOGUE, "nb", say) == "Jobbe som maler"


def test_nurse_goes_to_education_whatever_the_participant_answered():
    sketch = answered("sykepleier", Answer.NO)
    assert sketch.branch == Branch.EDUCATION
    assert choose_branch(sketch, Branch.WORK, CATALOGUE) == sketch


def test_a_typed_job_starts_by_finding_out_and_keeps_the_participants_words():
    sketch = answered(None, Answer.UNSURE, own_job="  Snekker ")
    assert sketch.own_job == "Snekker" and sketch.branch == Branch.WORK
    assert labels(sketch)[0] == "Finn ut om jobben krever utdanning"
    assert end_goal(sketch, CATALOGUE, "nb", say) == "Jobbe som Snekker"


def test_proposals_come_in_month_order_and_the_end_goal_after_them():
    for job in CATALOGUE.jobs:
        for branch in allowed_branches(job.education):
            months = [measure.month for measure in proposal(CATALOGUE, job.id, branch)]
            assert months == sorted(months) and months, job.id
            sketch = propose(Sketch(job=job.id, branch=branch, start="2026-01"), CATALOGUE)
            assert sketch.end >= max(months) and not late_steps(sketch), job.id


def test_end_goal_is_at_least_a_year_and_at_most_five_years_away():
    assert default_end([]) == 12
    assert default_end([20]) == 24
    assert default_end([58]) == MAX_MONTH


def test_changing_the_answer_later_keeps_edited_sub_goals():
    sketch = remove(answered("maler", Answer.NO), 0)
    again = give_answer(sketch, Answer.YES, CATALOGUE)
    assert again.answer == Answer.YES and again.steps == sketch.steps and again.branch == Branch.WORK


def test_choosing_another_job_starts_over_but_keeps_the_programme_start():
    sketch = answered("maler", Answer.YES)
    other = choose_job(sketch, "kokk")
    assert other.job == "kokk" and other.answer is None and other.steps == () and other.start == sketch.start
    assert choose_job(sketch, "maler") is sketch


# Keeping, moving, removing and adding sub-goals

def test_a_new_month_reorders_the_sub_goals():
    sketch = answered("maler", Answer.NO)
    first = labels(sketch)[0]
    moved = set_month(sketch, 0, 50)
    assert labels(moved)[-1] == first
    assert [step.month for step in moved.steps] == sorted(step.month for step in moved.steps)


def test_moving_up_swaps_months_so_time_stays_in_order():
    sketch = answered("maler", Answer.NO)
    before = [(step.measure, step.month) for step in sketch.steps]
    moved = move(sketch, 2, -1)
    after = [(step.measure, step.month) for step in moved.steps]
    assert after[1] == (before[2][0], before[1][1]) and after[2] == (before[1][0], before[2][1])
    assert move(sketch, 0, -1) == sketch and move(sketch, len(sketch.steps) - 1, 1) == sketch


def test_own_sub_goal_is_added_in_its_month_and_duplicates_are_refused():
    sketch = answered("maler", Answer.NO)
    added = add(sketch, 9, text="  Kurs i Excel  ")
    assert "Kurs i Excel" in labels(added)
    assert [step.month for step in added.steps] == sorted(step.month for step in added.steps)
    assert add(sketch, 9, measure=sketch.steps[0].measure) == sketch
    assert add(sketch, 9, text="   ") == sketch


def test_a_sketch_holds_at_most_twelve_sub_goals():
    sketch = answered("maler", Answer.NO)
    while len(sketch.steps) < MAX_STEPS:
        sketch = add(sketch, 30, text=f"Delmål {len(sketch.steps)}")
    assert add(sketch, 30, text="Ett til") == sketch


def test_sub_goals_after_the_end_goal_are_pointed_out():
    sketch = set_end(answered("maler", Answer.NO), 10)
    assert late_steps(sketch) == [index for index, step in enumerate(sketch.steps) if step.month > 10]


def test_ordering_is_stable_within_a_month():
    steps = [Step(text="b", month=5), Step(text="a", month=5), Step(text="c", month=1)]
    assert [step.text for step in ordered(steps)] == ["c", "b", "a"]


# Months in words and digits

def test_months_are_counted_from_the_programme_start():
    assert month_name("2026-11", 0, say) == "november 2026"
    assert month_name("2026-11", 2, say) == "januar 2027"
    assert month_short("2026-11", 14) == "01.2028"
    assert shift_month("2027-01", -1) == "2026-12"


# The sketch in the URL

def test_sketch_survives_the_url_compactly():
    sketch = add(answered("maler", Answer.NO), 9, text="Kurs «i» Excel & mer / ærlig")
    value = to_param(sketch)
    assert re.fullmatch(r"[A-Za-z0-9_-]+", value) and len(value) < 500
    assert from_param(value, CATALOGUE) == sketch


@pytest.mark.parametrize("value", ["", "!!!", "e30", "eyJqIjoibWFsZXIifQ", "A" * 5000, to_param(Sketch(start="2026-01")),
                                   to_param(Sketch(job="maler", start="2026-01"))[:-3]])
def test_broken_or_tampered_url_gives_no_sketch_instead_of_an_error(value):
    assert from_param(value, CATALOGUE) is None


def test_even_the_longest_sketch_fits_the_url():
    sketch = answered(None, Answer.NO, own_job="ع" * 60)
    sketch = sketch.model_copy(update={"steps": tuple(Step(text="ع" * 60, month=month) for month in range(MAX_STEPS))})
    value = to_param(sketch)
    assert len(value) <= MAX_PARAM and from_param(value, CATALOGUE) == sketch


def test_unknown_ids_in_the_url_are_dropped():
    sketch = Sketch(job="maler", branch=Branch.WORK, start="2026-01",
                    steps=(Step(measure="finnes-ikke", month=3), Step(measure="norsk-a2", month=8)))
    restored = from_param(to_param(sketch), CATALOGUE)
    assert [step.measure for step in restored.steps] == ["norsk-a2"]
    assert from_param(to_param(sketch.model_copy(update={"job": "finnes-ikke"})), CATALOGUE) is None
    typed = sketch.model_copy(update={"job": None, "own_job": "Snekker"})
    assert from_param(to_param(typed), CATALOGUE).own_job == "Snekker"


def test_url_cannot_open_the_work_branch_for_a_job_that_requires_education():
    sketch = Sketch(job="sykepleier", branch=Branch.WORK, start="2026-01")
    assert from_param(to_param(sketch), CATALOGUE).branch is None


def test_url_parameter_name_is_stable():
    assert PARAM == "skisse"


# The ladder and the printed sketch

def test_ladder_shows_start_and_end_months_like_the_welder_example():
    svg = ladder_svg(Rung("Introprogram start", "01.2021"), [Rung("Norsk B1", "06.2021")], Rung("Jobbe som sveiser", "01.2023"), "t")
    assert "01.2021" in svg and "01.2023" in svg and "Jobbe som sveiser" in svg


def test_ladder_escapes_typed_text_and_marks_cut_labels():
    svg = ladder_svg("Start", [Rung("<script>alert(1)</script> " * 4)], "Slutt", "t")
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "…" in svg


def test_export_has_goal_steps_months_questions_and_who_decides():
    sketch = answered("maler", Answer.YES)
    html = export_html(sketch, CATALOGUE, [Side("nb", say)], sources=CONTENT.sources)
    assert "Bli maler" in html and "Læreplass i en bedrift" in html
    assert month_short(sketch.start, sketch.steps[0].month) in html and month_name(sketch.start, sketch.end, say) in html
    for question in advisor_questions(sketch, CATALOGUE, "nb"):
        assert question in html
    assert say("goal.municipality_decides") in html and say("goal.ask_advisor") in html
    assert "erdufargerik.no" in html and '<table class="ladder"' in html
    assert html.count("<html") == 1 and 'charset="utf-8"' in html


def test_export_in_arabic_puts_norwegian_beside_arabic_and_the_ladder_in_both():
    sketch = answered("maler", Answer.YES)

    def say_ar(key: str) -> str:
        return pick(CONTENT.ui[key], "ar")

    html = export_html(sketch, CATALOGUE, [Side("nb", say), Side("ar", say_ar, "rtl")], sources=CONTENT.sources)
    assert '<html lang="nb" dir="ltr">' in html and '<div lang="ar" dir="rtl">' in html
    assert say_ar("goal.municipality_decides") in html and say("goal.municipality_decides") in html
    ladder = html[html.index('<table class="ladder"'):html.index("</table>")]
    for step in sketch.steps:
        assert step_label(step, CATALOGUE, "nb") in ladder and step_label(step, CATALOGUE, "ar") in ladder
    assert export_file_name(sketch, CATALOGUE, "ar") == "min-plan-maler-ar.pdf"


def test_export_escapes_everything_the_participant_typed():
    evil = '<img src=x onerror="alert(1)">'
    sketch = add(answered(None, Answer.YES, own_job="<b>Snekker</b>"), 5, text=evil)
    html = export_html(sketch, CATALOGUE, [Side("nb", say)], sources=CONTENT.sources)
    assert "<img" not in html and "<b>Snekker" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "<bdi>&lt;img" in html


def test_export_keeps_cyrillic_and_arabic_as_written():
    sketch = add(add(answered(None, Answer.NO, own_job="Водій"), 5, text="Курс української"), 6, text="دورة لغة")
    html = export_html(sketch, CATALOGUE, [Side("nb", say)], sources=CONTENT.sources)
    assert "Водій" in html and "Курс української" in html and "دورة لغة" in html


def test_export_file_name_uses_the_job_when_it_can():
    assert export_file_name(answered("tomrer", Answer.NO), CATALOGUE, "nb") == "min-plan-tømrer.pdf"
    assert export_file_name(answered(None, Answer.NO, own_job="دورة"), CATALOGUE, "nb") == "min-plan.pdf"


def test_export_of_a_typed_job_says_to_ask_instead_of_facts():
    html = export_html(answered(None, Answer.YES, own_job="Snekker"), CATALOGUE, [Side("nb", say)], sources=CONTENT.sources)
    assert say("goal.level_unknown") in html
