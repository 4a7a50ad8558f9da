"""The web fonts for Arabic, Dari and Tigrinya: small WOFF2 files that still hold every letter the content uses."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from deploy.subset_fonts import NAMES_SOURCES, name_letters, names_range

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "static" / "fonts"
SCRIPTS = {"NotoSansArabic": re.compile("[\u0600-\u06ff]"), "NotoSansEthiopic": re.compile("[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]")}


def content_letters(script: re.Pattern) -> set[str]:
    texts = "".join(path.read_text(encoding="utf-8") for folder in ("lessons", "ui", "quizzes", "exercises")
                    for path in (ROOT / folder).glob("*.yaml"))
    return set(script.findall(texts))


@pytest.mark.parametrize("font", sorted(FONTS.glob("Noto*.woff2")), ids=lambda path: path.stem)
def test_every_letter_the_content_uses_is_in_the_font(font: Path):
    script = SCRIPTS[font.stem.split("-")[0]]
    letters = content_letters(script)
    assert letters, "the content should use this script, or the font is not needed"
    missing = {letter for letter in letters if ord(letter) not in TTFont(font).getBestCmap()}
    assert not missing, f"{font.name} lacks {''.join(sorted(missing))}: rebuild it with deploy/subset_fonts.py"


def test_fonts_are_small_woff2_and_the_stylesheet_asks_for_them():
    css = (ROOT / "assets" / "css" / "10-base.css").read_text(encoding="utf-8")
    fonts = sorted(FONTS.glob("Noto*.woff2"))  # Streamlit's own fonts, cut: tests/serving/test_fonts_subset.py
    assert len(fonts) == 4 and not list(FONTS.glob("*.ttf"))
    for font in fonts:
        assert font.stat().st_size < 80_000
        assert f"app/static/fonts/{font.name}" in css
    assert (FONTS / "OFL.txt").exists()


@pytest.mark.parametrize("script", sorted(NAMES_SOURCES))
def test_the_language_names_font_holds_every_letter_of_the_names_and_the_stylesheet_asks_only_for_them(script):
    letters = name_letters(script)
    assert letters, f"no language name is written in {script}: drop its names font"
    font = FONTS / f"MinplanNames-{script}.woff2"
    missing = [letter for letter in letters if ord(letter) not in TTFont(font).getBestCmap()]
    assert not missing, f"{font.name} lacks {''.join(missing)}: run deploy/subset_fonts.py --names"
    assert font.stat().st_size < 6_000
    css = (ROOT / "assets" / "css" / "65-classhour.css").read_text(encoding="utf-8")
    face = re.search(rf'MinplanNames-{script}\.woff2"\) format\("woff2"\);\s*unicode-range: ([^;]+);', css)
    assert face and face.group(1) == names_range(script), "the face's unicode-range is the one --names prints"
