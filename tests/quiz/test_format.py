"""Bad quiz files are refused with FILE:LINE: FIELD: message, by `minplan check` and by the upload alike."""
from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from minplan.cli import main
from minplan.catalogue import load_content
from minplan.quiz.questions import Quiz, read_quiz
from minplan.content.safe_yaml import MAX_BYTES
from minplan.quiz.kinds import quizzes
from tests.conftest import ROOT

LESSONS = [lesson.id for lesson in load_content().lessons]

VALID = {
    "id": "min-test",
    "title": {"nb": "Min test"},
    "pass_mark": 0.8,
    "questions": [
        {
            "id": "hvem",
            "lesson": "hvem-lager-planen",
            "type": "single",
            "prompt": {"nb": "Hvem lager planen?"},
            "options": [{"id": "a", "text": {"nb": "Kommunen alene"}}, {"id": "b", "text": {"nb": "Du og kommunen"}}],
            "answer": "b",
            "explanation": {"nb": "Dere lager den sammen."},
        },
        {
            "id": "hva",
            "lesson": "hva-star-i-planen",
            "type": "multiple",
            "prompt": {"nb": "Hva står i planen?"},
            "options": [{"id": "a", "text": {"nb": "Sluttmål"}}, {"id": "b", "text": {"nb": "Norskmål"}}, {"id": "c", "text": {"nb": "Lønn"}}],
            "answer": ["a", "b"],
            "explanation": {"nb": "Sluttmål og norskmål."},
        },
        {
            "id": "endres",
            "lesson": "planen-kan-endres",
            "type": "true_false",
            "prompt": {"nb": "Kan planen endres?"},
            "answer": True,
            "explanation": {"nb": "Ja."},
        },
        {
            "id": "steg",
            "lesson": "du-har-klagerett",
            "type": "order",
            "prompt": {"nb": "Rekkefølge?"},
            "steps": [{"id": "a", "text": {"nb": "Vedtak"}}, {"id": "b", "text": {"nb": "Klage"}}],
            "explanation": {"nb": "Først vedtak."},
        },
        {
            "id": "ord",
            "lesson": "oppsummering",
            "type": "match",
            "prompt": {"nb": "Ord?"},
            "pairs": [{"id": "a", "term": {"nb": "delmål"}, "match": {"nb": "lite mål"}}, {"id": "b", "term": {"nb": "sluttmål"}, "match": {"nb": "siste mål"}}],
            "explanation": {"nb": "Se ordlisten."},
        },
    ],
}


def problems_in(raw: bytes | str, name: str = "quizzes/x.yaml") -> list[str]:
    """The problems of a file as `minplan check` prints them."""
    data = raw.encode() if isinstance(raw, str) else raw
    _, problems = read_quiz(name, data, LESSONS)
    return [str(problem) for problem in problems]


def changed(path: tuple, value=None, delete: bool = False) -> str:
    """The valid quiz as YAML with one value changed (or deleted)."""
    data = copy.deepcopy(VALID)
    target = data
    for part in path[:-1]:
        target = target[part]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def only(problems: list[str], field: str, words: str) -> None:
    assert len(problems) == 1, problems
    assert f": {field}: " in problems[0] and words in problems[0], problems[0]


def test_a_valid_quiz_has_no_problems():
    assert problems_in(yaml.safe_dump(VALID, allow_unicode=True)) == []


def test_yaml_syntax_error_names_its_line():
    raw = "id: x\ntitle: {nb: X\nquestions: []\n"
    [problem] = problems_in(raw)
    assert problem.startswith("quizzes/x.yaml:3: yaml: the YAML cannot be read")


def test_root_that_is_a_list_is_refused():
    only(problems_in("- id: x\n- id: y\n"), "file", "must be a mapping")


def test_root_that_is_a_single_value_is_refused():
    only(problems_in("just some words\n"), "file", "must be a mapping")


def test_empty_file_is_refused():
    only(problems_in(""), "file", "empty")


def test_no_questions_is_refused():
    only(problems_in(changed(("questions",), [])), "questions", "needs at least 1 items")


def test_missing_questions_is_refused():
    only(problems_in(changed(("questions",), delete=True)), "questions", "is missing")


def test_duplicate_question_ids_are_refused_at_the_second():
    data = copy.deepcopy(VALID)
    data["questions"][2]["id"] = "hvem"
    only(problems_in(yaml.safe_dump(data, allow_unicode=True)), "questions.2.id", "the id 'hvem' is used by two questions")


