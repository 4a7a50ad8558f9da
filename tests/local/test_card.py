"""The «Hvem spør jeg?» card: general advice or the municipality's details, on screen, on the printed handout
and on the goal sketch, in Norwegian and the support language; the class join link carries the municipality."""
from __future__ import annotations

import re
import subprocess

import pytest

from minplan.catalogue import load_content
from minplan.classroom.codes import join_link
from minplan.content.bidi import isolate
from minplan.content.markdown import escape_markdown
from minplan.content.text import pick
from minplan.exchange.handout import lesson_html
from minplan.exchange.pdf import lesson_pdf, sketch_pdf
from minplan.goal.branch import Branch
from minplan.goal.kinds import job_catalogue
from minplan.goal.sketch import Sketch, propose
from minplan.goal.sketch_export import Side, export_html
from minplan.lesson.progress import Progress
from minplan.local.card import card_html, card_markdown, has_card, local_rows, rows
from minplan.local.kinds import localize
from tests.conftest import ROOT
from tests.local.fixtures import SECOND, add_example, add_second

SCREENSHOTS = ROOT / "tests" / "screenshots"


@pytest.fixture
def two(content_tree):
    add_example(content_tree)
    add_second(content_tree)
    return load_content(content_tree)


def _say(content, language):
    return lambda key: pick(content.ui.get(key, {"nb": key}), language)


def _text(pdf: bytes) -> str:
    return " ".join(subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode().split())


def _pages(pdf: bytes) -> int:
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def test_without_a_municipality_the_card_gives_the_general_advice(two):
    found = dict((label, [piece.text for piece in pieces]) for label, pieces in rows(two, None, "nb"))
    assert found["Spør:"] == ["Programrådgiveren din."]
    assert found["Send klagen til:"][0].startswith("Kontoret som fattet vedtaket.")
    assert "Fjordvik" not in card_markdown(rows(two, None, "nb"))
    assert local_rows(two, None, "nb") == []


def test_with_a_municipality_the_card_says_whom_to_ask_where_to_go_and_where_to_send_the_klage(two):
    found = dict((label, [piece.text for piece in pieces]) for label, pieces in rows(two, "9901", "nb") + local_rows(two, "9901", "nb"))
    assert found["Spør:"] == ["programrådgiveren din på", "Introduksjonssenteret i Fjordvik"]
    assert found["Gå til:"][:3] == ["Introduksjonssenteret i Fjordvik", "Storgata 1, 9990 Fjordvik", "Mandag til fredag 08.30–15.00"]
    assert found["Send klagen til:"][:2] == ["Introduksjonssenteret i Fjordvik", "Postboks 1, 9990 Fjordvik"]
    assert found["Hvem avgjør klagen?"][0] == "Statsforvalteren i Vestland"
    assert found["Tolk:"] and found["Slik bestiller vi tolk"]
    second = dict((label, [piece.text for piece in pieces]) for label, pieces in rows(two, SECOND, "nb"))
    assert second["Send klagen til:"][:2] == ["Elvdal læringssenter", "Postboks 2, 9991 Elvdal"]
    assert second["Hvem avgjør klagen?"][0] == "Statsforvalteren i Troms og Finnmark"


@pytest.mark.parametrize("language", ["en", "uk", "ar", "ti", "prs", "so"])
def test_the_card_is_in_every_support_language_with_norwegian_names_kept(two, language):
    shown = card_markdown(rows(two, "9901", language) + local_rows(two, "9901", language), rtl=language in ("ar", "prs"))
    assert "{" not in shown and "local." not in shown
    assert pick(two.ui["local.card_title"], language) not in shown  # the title is the subheading, not a row
    assert escape_markdown(pick(two.ui["local.appeal"], language)) in shown
    address = escape_markdown("Postboks 1, 9990 Fjordvik")
    if language in ("ar", "prs"):
        assert escape_markdown(isolate("Postboks 1, 9990 Fjordvik")) in shown
        assert escape_markdown(isolate("08.30–15.00")) in shown  # a time range stays whole and in order
    else:
        assert address in shown and isolate(address) not in shown


def test_the_card_ends_the_lessons_on_revision_appeal_and_rights_only():
    content = load_content()
    with_card = {lesson.id for lesson in content.lessons if has_card(lesson)}
    assert {"planen-kan-endres", "du-har-klagerett", "dine-rettigheter"} <= with_card
    assert "hva-er-en-integreringsplan" not in with_card


def test_the_printed_handout_carries_the_card_in_norwegian_and_arabic(two):
    content = localize(two, SECOND)
    lesson = content.lesson("du-har-klagerett")
    card = card_html(content, SECOND, "ar", "rtl")
    html = lesson_html(lesson, content, "ar", card)
    assert html.count('class="hvem-spor-jeg"') == 1
    assert f'<bdi lang="nb" dir="ltr">{isolate("Elvegata 2, 9991 Elvdal")}</bdi>' in html
    pdf = lesson_pdf(lesson, content, "ar", card)
    text = _text(pdf)
    assert "Hvem spør jeg?" in text and "Elvegata 2, 9991 Elvdal" in text and "Postboks 2, 9991 Elvdal" in text
    assert _pages(pdf) <= 2
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / "kommune-handout-ar.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(SCREENSHOTS / "kommune-handout-ar.pdf"),
                    str(SCREENSHOTS / "kommune-handout-ar")], check=True)
    (SCREENSHOTS / "kommune-handout-ar.pdf").unlink()


def test_the_goal_sketch_carries_the_card_as_html_and_pdf(two):
    catalogue = job_catalogue(two)
    sketch = propose(Sketch(job="maler", branch=Branch.WORK, start="2026-01"), catalogue)
    html = export_html(sketch, catalogue, [Side("nb", _say(two, "nb"))], sources=two.sources, card=card_html(two, "9901", "nb"))
    assert "Hvem spør jeg?" in html and "Storgata 1, 9990 Fjordvik" in html
    assert html.index("Hvem spør jeg?") > html.index(_say(two, "nb")("goal.municipality_decides"))
    sides = [Side("nb", _say(two, "nb")), Side("ar", _say(two, "ar"), "rtl")]
    pdf = sketch_pdf(sketch, catalogue, sides, sources=two.sources, card=card_html(two, "9901", "ar", "rtl"))
    text = _text(pdf)
    assert "Hvem spør jeg?" in text and "Storgata 1, 9990 Fjordvik" in text
    assert _pages(pdf) <= 2


def test_the_join_link_carries_the_municipality_and_the_address_remembers_it():
    link = join_link("https://intro.example/klasse-laerer", "klasse", "7UH9XD", kommune="9901")
    assert link == "https://intro.example/klasse?kode=7UH9XD&kommune=9901"
    assert join_link("https://intro.example/klasse-laerer", "klasse", "7UH9XD") == "https://intro.example/klasse?kode=7UH9XD"
    chosen = Progress.from_query({"kommune": "9901", "lang": "ar"}, [], ["ar"], ["9901", "9902"])
    assert chosen.kommune == "9901" and chosen.to_query([])["kommune"] == "9901"
    assert Progress.from_query({"kommune": "../../etc"}, [], [], ["9901"]).kommune is None
