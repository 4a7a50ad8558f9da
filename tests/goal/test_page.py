"""The goal exercise page in AppTest: both branches for the painter, a typed job, editing, and a reload from the URL."""
from __future__ import annotations

from minplan.content.bidi import plain
from minplan.catalogue import load_content
from minplan.content.markdown import escape_markdown
from minplan.goal.sketch import PARAM
from minplan.content.text import pick
from minplan.goal.kinds import job_catalogue
from tests.conftest import open_page, run_app
from views.goal.page import OTHER, URL_PATH
from views.goal.editor import OWN

CONTENT = load_content()


def say(key: str) -> str:
    return pick(CONTENT.ui[key], "nb")


def open_goal(query: dict[str, str] | None = None):
    return open_page(run_app(query), URL_PATH)


def answer(app, value: str, job: str = "maler"):
    app.button_group(key=f"goal-answer-{job}").set_value(value).run()
    assert not app.exception
    return app


def text_of(app) -> str:
    text = "\n".join(element.value for kind in ("markdown", "info", "warning", "success", "caption") for element in app.get(kind))
    return plain(text)  # right-to-left texts carry invisible marks (minplan/content/bidi.py)


def step_titles(app) -> list[str]:
    """The sub-goals as the ladder's text version lists them, between programme start and end goal."""
    ladder = next(m.value for m in app.markdown if m.value.startswith("1. " + say("goal.ladder_start")))
    return [line.split(". ", 1)[1].rsplit(" – ", 1)[0] for line in ladder.splitlines()[1:-1]]


def test_page_opens_on_the_painter_and_asks_before_it_tells():
    app = open_goal()
    assert not app.exception
    assert "# " + say("goal.title") in [markdown.value for markdown in app.markdown]
    assert app.selectbox(key="goal-job").value == "maler"
    assert app.button_group(key="goal-answer-maler").value is None
    assert "### " + say("goal.known_title") not in [markdown.value for markdown in app.markdown]
    assert "goal-pdf-make" not in [button.key for button in app.button]


def test_painter_yes_shows_the_facts_and_plans_the_education():
    app = answer(open_goal(), "ja")
    text = text_of(app)
    painter = job_catalogue(CONTENT).job("maler")
    assert say("goal.verdict_partly") in text and say("goal.level_recommended") in text
    assert painter.known["nb"] in text and say("goal.ask_advisor") in text
    assert "erdufargerik.no" in text
    assert app.radio(key="goal-branch-maler").value == "utdanning"
    assert "Læreplass i en bedrift" in step_titles(app)
    assert any("Bli maler" in box.label for box in app.selectbox)
    assert len(app.image) == 1 and "goal-pdf-make" in [button.key for button in app.button]
    assert say("goal.municipality_decides") in text


def test_lag_pdf_gives_the_sketch_as_a_pdf_to_download():
    app = answer(open_goal(), "ja")
    app.button(key="goal-pdf-make").click().run()
    assert not app.exception and not app.warning
    [button] = app.get("download_button")
    assert plain(button.proto.label).startswith("Last ned planen (PDF)")


def test_painter_no_plans_the_way_into_work():
    app = answer(open_goal(), "nei")
    assert app.radio(key="goal-branch-maler").value == "arbeid"
    titles = step_titles(app)
    assert "Arbeidspraksis" in titles and "Læreplass i en bedrift" not in titles
    assert any("Jobbe som maler" in box.label for box in app.selectbox)


def test_changing_branch_proposes_the_other_plan():
    app = answer(open_goal(), "ja")
    app.radio(key="goal-branch-maler").set_value("arbeid").run()
    assert not app.exception
    assert "Arbeidspraksis" in step_titles(app)


def test_a_job_typed_by_hand_gets_the_advice_to_ask_and_a_general_plan():
    app = open_goal()
    app.selectbox(key="goal-job").set_value(OTHER).run()
    app.text_input(key="goal-job-text").input("Snekker <b>").run()
    app = answer(app, "vet-ikke", job="own-Snekker <b>")
    text = text_of(app)
    assert say("goal.level_unknown") in text and say("goal.verdict_ask") in text
    assert step_titles(app)[0] == "Finn ut om jobben krever utdanning"
    assert any("Jobbe som Snekker <b>" in box.label for box in app.selectbox)
    app.radio(key="goal-branch-own-Snekker <b>").set_value("utdanning").run()
    assert any("Bli Snekker <b>" in box.label for box in app.selectbox)


