"""What each placeholder becomes: a value from the municipality's file, or its general form.

The general form of `{name}` is the interface text `placeholder.<name>` (ui/kommune.yaml). With a
municipality chosen, its value goes in instead; in a right-to-left text a Norwegian name or address
is isolated, so it stays whole and in reading order.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from minplan.content.bidi import isolate
from minplan.content.loader import Content
from minplan.content.placeholders import Fill, fill_content, general
from minplan.content.text import has_translation, pick
from minplan.local.models import Kommune, Statsforvalter

Value = str | dict[str, str] | None


@dataclass(frozen=True)
class Source:
    """Where a placeholder's local value comes from: the field (for `check`) and how to read it."""

    field: tuple[str, ...]
    read: Callable[[Kommune, Statsforvalter | None], Value]

    def value(self, kommune: Kommune, office: Statsforvalter | None) -> Value:
        return self.read(kommune, office)


def _text(value: object) -> Value:
    return None if value is None else str(value)


VALUES: dict[str, Source] = {
    "kommune": Source(("name",), lambda k, o: k.name),
    "kontor": Source(("office", "name"), lambda k, o: k.office.name),
    "kontor.adresse": Source(("office", "address"), lambda k, o: k.office.address),
    "kontor.apningstid": Source(("office", "hours"), lambda k, o: k.office.hours),
    "kontor.telefon": Source(("office", "phone"), lambda k, o: k.office.phone),
    "kontor.epost": Source(("office", "email"), lambda k, o: k.office.email),
    "kontor.nettside": Source(("office", "web"), lambda k, o: _text(k.office.web)),
    "klage.mottaker": Source(("appeal",), lambda k, o: f"{k.appeal.office}, {k.appeal.address}"),
    "statsforvalter": Source(("statsforvalter",), lambda k, o: o.name if o else None),
}
"""Every placeholder a municipality's file can fill; each also needs its general form in ui/kommune.yaml."""


def needed_field(name: str) -> tuple[str, ...]:
    """The field of the municipality's file that fills placeholder `name`."""
    return VALUES[name].field


def filler(content: Content, kommune: Kommune | None, offices: dict[str, Statsforvalter]) -> Fill:
    """How to fill placeholders for `kommune` (None: the general forms) in each language."""
    rtl = {language.code for language in content.languages if language.direction == "rtl"}
    office = offices.get(kommune.statsforvalter) if kommune else None
    otherwise = general(content.ui)

    def fill(name: str, language: str) -> str | None:
        local = VALUES[name].value(kommune, office) if kommune is not None and name in VALUES else None
        if local is not None:
            translated = isinstance(local, dict) and has_translation(local, language)
            text = pick(local, language) if isinstance(local, dict) else local
            return isolate(text) if language in rtl and not translated else text
        return otherwise(name, language)

    return fill


def localized(content: Content, kommune: Kommune | None, offices: dict[str, Statsforvalter]) -> Content:
    """The content as participants of `kommune` read it (or with general forms): lessons, start page, quizzes, jobs."""
    return fill_content(content, filler(content, kommune, offices))