def test_duplicate_option_ids_are_refused():
    problems = problems_in(changed(("questions", 0, "options", 1, "id"), "a"))
    only(problems, "questions.0.options.1.id", "the id 'a' is used by two options")


def test_duplicate_step_ids_are_refused():
    only(problems_in(changed(("questions", 3, "steps", 1, "id"), "a")), "questions.3.steps.1.id", "used by two steps")


def test_duplicate_pair_ids_are_refused():
    only(problems_in(changed(("questions", 4, "pairs", 1, "id"), "a")), "questions.4.pairs.1.id", "used by two pairs")


def test_unknown_type_is_refused():
    only(problems_in(changed(("questions", 0, "type"), "essay")), "questions.0.type", "'essay' is not allowed here")


def test_missing_prompt_is_refused():
    only(problems_in(changed(("questions", 0, "prompt"), delete=True)), "questions.0.prompt", "is missing")


def test_missing_explanation_is_refused():
    only(problems_in(changed(("questions", 1, "explanation"), delete=True)), "questions.1.explanation", "is missing")


def test_single_answer_not_among_the_options_is_refused():
    only(problems_in(changed(("questions", 0, "answer"), "c")), "questions.0.answer", "'c' is not one of the options (a, b)")


def test_single_answer_that_is_a_list_is_refused():
    only(problems_in(changed(("questions", 0, "answer"), ["a", "b"])), "questions.0.answer", "not a list")


def test_multiple_answer_that_is_not_a_list_is_refused():
    only(problems_in(changed(("questions", 1, "answer"), "a")), "questions.1.answer", "must be a list of option ids")


def test_multiple_answer_with_an_unknown_option_is_refused():
    only(problems_in(changed(("questions", 1, "answer"), ["a", "x"])), "questions.1.answer.1", "'x' is not one of the options")


def test_multiple_answer_that_is_empty_is_refused():
    only(problems_in(changed(("questions", 1, "answer"), [])), "questions.1.answer", "at least one right option")


@pytest.mark.parametrize("answer", ["kanskje", 1, None, ["true"]])
def test_true_false_answer_that_is_not_true_or_false_is_refused(answer):
    only(problems_in(changed(("questions", 2, "answer"), answer)), "questions.2.answer", "must be true or false")


def test_true_false_with_options_is_refused():
    options = VALID["questions"][0]["options"]
    only(problems_in(changed(("questions", 2, "options"), options)), "questions.2.options", "only used by questions of type single or multiple")


def test_order_without_steps_is_refused():
    only(problems_in(changed(("questions", 3, "steps"), delete=True)), "questions.3.steps", "is missing (a question of type order needs it)")


def test_order_with_an_answer_is_refused():
    only(problems_in(changed(("questions", 3, "answer"), ["b", "a"])), "questions.3.answer", "leave it out")


def test_match_with_one_pair_is_refused():
    pairs = VALID["questions"][4]["pairs"][:1]
    only(problems_in(changed(("questions", 4, "pairs"), pairs)), "questions.4.pairs", "needs 2 to 8 items")


@pytest.mark.parametrize("mark", [1.5, -0.1])
def test_pass_mark_outside_zero_to_one_is_refused(mark):
    only(problems_in(changed(("pass_mark",), mark)), "pass_mark", "must be at")


def test_pass_mark_that_is_not_a_number_is_refused():
    only(problems_in(changed(("pass_mark",), "åtti prosent")), "pass_mark", "must be a number")


def test_points_below_one_are_refused():
    only(problems_in(changed(("questions", 0, "points"), 0)), "questions.0.points", "must be at least 1")


def test_misspelt_field_is_refused():
    only(problems_in(changed(("questions", 0, "promt"), {"nb": "x"})), "questions.0.promt", "is not a field we know")


def test_unknown_lesson_is_refused():
    only(problems_in(changed(("questions", 1, "lesson"), "finnes-ikke")), "questions.1.lesson", "the lesson 'finnes-ikke' does not exist")


def test_problems_carry_the_line_of_the_field():
    raw = changed(("questions", 0, "answer"), "c")
    line = next(number for number, text in enumerate(raw.splitlines(), start=1) if text.strip() == "answer: c")
    assert problems_in(raw)[0].startswith(f"quizzes/x.yaml:{line}: questions.0.answer: ")


