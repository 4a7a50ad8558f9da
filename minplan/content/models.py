"""The schema of lessons and the glossary: one statement of what each holds.

The loader, `minplan check`, the views and the tests all read these models.
Every model forbids unknown fields, so a misspelt key is reported, not ignored.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, StringConstraints, model_validator

from minplan.content.text import LanguageCode, Text, check_dates

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$", max_length=60)]
"""A lower-case id with hyphens, used in URLs and cross-references (e.g. hvem-lager-planen)."""

MODULE_GOALS = range(1, 7)
"""The six learning goals of the module, numbered as in the course slides «Integreringsplan – en plan for ditt introprogram»."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Dated(Strict):
    """Something that states a rule with a known start or end: a lesson or a quiz question as a whole.

    `valid_until` is the last day the rule is known to hold; `recheck` says in Norwegian what an editor
    should look up. Texts carry the same three keys (minplan.content.text.DatedText).
    """

    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    recheck: str | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _end_after_start(self) -> "Dated":
        check_dates(self.valid_from, self.valid_until, self.recheck)
        return self


class Option(Strict):
    """One answer to choose, with feedback shown when it is chosen."""

    id: Id
    text: Text
    feedback: Text | None = None


class CheckQuestion(Strict):
    """The one question at the end of a lesson: a single choice with instant feedback."""

    prompt: Text
    options: list[Option] = Field(min_length=2, max_length=6)
    answer: Id
    explanation: Text

    @model_validator(mode="after")
    def _answer_is_an_option(self) -> "CheckQuestion":
        ids = [option.id for option in self.options]
        if len(set(ids)) != len(ids):
            raise ValueError("two options have the same id")
        if self.answer not in ids:
            raise ValueError(f"the answer '{self.answer}' is not one of the options ({', '.join(ids)})")
        return self


class LessonSource(Strict):
    """A document a lesson rests on: the id of its entry in lessons/sources.yaml, and what it supports here."""

    id: Id
    about: Text | None = None

    @model_validator(mode="before")
    @classmethod
    def _no_written_out_citation(cls, data: object) -> object:
        if isinstance(data, dict) and "id" not in data and {"cite", "detail", "url"} & set(data):
            raise ValueError("write the id of an entry in lessons/sources.yaml (id: ...), not cite/detail/url")
        return data


class LadderStep(Strict):
    """A sub-goal on the way to the end goal, with when it is reached."""

    label: Text
    when: str | None = None


class GoalLadder(Strict):
    """The road from programme start through sub-goals to the end goal, drawn as a picture."""

    caption: Text
    start: Text
    steps: list[LadderStep] = Field(min_length=1, max_length=10)
    end: Text


class Table(Strict):
    """A small table of facts; each row has one text per column."""

    caption: Text
    columns: list[Text] = Field(min_length=2, max_length=5)
    rows: list[list[Text]] = Field(min_length=1, max_length=20)
    note: Text | None = None

    @model_validator(mode="after")
    def _rows_fit_columns(self) -> "Table":
        for number, row in enumerate(self.rows, start=1):
            if len(row) != len(self.columns):
                raise ValueError(f"row {number} has {len(row)} cells but there are {len(self.columns)} columns")
        return self


class Video(Strict):
    """A video that helps, with a text to show when it cannot load."""

    url: HttpUrl
    title: Text
    fallback: Text


class TeacherNotes(Strict):
    """Background for the teacher, hidden from participants unless they open it."""

    background: list[Text] = Field(min_length=1)
    discussion: list[Text] = Field(min_length=1)


class Lesson(Dated):
    """One lesson page: a goal, a few key points, an example, a check and its sources."""

    id: Id
    order: int = Field(ge=1, le=999)
    title: Text
    summary: Text
    goal: Text
    module_goals: list[int] = Field(default_factory=list)
    key_points: list[Text] = Field(min_length=3, max_length=6)
    explanation: list[Text] = Field(min_length=1)
    example: Text
    terms: list[Id] = Field(min_length=1)
    ladder: GoalLadder | None = None
    table: Table | None = None
    video: Video | None = None
    recap: bool = False
    check: CheckQuestion
    sources: list[LessonSource] = Field(min_length=1)
    checked: dt.date
    teacher_notes: TeacherNotes

    @model_validator(mode="after")
    def _module_goals_exist(self) -> "Lesson":
        for goal in self.module_goals:
            if goal not in MODULE_GOALS:
                raise ValueError(f"module goal {goal} does not exist (use 1 to 6)")
        return self


Form = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Term(Strict):
    """A glossary word: the word itself, a plain explanation and an example sentence.

    The glossary is also the term base: `forms` lists the other forms of the word per language (nb: where the
    term occurs in Norwegian; other languages: what a translation may use instead of `word`), `avoid` the
    rival renderings a reviewer has seen and refused, and `legal` marks the terms whose one rendering per
    language `python -m minplan check --terms` enforces.
    """

    id: Id
    legal: bool = False
    word: Text
    forms: dict[LanguageCode, list[Form]] = Field(default_factory=dict)
    avoid: dict[LanguageCode, list[Form]] = Field(default_factory=dict)
    explanation: Text
    example: Text


class Glossary(Strict):
    """The word list (ordliste) that lessons link into."""

    terms: list[Term] = Field(min_length=1)


class ModuleGoal(Strict):
    """One of the six things a participant knows after the module."""

    number: int = Field(ge=1, le=6)
    text: Text


class Module(Strict):
    """What the start page says about the whole module: its name, purpose and learning goals."""

    title: Text
    intro: list[Text] = Field(min_length=1)
    goals: list[ModuleGoal] = Field(min_length=6, max_length=6)
    video: Video | None = None


class UiStrings(Strict):
    """Every word of the interface (buttons, menus, messages), by key, so translators never touch code."""

    strings: dict[str, Text] = Field(min_length=1)


class Language(Strict):
    """A language the app can show: its own name, writing direction and speech voice tags."""

    code: LanguageCode
    name: str = Field(min_length=1)
    direction: Literal["ltr", "rtl"]
    voices: list[str] = Field(min_length=1)


class Languages(Strict):
    """All languages, Norwegian first, and the support languages every text must have."""

    languages: list[Language] = Field(min_length=1)
    required: list[LanguageCode] = Field(default_factory=list)

    @model_validator(mode="after")
    def _norwegian_first_and_required_known(self) -> "Languages":
        codes = [language.code for language in self.languages]
        if codes[0] != "nb":
            raise ValueError("the first language must be nb (Norwegian bokmål)")
        if len(set(codes)) != len(codes):
            raise ValueError("a language code is listed twice")
        unknown = [code for code in self.required if code not in codes]
        if unknown:
            raise ValueError(f"required languages are not in the list: {', '.join(unknown)}")
        return self
