"""The schema of a municipality's file (local/<kommunenummer>.yaml) and of the Statsforvalteren registry.

Names and addresses are Norwegian proper names, written once; what a participant reads as a sentence
(opening hours, how to book an interpreter …) is a text keyed by language like all content.
"""
from __future__ import annotations

from typing import Annotated

from pydantic import Field, HttpUrl, StringConstraints, model_validator

from minplan.content.models import Id, Strict
from minplan.content.text import Text

Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=160, pattern=r"^[^{}\n<>\[\]]*$")]
"""A name, an address or a phone number on one line: no braces, brackets or markup, so it fits into a sentence."""

Number = Annotated[str, StringConstraints(pattern=r"^\d{4}$")]
"""A kommunenummer: four digits, the first two the county's (0301 Oslo)."""

Email = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[^@\s{}<>]+@[^@\s{}<>]+\.[a-z]{2,}$", max_length=120)]


class Office(Strict):
    """The introduction programme's office: where a participant goes and how to reach it."""

    name: Line
    address: Line
    """Visiting address, as written on a letter: «Storgata 1, 9990 Fjordvik»."""
    hours: Text | None = None
    phone: Line | None = None
    email: Email | None = None
    web: HttpUrl | None = None


class Appeal(Strict):
    """Where to send a klage: the office that made the decision (vedtak), which sends it on if it keeps it."""

    office: Line
    address: Line
    email: Email | None = None


class Practices(Strict):
    """What the municipality does its own way; each is shown on the card when given."""

    sick_days: Text | None = None
    """How many days of egenmelding, and how to report sick."""
    interpreter: Text | None = None
    """How to book an interpreter (tolk)."""
    holidays: Text | None = None
    """The holiday weeks of the programme."""
    review: Text | None = None
    """How often the plan is reviewed with the advisor."""


class Addition(Strict):
    """A text the municipality adds to the card, such as «Slik bestiller vi tolk»."""

    title: Text
    text: Text


class Kommune(Strict):
    """One municipality's details. `example: true` marks a made-up municipality (docs/), never a real one."""

    example: bool = False
    number: Number
    name: Line
    office: Office
    appeal: Appeal
    statsforvalter: Id
    """The id of its office in local/statsforvaltere.yaml."""
    practices: Practices = Field(default_factory=Practices)
    texts: list[Addition] = Field(default_factory=list, max_length=6)


class Statsforvalter(Strict):
    """One Statsforvalteren office: its name, the counties it covers, where to write and read, its sources."""

    id: Id
    name: Line
    counties: list[Line] = Field(min_length=1)
    post: Line | None = None
    """The postal address, only where someone has read it on the office's own page."""
    web: HttpUrl
    sources: list[Id] = Field(min_length=1)


class Statsforvaltere(Strict):
    """The whole of local/statsforvaltere.yaml: every office in the country."""

    offices: list[Statsforvalter] = Field(min_length=1)

    @model_validator(mode="after")
    def _each_county_once(self) -> "Statsforvaltere":
        ids = [office.id for office in self.offices]
        if len(set(ids)) != len(ids):
            raise ValueError("two offices have the same id")
        counties = [county for office in self.offices for county in office.counties]
        twice = sorted({county for county in counties if counties.count(county) > 1})
        if twice:
            raise ValueError(f"a county belongs to two offices: {', '.join(twice)}")
        return self
