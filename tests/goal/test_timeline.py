"""The goal ladder lying down, for a classroom screen: every rung in its own column, no label running into the next."""
import re

from minplan.goal.ladder import ACROSS, ACROSS_FONT, ACROSS_LINES, Rung, timeline_svg

LESSON_LADDER = ("Introprogram start", [Rung("Norsk A2", "år 1"), Rung("Praksis på verksted, 15 timer i uken", "mnd. 7"),
                                        Rung("Sveisekurs", "år 2"), Rung("Førerkort", "år 2"), Rung("Norsk B1", "år 2")],
                 "Jobbe som sveiser")


def _texts(svg: str) -> list[tuple[float, float, str]]:
    """(x, font size, text) of every text in the picture."""
    return [(float(re.search(r'\bx="([\d.]+)"', attributes).group(1)), float(re.search(r'font-size="([\d.]+)"', attributes).group(1)), text)
            for attributes, text in re.findall(r"<text ([^>]*)>([^<]*)</text>", svg)]


def test_every_rung_and_date_is_in_its_own_column_left_to_right():
    svg = timeline_svg(*LESSON_LADDER, title="Veien til sluttmålet")
    texts = _texts(svg)
    column = ACROSS / 7
    for _, size, text in texts:
        assert len(text) * size * 0.55 <= column + 1, f"«{text}» runs into the next column"
    dates = [(x, text) for x, _, text in texts if text.startswith(("år", "mnd"))]
    assert [text for _, text in dates] == ["år 1", "mnd. 7", "år 2", "år 2", "år 2"]
    assert [x for x, _ in dates] == sorted({x for x, _ in dates}), "one column each, left to right"
    labels = " ".join(text for _, _, text in texts)
    assert all(word in labels for word in "Introprogram Praksis verksted, uken Jobbe sveiser".split())
    assert 'role="img"' in svg and "<title>Veien til sluttmålet</title>" in svg


def test_a_long_label_ends_in_an_ellipsis_and_a_long_word_gets_smaller_type():
    long_word = "Arbeidsmarkedsopplæringskurs"
    svg = timeline_svg("Start", [Rung("ord " * 40), Rung(long_word)], "Slutt", title="t")
    texts = _texts(svg)
    assert sum(1 for _, _, text in texts if text.startswith("ord")) == ACROSS_LINES and any(text.endswith("…") for _, _, text in texts)
    size = next(size for _, size, text in texts if text == long_word)
    assert size < ACROSS_FONT and len(long_word) * size * 0.55 <= ACROSS / 4


def test_typed_text_is_escaped():
    svg = timeline_svg("<b>Start</b>", [Rung('"><script>alert(1)</script>', "<i>")], "Slutt", title='"x"')
    assert "<script>" not in svg and "<b>" not in svg and "&lt;script&gt;" in svg and 'aria-label="&quot;x&quot;"' in svg


def test_an_empty_or_blank_label_draws_without_a_crash():
    svg = timeline_svg("", [Rung(" ", "år 1")], "Slutt", title="t")
    assert "år 1" in svg and "Slutt" in svg
