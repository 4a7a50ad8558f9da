"""Sources a person can follow: one registry, cited by id, checked by `minplan check`, shown on the Kilder page."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from minplan.catalogue import catalogue
from minplan.cli import main
from minplan.content.commands import check, report_stale
from minplan.catalogue import load_content
from minplan.content.markdown import escape_markdown
from minplan.content.sources import REGISTRY, Source, uses_of
from minplan.quiz.kinds import quizzes
from minplan.goal.kinds import job_catalogue
from tests.conftest import ROOT, open_page, page_paths, run_app

CONTENT = load_content()
WORKING_NOTES = re.compile(r"FACTS\.md|[Ss]eed 0[0-9]{2}|\[K[0-9]+[a-z]?\]")
"""Our research notes' names, which mean nothing to a participant or teacher."""


def _line_of(path: Path, text: str) -> int:
    content = path.read_text(encoding="utf-8")
    return content[: content.index(text)].count("\n") + 1


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_every_lesson_and_job_cites_documents_in_the_registry():
    assert CONTENT.problems == []
    assert len(CONTENT.sources) >= 50
    for lesson in CONTENT.lessons:
        assert lesson.sources and all(cited.id in CONTENT.sources for cited in lesson.sources)
    for job in job_catalogue(CONTENT).jobs:
        assert all(source_id in CONTENT.sources for source_id in job.sources)


def test_the_course_slides_have_a_real_title_and_publisher():
    slides = CONTENT.sources["kurs-integreringsplan"]
    assert slides.title.startswith("Integreringsplan – en plan for ditt introprogram")
    assert slides.publisher == "Mitt Intro" and slides.url is None


def test_no_content_file_names_our_working_notes():
    files = [path for folder in ("lessons", "quizzes", "exercises", "ui") for path in (ROOT / folder).rglob("*.yaml")]
    named = [path.name for path in files if WORKING_NOTES.search(path.read_text(encoding="utf-8"))]
    assert named == []


def test_unknown_source_in_a_lesson_is_refused_at_its_line(content_tree: Path):
    path = content_tree / "lessons" / "01-hva-er-en-integreringsplan.yaml"
    _replace(path, "  - id: integreringsloven\n", "  - id: ukjent-lov\n")
    problems, _ = check(catalogue(), [], root=content_tree)
    assert [str(problem) for problem in problems] == [
        f"lessons/01-hva-er-en-integreringsplan.yaml:{_line_of(path, '- id: ukjent-lov')}: sources.0.id: "
        f"'ukjent-lov' is not a source in {REGISTRY} (add it there, or correct the id)"]


def test_unknown_source_in_a_job_or_a_quiz_question_is_refused(content_tree: Path):
    _replace(content_tree / "exercises" / "jobs.yaml", "sources: [erdufargerik-no-hvordan-blir-du-maler,",
             "sources: [finnes-ikke,")
    _replace(content_tree / "quizzes" / "selvtest.yaml", "    type: single\n", "    sources: [heller-ikke]\n    type: single\n")
    fields = {(problem.file, problem.field) for problem in check(catalogue(), [], root=content_tree)[0]}
    assert fields == {("exercises/jobs.yaml", "jobs.0.sources.0"), ("quizzes/selvtest.yaml", "questions.0.sources.0")}


def test_duplicate_source_id_is_refused(content_tree: Path):
    path = content_tree / REGISTRY
    path.write_text(path.read_text(encoding="utf-8") + "  - id: integreringsloven\n    title: En kopi\n"
                    "    publisher: Lovdata\n    checked: 2026-11-23\n", encoding="utf-8")
    problems, _ = check(catalogue(), [], root=content_tree)
    assert len(problems) == 1 and problems[0].file == REGISTRY and problems[0].field.endswith(".id")
    assert problems[0].message == "the id 'integreringsloven' is used by two sources"
    assert problems[0].line == _line_of(path, "  - id: integreringsloven\n    title: En kopi")


def test_a_source_nobody_cites_passes(content_tree: Path):
    path = content_tree / REGISTRY
    path.write_text(path.read_text(encoding="utf-8") + "  - id: ny-veileder\n    title: En ny veileder\n"
                    "    publisher: IMDi\n    date: 2026\n    checked: 2026-11-29\n", encoding="utf-8")
    assert check(catalogue(), [], root=content_tree)[0] == []
    assert load_content(content_tree).sources["ny-veileder"].shown_date() == "2026"


def test_a_source_needs_title_and_publisher_but_neither_a_checked_date_nor_an_address(content_tree: Path):
    path = content_tree / REGISTRY
    path.write_text(path.read_text(encoding="utf-8") + "  - id: uten-alt\n    url: https://example.org/\n", encoding="utf-8")
    fields = sorted(problem.field for problem in check(catalogue(), [], root=content_tree)[0])
    assert [field.rsplit(".", 1)[1] for field in fields] == ["publisher", "title"]


def test_the_old_written_out_citation_is_refused_with_what_to_do(content_tree: Path):
    _replace(content_tree / "lessons" / "01-hva-er-en-integreringsplan.yaml", "  - id: integreringsloven\n",
             "  - cite: Integreringsloven § 15\n")
    problems = [problem for problem in check(catalogue(), [], root=content_tree)[0] if problem.file.startswith("lessons/")]
    assert [problem.field for problem in problems] == ["sources.0"]
    assert "write the id of an entry in lessons/sources.yaml" in problems[0].message


