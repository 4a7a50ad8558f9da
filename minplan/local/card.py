"""The «Hvem spør jeg?» card: whom to ask, where to go, where to send the klage, and local practices.

It is built once as rows of (label, pieces) in one language, so the app (Markdown) and the printouts
(HTML for the handout and the goal sketch) show the same card. A piece marked Norwegian is a name,
an address or a web address from the municipality's file: right to left it is isolated, so it stays
whole and in reading order. Without a municipality the card gives the general advice.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from minplan.content.bidi import isolate, isolate_ltr
from minplan.content.loader import Content
from minplan.content.markdown import escape_markdown
from minplan.content.models import Lesson
from minplan.content.text import BASE_LANGUAGE, has_translation, pick
from minplan.local.kinds import chosen, statsforvaltere


@dataclass(frozen=True)
class Piece:
    text: str
    norwegian: bool = False
    """A name or address from the municipality's file (never translated), not a sentence in the language."""


Row = tuple[str, list[Piece]]


def _say(content: Content, key: str, language: str) -> str:
    return pick(content.ui.get(key, {BASE_LANGUAGE: key}), language)


def _text(text: dict[str, str], language: str) -> Piece:
    return Piece(pick(text, language), norwegian=not has_translation(text, language))


def rows(content: Content, number: str | None, language: str) -> list[Row]:
    """The card's rows in `language`: ask, go to, send the klage to, who decides, and the municipality's own practices."""
    say = lambda key: _say(content, key, language)  # noqa: E731
    kommune = chosen(content, number)
    if kommune is None:
        return [(say("local.ask"), [Piece(say("local.general.ask"))]),
                (say("local.go"), [Piece(say("local.general.go"))]),
                (say("local.appeal"), [Piece(say("local.general.appeal"))]),
                (say("local.statsforvalter"), [Piece(say("local.general.statsforvalter"))])]
    office, appeal = kommune.office, kommune.appeal
    go = [Piece(office.name, True), Piece(office.address, True)]
    if office.hours:
        go.append(_text(office.hours, language))
    go += [Piece(value, True) for value in (office.phone, office.email, str(office.web) if office.web else None) if value]
    send = [Piece(appeal.office, True), Piece(appeal.address, True)] + ([Piece(appeal.email, True)] if appeal.email else [])
    found = [(say("local.kommune"), [Piece(kommune.name, True)]),
             (say("local.ask"), [Piece(say("local.ask_at")), Piece(office.name, True)]),
             (say("local.go"), go),
             (say("local.appeal"), send + [Piece(say("local.appeal_then"))])]
    registry = statsforvaltere(content).get(kommune.statsforvalter)
    if registry:
        found.append((say("local.statsforvalter"), [Piece(registry.name, True), Piece(say("local.decides")),
                                                     Piece(str(registry.web), True)]))
    else:
        found.append((say("local.statsforvalter"), [Piece(say("local.general.statsforvalter"))]))
    return found


def local_rows(content: Content, number: str | None, language: str) -> list[Row]:
    """The municipality's own practices and added texts (none without a municipality): on screen they fold away,
    so the card's essentials stay within a phone screen or two."""
    kommune = chosen(content, number)
    if kommune is None:
        return []
    found: list[Row] = []
    practices = kommune.practices
    for key, text in (("local.sick_days", practices.sick_days), ("local.interpreter", practices.interpreter),
                      ("local.holidays", practices.holidays), ("local.review", practices.review)):
        if text:
            found.append((_say(content, key, language), [_text(text, language)]))
    found += [(pick(added.title, language), [_text(added.text, language)]) for added in kommune.texts]
    return found


def title(content: Content, language: str) -> str:
    return _say(content, "local.card_title", language)


CARD_GOALS = frozenset({3, 6})
"""The learning goals whose lessons end with the card: the plan is revised (3), and the right to appeal (6)."""


def has_card(lesson: Lesson) -> bool:
    """True for a lesson on revision, appeal or rights: it ends with «Hvem spør jeg?»."""
    return bool(CARD_GOALS & set(lesson.module_goals))


def card_markdown(card: list[Row], rtl: bool = False) -> str:
    """A card's rows as Markdown, each label in bold and each piece on its own line; names isolated right to left."""
    def shown(piece: Piece) -> str:
        if not rtl:
            return escape_markdown(piece.text)
        # Isolate before escaping: a backslash would split «08.30–15.00» into pieces that change places.
        return escape_markdown(isolate(piece.text) if piece.norwegian else isolate_ltr(piece.text))

    return "\n\n".join(f"**{escape_markdown(label)}**  \n" + "  \n".join(shown(piece) for piece in pieces)
                        for label, pieces in card)


CARD_STYLE = "border:1.2pt solid #1d4f91;padding:1.5mm 3mm;margin-top:3mm;break-inside:avoid;font-size:8.5pt;line-height:1.25"


def card_html(content: Content, number: str | None, language: str, direction: str = "ltr") -> str:
    """The card for a printout: Norwegian and, beside it, `language` (only Norwegian when it is nb), each row on
    one line in small type so a handout stays within two pages. All escaped."""
    def block(code: str, side_direction: str) -> str:
        items = "".join(
            f"<p style='margin:0 0 0.8mm'><strong>{escape(label)}</strong> "
            + " · ".join(f'<bdi lang="nb" dir="ltr">{escape(isolate(piece.text))}</bdi>' if piece.norwegian and code != BASE_LANGUAGE
                          else escape(piece.text) for piece in pieces) + "</p>"
            for label, pieces in rows(content, number, code) + local_rows(content, number, code))
        return (f'<div lang="{escape(code)}" dir="{side_direction}" style="flex:1 1 0;min-width:0">'
                f"<h2 style='margin:0 0 1mm'>{escape(title(content, code))}</h2>{items}</div>")

    sides = block(BASE_LANGUAGE, "ltr")
    if language != BASE_LANGUAGE:
        sides += block(language, direction)
    return f'<section class="hvem-spor-jeg" style="{CARD_STYLE}"><div style="display:flex;gap:6mm">{sides}</div></section>'