class TestHostileFiles:
    def test_binary_file_is_refused(self):
        only(problems_in(b"\x89PNG\r\n\x1a\n\x00\x00\x00"), "file", "not a text file")

    def test_text_that_is_not_utf8_is_refused(self):
        only(problems_in("id: x\ntitle: {nb: Blåbær}\n".encode("latin-1")), "file", "not UTF-8")

    def test_huge_file_is_refused_before_parsing(self):
        raw = b"id: x\n" + b"# " + b"x" * (MAX_BYTES + 10) + b"\n"
        only(problems_in(raw), "file", "too large")

    def test_alias_bomb_is_refused(self):
        bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)
        )
        only(problems_in(bomb), "yaml", "anchors and aliases")

    def test_python_object_tag_is_refused_and_never_run(self, tmp_path: Path):
        marker = tmp_path / "ran"
        raw = f"id: x\ntitle: !!python/object/apply:os.system ['touch {marker}']\n"
        only(problems_in(raw), "yaml", "the tag tag:yaml.org,2002:python/object/apply:os.system is not allowed")
        assert not marker.exists()

    def test_deep_nesting_is_refused(self):
        only(problems_in("id: " + "[" * 200 + "]" * 200 + "\n"), "yaml", "nested too deeply")


class TestCheckCommand:
    def test_check_prints_file_line_field_message_and_exits_1(self, tmp_path: Path, capsys):
        folder = tmp_path / "quizzes"
        folder.mkdir()
        bad = folder / "x.yaml"
        bad.write_text(changed(("questions", 0, "answer"), "c"), encoding="utf-8")
        assert main(["check", str(bad)]) == 1
        out = capsys.readouterr().out.strip().splitlines()
        assert len(out) == 1 and out[0].startswith(f"{bad}:") and ": questions.0.answer: the answer 'c'" in out[0]

    def test_check_on_a_hostile_file_shows_no_traceback(self, tmp_path: Path):
        folder = tmp_path / "quizzes"
        folder.mkdir()
        (folder / "x.yaml").write_text("id: !!python/object/apply:os.system ['echo hacked']\n", encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "minplan", "check", str(folder / "x.yaml")],
                              cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert done.returncode == 1
        assert "Traceback" not in done.stderr + done.stdout and "hacked" not in done.stdout
        assert ": yaml: the tag" in done.stdout

    def test_check_names_the_quiz_folder_for_other_files(self, tmp_path: Path, capsys):
        other = tmp_path / "x.yaml"
        other.write_text("id: x\n", encoding="utf-8")
        assert main(["check", str(other)]) == 1
        assert "quizzes/*.yaml" in capsys.readouterr().out

    def test_shipped_quizzes_pass_the_check(self, capsys):
        assert main(["check", *[str(path) for path in sorted((ROOT / "quizzes").glob("*.yaml"))]]) == 0


def test_unknown_lesson_in_the_content_tree_is_reported_by_the_loader(content_tree: Path):
    path = content_tree / "quizzes" / "selvtest.yaml"
    text = path.read_text(encoding="utf-8").replace("lesson: hvem-lager-planen", "lesson: hvem-lager-plan", 1)
    path.write_text(text, encoding="utf-8")
    problems = [problem for problem in load_content(content_tree).problems if problem.file == "quizzes/selvtest.yaml"]
    line = text.splitlines().index("    lesson: hvem-lager-plan") + 1
    assert [(p.line, p.message) for p in problems] == [(line, "the lesson 'hvem-lager-plan' does not exist (see the ids in lessons/*.yaml)")]


def test_quiz_whose_id_is_taken_by_a_lesson_is_reported(content_tree: Path):
    (content_tree / "quizzes" / "ny.yaml").write_text(
        yaml.safe_dump({**VALID, "id": "oppsummering"}, allow_unicode=True), encoding="utf-8")
    content = load_content(content_tree)
    assert any(p.file == "quizzes/ny.yaml" and p.field == "id" and "already used" in p.message for p in content.problems)
    assert "oppsummering" not in [quiz.id for quiz in quizzes(content)]


def test_a_broken_quiz_leaves_the_rest_of_the_content_working(content_tree: Path):
    (content_tree / "quizzes" / "ødelagt.yaml").write_bytes(b"\x00\x01")
    content = load_content(content_tree)
    assert [quiz.id for quiz in quizzes(content)] == [quiz.id for quiz in quizzes(load_content())]
    assert len(content.lessons) == len(LESSONS)


def test_quiz_model_is_the_one_the_loader_uses():
    from minplan.catalogue import kind_of

    assert kind_of("quizzes/anything.yaml").model is Quiz
