"""Placeholders read the municipality's details with a local file, and today's general text without one,
in all seven languages; right to left, the Norwegian name and address stay whole (isolated)."""
from __future__ import annotations

import pytest

from minplan.catalogue import load_content
from minplan.content.bidi import FSI, PDI, in_direction, isolate
from minplan.content.placeholders import PLACEHOLDER, fill_content, general
from minplan.local.kinds import chosen, kommuner, localize
from tests.local.fixtures import SECOND, add_example, add_second

LANGUAGES = ("nb", "en", "uk", "ar", "ti", "prs", "so")
PHRASES = {
    "nb": "det kontoret i kommunen som laget vedtaket",
    "en": "the office in the municipality (kommune) that made the decision (vedtak)",
    "so": "xafiiska degmada (kommune) ee sameeyay go'aanka (vedtak)",
    "ar": "المكتب في البلدية (kommune) الذي أصدر القرار (vedtak)",
}
"""The general form of {klage.mottaker} in some languages: how lesson 07 read before it held the placeholder."""


def _sentence(content, language: str) -> str:
    lesson = content.lesson("du-har-klagerett")
    found = [point[language] for point in lesson.key_points if language in point
             and ("Postboks" in point[language] or "Fjordvik" in point[language] or "Elvdal" in point[language]
                  or any(phrase in point[language] for phrase in PHRASES.values()))]
    assert found, language
    return found[0]


TODAY = {
    "nb": "Du sender klagen til det kontoret i kommunen som laget vedtaket.",
    "en": "You send the appeal (klage) to the office in the municipality (kommune) that made the decision (vedtak).",
    "uk": "Ви надсилаєте скаргу (klage) до того офісу в комуні (kommune), який ухвалив рішення (vedtak).",
    "so": "Racfaanka (klage) waxaad u dirtaa xafiiska degmada (kommune) ee sameeyay go'aanka (vedtak).",
}
"""Lesson 07's sentence before it held {klage.mottaker}: without a municipality it reads word for word the same."""


def test_without_a_local_file_the_sentence_reads_as_general_text_in_every_language(content_tree):
    raw = load_content(content_tree)
    assert not raw.problems
    shown = localize(raw, None)
    points = shown.lesson("du-har-klagerett").key_points
    for language, sentence in TODAY.items():
        assert any(point[language] == sentence for point in points), language
    for lesson in shown.lessons:
        for point in lesson.key_points:
            assert not any(PLACEHOLDER.search(text) for text in point.values()), point


def test_with_a_local_file_every_language_names_the_office_and_address(content_tree):
    add_example(content_tree)
    shown = localize(load_content(content_tree), "9901")
    where = "Introduksjonssenteret i Fjordvik, Postboks 1, 9990 Fjordvik"
    lesson = shown.lesson("du-har-klagerett")
    for language in LANGUAGES:
        texts = [point[language] for point in lesson.key_points if where in point.get(language, "")]
        if language in PHRASES:
            assert texts, language
        for text in texts:
            assert "{" not in text
    assert _sentence(shown, "nb") == f"Du sender klagen til {where}."


def test_right_to_left_the_norwegian_address_is_isolated_whole(content_tree):
    add_example(content_tree)
    shown = localize(load_content(content_tree), "9901")
    arabic = _sentence(shown, "ar")
    whole = isolate("Introduksjonssenteret i Fjordvik, Postboks 1, 9990 Fjordvik")
    assert whole in arabic
    assert whole in in_direction(arabic, "rtl")  # the page's own isolating leaves it whole
    assert isolate("Introduksjonssenteret") not in _sentence(shown, "nb")


def test_every_placeholder_a_file_can_fill_has_a_general_form_in_every_language():
    from minplan.local.values import VALUES

    content = load_content()
    for name in VALUES:
        text = content.ui.get(f"placeholder.{name}")
        assert text is not None, name
        assert set(LANGUAGES) <= set(text), name
        assert not PLACEHOLDER.search(" ".join(text.values()))


def test_a_deployment_of_two_serves_each_its_own_details(content_tree):
    add_example(content_tree)
    add_second(content_tree)
    raw = load_content(content_tree)
    assert list(kommuner(raw)) == ["9901", SECOND]
    assert "Fjordvik" in _sentence(localize(raw, "9901"), "nb")
    assert "Elvdal læringssenter, Postboks 2, 9991 Elvdal" in _sentence(localize(raw, SECOND), "nb")
    assert chosen(raw, None) is None  # two and none chosen: the general text
    assert _sentence(localize(raw, None), "nb") == "Du sender klagen til det kontoret i kommunen som laget vedtaket."
    assert _sentence(localize(raw, "0000"), "nb") == _sentence(localize(raw, None), "nb")


def test_one_municipality_alone_is_used_without_asking(content_tree):
    add_example(content_tree)
    assert chosen(load_content(content_tree), None).number == "9901"


def test_the_command_line_handout_reads_general_forms(content_tree):
    raw = load_content(content_tree)
    filled = fill_content(raw, general(raw.ui))
    assert all("{klage" not in text for point in filled.lesson("du-har-klagerett").key_points for text in point.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_value_missing_in_a_language_falls_back_to_norwegian_isolated(content_tree, language):
    add_example(content_tree)
    raw = load_content(content_tree)
    from minplan.local.values import filler

    fill = filler(raw, kommuner(raw)["9901"], {})
    value = fill("kontor", language)
    assert value in ("Introduksjonssenteret i Fjordvik", f"{FSI}Introduksjonssenteret i Fjordvik{PDI}")
    assert (value.startswith(FSI)) == (language in ("ar", "prs"))
    assert fill("statsforvalter", language) == raw.ui["placeholder.statsforvalter"][language]  # no registry given


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_appeal_lesson_names_the_office_and_the_statsforvalteren_in_every_language(content_tree, language):
    add_example(content_tree)
    add_second(content_tree)
    raw = load_content(content_tree)
    assert not raw.problems
    direction = raw.language(language).direction
    for number, where, office in (("9901", "Introduksjonssenteret i Fjordvik, Postboks 1, 9990 Fjordvik", "Statsforvalteren i Vestland"),
                                  (SECOND, "Elvdal læringssenter, Postboks 2, 9991 Elvdal", "Statsforvalteren i Troms og Finnmark")):
        points = " ".join(point[language] for point in localize(raw, number).lesson("du-har-klagerett").key_points)
        expected = [isolate(where), isolate(office)] if direction == "rtl" else [where, office]
        assert all(value in points for value in expected), (number, language)
        assert "{" not in points
    general = " ".join(point[language] for point in localize(raw, None).lesson("du-har-klagerett").key_points)
    assert raw.ui["placeholder.klage.mottaker"][language] in general
    assert raw.ui["placeholder.statsforvalter"][language] in general
    assert "{" not in general and "Fjordvik" not in general