def test_a_job_that_requires_education_offers_no_work_branch():
    app = open_goal()
    app.selectbox(key="goal-job").set_value("sykepleier").run()
    app = answer(app, "nei", job="sykepleier")
    text = text_of(app)
    assert say("goal.verdict_different") in text and say("goal.branch_only_education") in text
    assert not [radio for radio in app.radio if radio.key == "goal-branch-sykepleier"]
    assert any("Bli sykepleier" in box.label for box in app.selectbox)


def test_sub_goals_can_be_moved_removed_and_added_in_own_words():
    app = answer(open_goal(), "nei")
    first, second = step_titles(app)[:2]
    app.button(key="goal-down-1-0").click().run()
    assert step_titles(app)[:2] == [second, first]
    app.button(key="goal-remove-2-0").click().run()
    assert second not in step_titles(app) and step_titles(app)[0] == first
    version = 3
    app.selectbox(key=f"goal-add-what-{version}").set_value(OWN).run()
    app.text_input(key=f"goal-add-text-{version}").input("Kurs i *Excel* [lenke](http://x)").run()
    app.button(key=f"goal-add-{version}").click().run()
    assert not app.exception
    typed = escape_markdown("Kurs i *Excel* [lenke](http://x)")
    assert step_titles(app)[-1] == typed and f"**{typed}**" in [box.label for box in app.selectbox]


def test_a_reload_keeps_the_sketch_from_the_url():
    app = answer(open_goal(), "nei")
    app.button(key="goal-remove-1-0").click().run()
    kept = step_titles(app)
    value = app.query_params[PARAM]
    reloaded = open_goal({PARAM: value if isinstance(value, str) else value[0]})
    assert not reloaded.exception
    assert reloaded.button_group(key="goal-answer-maler").value == "nei"
    assert step_titles(reloaded) == kept


def test_a_tampered_url_starts_a_fresh_sketch_without_an_error():
    app = open_goal({PARAM: "eyJqIjoiPHNjcmlwdD4ifQ"})
    assert not app.exception
    assert app.selectbox(key="goal-job").value == "maler"


def test_teacher_sees_how_to_run_the_exercise_in_class():
    app = open_goal({"teacher": "1"})
    assert "For læreren" in [expander.label for expander in app.expander]
    assert job_catalogue(CONTENT).teacher_notes.discussion[0]["nb"] in text_of(app)


def test_support_language_shows_beside_the_norwegian_facts():
    app = answer(open_goal({"lang": "ar"}), "ja")
    painter = job_catalogue(CONTENT).job("maler")
    text = text_of(app)
    assert painter.known["nb"] in text and painter.known["ar"] in text
    assert app.button_group(key="goal-answer-maler").value == "ja"
    assert any("Bli maler" in box.label for box in app.selectbox)



def test_norwegian_stays_in_sight_beside_dari():
    """Issue 21 §3: with Dari chosen, every heading, choice and button of the exercise still shows the
    Norwegian words the teacher says, with the Dari beneath them."""
    app = answer(open_goal({"lang": "prs"}), "ja")
    markdown = [plain(element.value) for element in app.markdown]
    for key, level in [("goal.title", 1), ("goal.job_label", 3), ("goal.question", 3), ("goal.known_title", 3),
                       ("goal.branch_label", 3), ("goal.steps_title", 3), ("goal.ladder_heading", 3), ("goal.download_heading", 3)]:
        assert f"{'#' * level} {say(key)}" in markdown, key
        assert plain(pick(CONTENT.ui[key], "prs")) in markdown, key
    answers = app.button_group(key="goal-answer-maler")
    assert [plain(option.content) for option in answers.proto.options] == [
        f"{say(f'goal.answer_{value}')}  \n{plain(pick(CONTENT.ui[f'goal.answer_{value}'], 'prs'))}" for value in ("ja", "nei", "vet-ikke")]
    labels = [plain(button.label) for button in app.button]
    for key in ("goal.move_up", "goal.remove", "goal.reset", "goal.add_button"):
        assert f"{say(key)}  \n{plain(pick(CONTENT.ui[key], 'prs'))}" in labels, key
    branches = app.radio(key="goal-branch-maler")
    assert all(plain(option).startswith(say(f"goal.branch_{branch}").format(job="maler")) for branch, option in
               zip(("utdanning", "arbeid"), branches.options))
    assert plain(app.expander[-1].label).startswith(say("goal.ladder_as_text"))
    text = text_of(app)
    assert say("goal.verdict_partly") in text and plain(pick(CONTENT.ui["goal.verdict_partly"], "prs")) in text
