"""The goal ladder in Arabic and Dari is mirrored: labels never sit on the dots or dates, nor leave the picture."""
import re

from minplan.goal.ladder import LINE_X, WIDTH, Rung, ladder_svg

RUNGS = (Rung("بداية برنامج التعريف", "11.2026"), [Rung("إرشاد مهني (karriereveiledning)", "01.2027")], Rung("أن أصبح دهّان", "03.2030"))


def _texts(svg: str) -> list[tuple[float, str, str]]:
    found = []
    for attributes, text in re.findall(r"<text ([^>]*)>([^<]*)</text>", svg):
        anchor = re.search(r'text-anchor="(\w+)"', attributes)
        found.append((float(re.search(r'x="([-\d.]+)"', attributes).group(1)), anchor.group(1) if anchor else "", text))
    return found


def test_right_to_left_ladder_puts_labels_left_of_the_line_and_dates_right_of_it():
    svg = ladder_svg(*RUNGS, title="سلم", direction="rtl")
    line_x = WIDTH - LINE_X
    assert f'x1="{line_x}"' in svg and 'direction="rtl"' in svg
    for x, anchor, text in _texts(svg):
        if re.fullmatch(r"[\d.]+", text):
            assert anchor == "end" and x > line_x  # a date: its left end just right of the line
        else:
            assert anchor == "" and x < line_x  # a label: runs leftwards from just left of the line


def test_left_to_right_ladder_is_unchanged():
    svg = ladder_svg(*RUNGS, title="Stige")
    assert f'x1="{LINE_X}"' in svg and 'direction="ltr"' in svg
    for x, anchor, text in _texts(svg):
        assert (x < LINE_X) if re.fullmatch(r"[\d.]+", text) else (x > LINE_X)
