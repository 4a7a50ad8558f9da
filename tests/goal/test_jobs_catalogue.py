"""exercises/jobs.yaml: the jobs the exercise knows, each with its facts, sources and proposals, checked by `minplan check`."""
from __future__ import annotations

from pathlib import Path

import pytest

from minplan.catalogue import catalogue
from minplan.cli import main
from minplan.content.commands import check
from minplan.catalogue import load_content
from minplan.goal.jobs import Requirement
from minplan.goal.kinds import job_catalogue

CONTENT = load_content()
CATALOGUE = job_catalogue(CONTENT)
JOBS = {job.id: job for job in CATALOGUE.jobs}

ISSUE_JOBS = ["maler", "helsefagarbeider", "barnehageassistent", "sveiser", "renholder", "kokk", "elektriker",
              "tomrer", "bussjafor", "lagermedarbeider", "butikkmedarbeider", "frisor", "sykepleier", "laerer",
              "it-stotte", "rorlegger", "mekaniker", "assistent-skole", "servitor", "vaktmester"]


def test_catalogue_loads_with_the_twenty_jobs_participants_often_aim_for():
    assert CATALOGUE is not None
    assert set(ISSUE_JOBS) <= set(JOBS) and len(JOBS) >= 20


def test_painter_is_the_worked_example_and_needs_no_education_by_law():
    assert JOBS["maler"].education == Requirement.RECOMMENDED


@pytest.mark.parametrize("job_id", ISSUE_JOBS)
def test_every_job_names_a_public_source_and_has_plain_norwegian(job_id):
    job = JOBS[job_id]
    assert all(str(CONTENT.sources[source_id].url).startswith(("https://", "http://")) for source_id in job.sources)
    for text in (job.title, job.known, job.path, job.without):
        assert text["nb"].strip()


@pytest.mark.parametrize("job_id", [job_id for job_id in ISSUE_JOBS if JOBS[job_id].education != Requirement.REQUIRED])
def test_jobs_without_a_legal_requirement_do_not_claim_one(job_id):
    said = " ".join(text["nb"] for text in (JOBS[job_id].known, JOBS[job_id].without)).casefold()
    assert "loven krever" not in said


def test_jobs_that_require_education_name_the_rule_or_the_authority():
    for job in CATALOGUE.jobs:
        if job.education == Requirement.REQUIRED:
            assert job.licence or "krav" in job.known["nb"] or "må" in job.known["nb"], job.id


def test_check_command_accepts_the_catalogue(capsys):
    assert main(["check", "exercises/jobs.yaml"]) == 0
    assert "OK" in capsys.readouterr().out


def test_check_reports_a_sub_goal_that_does_not_exist_with_file_and_line(content_tree: Path):
    path = content_tree / "exercises" / "jobs.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("work: [norsk-a2, arbeidspraksis, bransjekurs, norsk-b1, cv, jobbsoking]",
                                 "work: [norsk-a2, kurs-som-ikke-finnes]", 1), encoding="utf-8")
    problems, _ = check(catalogue(), [path], root=content_tree)
    assert [(p.file, p.field) for p in problems] == [(str(path), "jobs.0.plans.work.1")]
    assert problems[0].line == text[: text.index("work: [norsk-a2, arbeidspraksis, bransjekurs")].count("\n") + 1
    assert job_catalogue(load_content(content_tree)) is None


def test_check_reports_a_job_without_a_source(content_tree: Path):
    path = content_tree / "exercises" / "jobs.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("    sources: [", text.index("id: maler"))
    end = text.index("\n", start)
    path.write_text(text[:start] + "    sources: []" + text[end:], encoding="utf-8")
    problems, _ = check(catalogue(), [path], root=content_tree)
    assert any(p.field == "jobs.0.sources" and "at least 1" in p.message for p in problems)


def test_check_refuses_a_work_plan_for_a_job_that_requires_education(content_tree: Path):
    path = content_tree / "exercises" / "jobs.yaml"
    text = path.read_text(encoding="utf-8")
    marker = "      education: [realkompetanse, norsk-a2, norsk-b1, vgs, laereplass, fagbrev, autorisasjon]\n"
    path.write_text(text.replace(marker, marker + "      work: [norsk-a2]\n", 1), encoding="utf-8")
    problems, _ = check(catalogue(), [path], root=content_tree)
    assert any("requires education has no work plan" in p.message for p in problems)


def test_a_broken_catalogue_leaves_the_rest_of_the_app_working(content_tree: Path):
    (content_tree / "exercises" / "jobs.yaml").write_text("jobs: [", encoding="utf-8")
    content = load_content(content_tree)
    assert job_catalogue(content) is None and content.lessons
    assert any(p.file == "exercises/jobs.yaml" for p in content.problems)
