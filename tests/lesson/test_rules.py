"""Rules behind the lesson pages: progress in the URL, the check question, glossary order, the ladder."""
from __future__ import annotations

from xml.etree import ElementTree

from minplan.lesson.checking import answer_check
from minplan.catalogue import load_content
from minplan.content.glossary import norwegian_key, search_terms
from minplan.goal.ladder import Rung, ladder_svg
from minplan.content.markdown import escape_markdown
from minplan.lesson.progress import Progress
from minplan.content.text import pick

CONTENT = load_content()
IDS = [lesson.id for lesson in CONTENT.lessons]


def test_progress_round_trips_through_the_url():
    progress = Progress().finish(IDS[2]).finish(IDS[0]).with_teacher_notes(True)
    query = progress.to_query(IDS)
    assert query == {"done": f"{IDS[0]}.{IDS[2]}", "teacher": "1"}
    assert Progress.from_query(query, IDS) == progress


def test_tampered_progress_keeps_only_known_lessons():
    progress = Progress.from_query({"done": f"{IDS[0]}.<script>.{'x' * 5000}", "teacher": "maybe"}, IDS)
    assert progress == Progress(done=frozenset({IDS[0]}), teacher=False)


def test_next_lesson_is_the_first_not_done():
    progress = Progress().finish(IDS[0]).finish(IDS[2])
    assert progress.next_lesson(CONTENT.lessons).id == IDS[1]
    assert progress.count_done(CONTENT.lessons) == 2
    everything = Progress(done=frozenset(IDS))
    assert everything.next_lesson(CONTENT.lessons) is None
    assert everything.reset().done == frozenset()


def test_right_answer_is_correct_and_explained():
    question = CONTENT.lessons[0].check
    result = answer_check(question, question.answer)
    assert result.correct
    assert result.explanation == question.explanation


def test_a_wrong_answer_does_not_give_the_right_one_away():
    """Every lesson: a wrong choice says only «try again», no feedback naming the answer (finding 20)."""
    for lesson in CONTENT.lessons:
        question = lesson.check
        for wrong in (option for option in question.options if option.id != question.answer):
            result = answer_check(question, wrong.id)
            assert not result.correct
            assert result.feedback is None


def test_unknown_option_counts_as_wrong():
    assert not answer_check(CONTENT.lessons[0].check, "does-not-exist").correct


def test_text_falls_back_to_norwegian():
    assert pick({"nb": "Hei", "en": "Hi"}, "en") == "Hi"
    assert pick({"nb": "Hei"}, "uk") == "Hei"


def test_glossary_sorts_like_a_norwegian_dictionary():
    words = ["år", "ørn", "ære", "Zebra", "arbeid"]
    assert sorted(words, key=norwegian_key) == ["arbeid", "Zebra", "ære", "ørn", "år"]


def test_glossary_search_puts_word_matches_first():
    found = search_terms(CONTENT.glossary.values(), "klage")
    assert found, "klage is in the glossary"
    assert "klage" in found[0].word["nb"].casefold()
    assert search_terms(CONTENT.glossary.values(), "qqqq") == []
    assert len(search_terms(CONTENT.glossary.values(), "")) == len(CONTENT.glossary)


def test_ladder_is_valid_svg_with_every_step_and_escaped_labels():
    svg = ladder_svg("Start", [Rung("Norsk <B1>", "år 1"), Rung("Førerkort & kurs")], "Jobbe som sveiser", title="Stigen")
    tree = ElementTree.fromstring(svg)
    texts = [element.text for element in tree.iter("{http://www.w3.org/2000/svg}text")]
    assert texts == ["Start", "Norsk <B1>", "år 1", "Førerkort & kurs", "Jobbe som sveiser"]
    assert len(list(tree.iter("{http://www.w3.org/2000/svg}circle"))) == 4


def test_user_text_cannot_become_a_link_or_html():
    escaped = escape_markdown("[klikk](https://evil.example) <b>hei</b>")
    assert "](" not in escaped and "<b>" not in escaped
