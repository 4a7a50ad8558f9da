"""Turn a GIFT file into a Min plan quiz: the questions Min plan has a form for, and a list of the rest.

Single choice (one `=`), multiple answers (`~%50%` weights that add to 100 %), true/false and
matching become questions; feedback (`#…`) becomes option feedback and general feedback (`####…`)
the explanation. Short answer, numerical, essay, description and partial credit have no form in
Min plan: each is listed as FILE:LINE: NAME: message and left out; the rest is still written.
The result is validated by the same schema as every quiz file, so it never writes a broken file.
Every problem carries its message as interface keys too (Problem.said, ui/giftwords.yaml) for the page.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import yaml
from pydantic import ValidationError

from minplan.content.problems import THE_FILE, Problem, Said, said
from minplan.content.validation import plain_message
from minplan.exchange.gift_parse import Block, plain, question_at, read_gift
from minplan.quiz.questions import Quiz

LETTERS = "abcdefgh"
_WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d+)?)%")
_NOT_ID = re.compile(r"[^a-z0-9æøå]+")
MAX_QUESTIONS = 200
MAX_LISTED = 200
"""A hostile file can hold thousands of unusable blocks; the list stops here and says how many more there are."""


class _LeftOut(Exception):
    """A block Min plan has no form for; its message says why, in plain words, and `why` says it as interface keys."""

    def __init__(self, message: str, why: Said) -> None:
        super().__init__(message)
        self.why = why


@dataclass
class GiftImport:
    """What an import gives: the quiz data (None when nothing could be used) and every problem."""

    quiz: Quiz | None
    problems: list[Problem] = field(default_factory=list)
    left_out: int = 0

    def yaml_text(self, source: str) -> str:
        """The quiz as a YAML file, with a note on where it came from."""
        data = self.quiz.model_dump(exclude_defaults=True, exclude_none=True)
        head = f"# Imported from {source} by `python -m minplan import`. Format: docs/quiz-format.md.\n"
        return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


@dataclass
class _Answer:
    text: str
    fraction: float
    right_mark: bool
    feedback: str | None


def import_gift(name: str, raw: bytes, lesson_ids: Iterable[str], quiz_id: str, lesson: str | None = None) -> GiftImport:
    """Read GIFT bytes into a quiz with id `quiz_id`; `lesson` (else each `$CATEGORY:`) says which lesson a question checks."""
    known = set(lesson_ids)
    blocks, problems, left_out = read_gift(name, raw)
    questions: list[dict] = []
    used: set[str] = set()
    for block in blocks:
        field_name = block.name or f"question at line {block.line}"
        place = None if block.name else question_at(block.line)
        where = block.line
        try:
            if len(questions) == MAX_QUESTIONS:
                raise _LeftOut(f"a quiz holds at most {MAX_QUESTIONS} questions", said("giftwords.too_many", count=MAX_QUESTIONS))
            chosen = _lesson(block, lesson, known)
            where = block.answers_line or block.line
            question, notes = _question(block, chosen)
        except _LeftOut as why:
            problems.append(Problem(name, where, field_name, f"{why}; left out", why.why.then("giftwords.left_out"), place))
            left_out += 1
            continue
        question["id"] = _unique(_slug(block.name or plain(block.text, block.format)), used, len(questions) + 1)
        questions.append(question)
        problems += [Problem(name, block.line, field_name, note, why, place) for note, why in notes]
    if len(problems) > MAX_LISTED:
        more = len(problems) - MAX_LISTED
        problems = problems[:MAX_LISTED] + [Problem(name, problems[MAX_LISTED].line, "file", f"and {more} more problems like these",
                                                    said("giftwords.more", count=more), THE_FILE)]
    if not questions:
        problems.append(Problem(name, 1, "file", "no question could be imported, so no quiz is written", said("giftwords.nothing"), THE_FILE))
        return GiftImport(None, problems, left_out)
    data = {"id": quiz_id, "title": {"nb": quiz_id.replace("-", " ").capitalize()}, "questions": questions}
    try:
        return GiftImport(Quiz.model_validate(data), problems, left_out)
    except ValidationError as error:
        problems += [Problem(name, 1, ".".join(map(str, detail["loc"])), plain_message(detail), said("giftwords.not_valid"), THE_FILE)
                     for detail in error.errors()]
        return GiftImport(None, problems, left_out)


def _lesson(block: Block, chosen: str | None, known: set[str]) -> str:
    if chosen:
        if chosen not in known:
            raise _LeftOut(f"the lesson '{chosen}' does not exist (see the ids in lessons/*.yaml)", said("giftwords.no_lesson", lesson=chosen))
        return chosen
    named = _slug((block.category or "").rstrip("/").split("/")[-1])
    if named in known:
        return named
    if block.category:
        where, why = f"the category '{block.category}' is not a lesson id", said("giftwords.category_unknown", category=block.category)
    else:
        where, why = "no $CATEGORY: names its lesson", said("giftwords.no_category", code="$CATEGORY:")
    raise _LeftOut(f"{where}; write $CATEGORY: LESSON-ID above it or use --lesson ID", why)


def _question(block: Block, lesson: str) -> tuple[dict, list[tuple[str, Said]]]:
    """The question as quiz data, and notes on anything of it that had no place; or _LeftOut."""
    if block.answers is None:
        raise _LeftOut("a description (text without answers) is not a question in Min plan", said("giftwords.description"))
    body, _, general = block.answers.partition("####")
    body = body.strip()
    explanation = plain(general, block.format) or None
    prompt = plain(block.text, block.format)
    if not prompt:
        raise _LeftOut("the question has no text", said("giftwords.no_text"))
    if not body:
        raise _LeftOut("an essay question (empty answers {}) has no form in Min plan", said("giftwords.essay", code="{}"))
    if body.startswith("#"):
        raise _LeftOut("a numerical question ({#…}) has no form in Min plan", said("giftwords.numerical", code="{#…}"))
    base = {"lesson": lesson, "prompt": {"nb": prompt}}
    if "~" in body:
        return _choice(base, _answers(body, block.format), "=" in body, explanation), []
    if "=" in body and "->" in body:
        return _match(base, body, block.format, explanation), []
    truth = body.split("#")[0].strip().upper()
    if truth in ("T", "TRUE", "F", "FALSE"):
        return _true_false(base, truth.startswith("T"), body, block.format, explanation)
    raise _LeftOut("a short answer question (typed answers) has no form in Min plan", said("giftwords.short_answer"))


def _answers(body: str, format: str) -> list[_Answer]:
    answers = []
    for mark, rest in re.findall(r"([~=])([^~=]*)", body):
        weight = _WEIGHT.match(rest)
        if weight:
            rest = rest[weight.end():]
        text, has_feedback, feedback = rest.partition("#")
        fraction = float(weight.group(1)) if weight else (100.0 if mark == "=" else 0.0)
        answers.append(_Answer(plain(text, format), fraction, mark == "=", plain(feedback, format) if has_feedback else None))
    if any(not answer.text for answer in answers):
        raise _LeftOut("an answer has no text", said("giftwords.empty_answer"))
    if not 2 <= len(answers) <= 8:
        raise _LeftOut(f"Min plan needs 2 to 8 options (this has {len(answers)})", said("giftwords.option_count", count=len(answers)))
    return answers


def _choice(base: dict, answers: list[_Answer], single: bool, explanation: str | None) -> dict:
    """`=` marks single choice (Moodle's radio buttons); without `=`, weights make it multiple answers."""
    options = [{"id": LETTERS[i], "text": {"nb": a.text}} | ({"feedback": {"nb": a.feedback}} if a.feedback else {})
               for i, a in enumerate(answers)]
    right = [LETTERS[i] for i, answer in enumerate(answers) if answer.fraction > 0]
    if single:
        full = [LETTERS[i] for i, answer in enumerate(answers) if answer.fraction >= 100]
        if any(0 < answer.fraction < 100 for answer in answers):
            raise _LeftOut("partial credit (%…%) on a single choice has no form in Min plan (one option is right, the others earn 0)",
                           said("giftwords.partial_credit", code="%…%"))
        if len(full) != 1:
            raise _LeftOut(f"{len(full)} options are marked right with =; a single choice has one (for more, use ~%50% weights)",
                           said("giftwords.right_count", count=len(full), code="=", weights="~%50%"))
        texts = [answer.text for answer in answers if answer.fraction >= 100]
        return base | {"type": "single", "options": options, "answer": full[0],
                       "explanation": {"nb": explanation or f"Riktig svar: {texts[0]}"}}
    weights = [answer.fraction for answer in answers if answer.fraction > 0]
    if not weights or abs(sum(weights) - 100) > 0.01 or max(weights) - min(weights) > 0.01:
        raise _LeftOut("the right answers' weights must be equal and add up to 100 % (Min plan gives each right option the same share)",
                       said("giftwords.weights"))
    texts = ", ".join(answer.text for answer in answers if answer.fraction > 0)
    return base | {"type": "multiple", "options": options, "answer": right,
                   "explanation": {"nb": explanation or f"Riktige svar: {texts}"}}


def _match(base: dict, body: str, format: str, explanation: str | None) -> dict:
    pairs = []
    for part in re.findall(r"=([^=]*)", body):
        term, arrow, match = part.partition("->")
        if not arrow:
            raise _LeftOut("a matching pair has no ->", said("giftwords.pair_arrow", code="->"))
        term, match = plain(term, format), plain(match, format)
        if not term:
            raise _LeftOut("an extra answer without a question (= -> …) has no form in Min plan; every term needs its own match",
                           said("giftwords.pair_extra", code="= -> …"))
        if not match:
            raise _LeftOut("a matching pair has an empty answer", said("giftwords.pair_empty"))
        pairs.append({"term": {"nb": term}, "match": {"nb": match}})
    if not 2 <= len(pairs) <= 8:
        raise _LeftOut(f"Min plan needs 2 to 8 pairs (this has {len(pairs)})", said("giftwords.pair_count", count=len(pairs)))
    pairs = [{"id": LETTERS[index]} | pair for index, pair in enumerate(pairs)]
    listed = "; ".join(f"{pair['term']['nb']} – {pair['match']['nb']}" for pair in pairs)
    return base | {"type": "match", "pairs": pairs, "explanation": {"nb": explanation or f"Riktige par: {listed}"}}


def _true_false(base: dict, truth: bool, body: str, format: str, explanation: str | None) -> tuple[dict, list[tuple[str, Said]]]:
    """Moodle's first `#` is shown after a wrong answer, the second after a right one; Min plan has one explanation."""
    feedback = [plain(part, format) for part in body.split("#")[1:]]
    usable = [text for text in feedback if text]
    notes = []
    if explanation and usable:
        notes.append(("the true/false feedback (#…) has no place in Min plan; the general feedback (####) is the explanation",
                      said("giftwords.true_false_general", code="#…", general="####")))
    elif len(usable) > 1:
        notes.append((f"the true/false feedback '{usable[1]}' has no place in Min plan; '{usable[0]}' is the explanation",
                      said("giftwords.true_false_second", dropped=usable[1], kept=usable[0])))
    shown = explanation or (usable[0] if usable else ("Det stemmer." if truth else "Det stemmer ikke."))
    return base | {"type": "true_false", "answer": truth, "explanation": {"nb": shown}}, notes


def _slug(text: str) -> str:
    words = _NOT_ID.sub("-", text.casefold()).strip("-")
    return words[:60].rstrip("-")


def _unique(wanted: str, used: set[str], number: int) -> str:
    """A valid id, made unique in the quiz with -2, -3 …; a number when the name has no usable letters."""
    base = wanted[:50].rstrip("-") or f"sporsmal-{number}"
    candidate, count = base, 1
    while candidate in used:
        count += 1
        candidate = f"{base}-{count}"
    used.add(candidate)
    return candidate