@pytest.mark.parametrize("date, shown", [(dt.date(2025, 6, 20), "20.06.2025"), ("2025-10", "10.2025"), ("2023", "2023"), (None, None)])
def test_document_dates_are_shown_as_norwegians_write_them(date, shown):
    source = Source(id="x", title="Tittel", publisher="IMDi", date=date, checked=dt.date(2026, 11, 29))
    assert source.shown_date() == shown


def test_stale_lists_sources_not_checked_for_that_many_days(content_tree: Path, capsys):
    path = content_tree / REGISTRY
    _replace(path, "    checked: 2026-11-23\n", "    checked: 2025-01-02\n")
    assert report_stale(365, root=content_tree, today=dt.date(2026, 1, 2)) == 0
    assert "OK" in capsys.readouterr().out
    assert report_stale(365, root=content_tree, today=dt.date(2026, 1, 3)) == 1
    printed = [line for line in capsys.readouterr().out.splitlines() if "never been checked" not in line]
    assert printed == [f"{REGISTRY}:{_line_of(path, '2025-01-02')}: checked: 'integreringsloven-innhold' was last checked "
                       "2025-01-02, 366 days ago; read it again and update checked"]


def test_stale_lists_sources_nobody_has_read_but_does_not_fail_on_them(capsys):
    unread = [source.id for source in CONTENT.sources.values() if source.checked is None]
    assert "integreringsloven" in unread
    assert report_stale(100000) == 0
    printed = capsys.readouterr().out.splitlines()
    assert [line for line in printed if "has never been checked" in line] == [
        line for line in printed if line.split("'")[1:2] and line.split("'")[1] in unread]
    assert len([line for line in printed if "has never been checked" in line]) == len(unread)
    assert printed[-1].startswith("OK:") and f"{len(unread)} source(s) have never been checked" in printed[-1]


def test_stale_after_a_year_lists_every_source_checked_more_than_a_year_before(capsys):
    assert report_stale(365, today=dt.date(2027, 12, 1)) == 1
    old = [source for source in CONTENT.sources.values() if source.checked and source.checked < dt.date(2026, 12, 1)]
    printed = [line for line in capsys.readouterr().out.splitlines() if "days ago" in line]
    assert old and len(printed) == len(old)


def test_check_with_stale_exits_by_the_age_of_the_sources():
    assert main(["check", "--stale", "100000"]) == 0
    assert main(["check", "--stale", "0"]) == 1
    assert main(["check", "--languages", "--stale", "100000"]) == 0


def test_uses_name_the_lessons_quizzes_and_jobs_that_cite_a_source():
    uses = uses_of("integreringsloven", CONTENT.lessons, quizzes(CONTENT), job_catalogue(CONTENT).jobs)
    assert "du-har-klagerett" in uses.lessons and uses.jobs == ()
    assert uses_of("erdufargerik-no-hvordan-blir-du-maler", CONTENT.lessons, quizzes(CONTENT), job_catalogue(CONTENT).jobs).jobs == ("maler",)


def test_lesson_lists_its_sources_from_the_registry_with_the_checked_date():
    lesson = CONTENT.lesson("du-har-klagerett")
    app = open_page(run_app(), lesson.id)
    assert not app.exception
    text = "\n".join(markdown.value for markdown in app.markdown)
    first = CONTENT.sources[lesson.sources[0].id]
    assert f"]({first.url})" in text and "Sjekket 23.11.2026" in text
    assert lesson.sources[0].about["nb"] in text
    assert "Alle kilder" in [link.proto.label for link in app.get("page_link")]


def test_sources_page_lists_every_source_and_links_the_lessons_that_use_it():
    app = open_page(run_app(), "kilder")
    assert not app.exception
    assert app.title[0].value == "Kilder"
    text = "\n".join(markdown.value for markdown in app.markdown)
    read = [source for source in CONTENT.sources.values() if source.checked]
    assert all(f"{source.checked:%d.%m.%Y}" in text for source in read)
    assert text.count("Sjekket ") == len(read)
    assert text.count("Ikke sjekket ennå") == len(CONTENT.sources) - len(read) > 0
    labels = [link.proto.label for link in app.get("page_link")]
    assert all(f"{number}. {lesson.title['nb']}" in labels for number, lesson in enumerate(CONTENT.lessons, start=1))
    assert any(label.startswith("Fra jobb til plan: maler") for label in labels)
    assert "Test deg selv" in labels


def test_sources_page_keeps_its_norwegian_name_in_a_support_language():
    app = open_page(run_app({"lang": "ar"}), "kilder")
    assert not app.exception
    assert app.title[0].value.startswith("Kilder · ")  # each language in its own direction


def test_quiz_explanation_names_the_documents_behind_it():
    from tests.quiz.test_pages import answer, current, short_quiz

    app, key, questions = short_quiz("du-har-klagerett")
    question = current(app, key, questions)
    app = answer(app, key, question, (question.answer,))
    assert question.sources
    captions = "\n".join(caption.value for caption in app.caption)
    assert all(escape_markdown(CONTENT.sources[source_id].title) in captions for source_id in question.sources)


def test_sources_page_is_in_the_menu_beside_the_word_list():
    paths = page_paths()
    assert "kilder" in paths and paths.index("kilder") == paths.index("ordliste") + 1


def test_no_page_shows_our_working_notes():
    for path in page_paths():
        app = open_page(run_app({"teacher": "1"}), path)
        shown = [element.value for kind in ("markdown", "caption", "title", "header", "subheader", "info", "warning")
                 for element in app.get(kind)]
        shown += [link.proto.label for link in app.get("page_link")]
        found = [text for text in shown if WORKING_NOTES.search(text)]
        assert found == [], f"{path}: {found[:2]}"
