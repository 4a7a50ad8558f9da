"""Build the web fonts in static/fonts/: Noto Sans Arabic and Ethiopic as WOFF2, cut to the scripts the app shows.

A phone that lacks these fonts downloads them once; as TTF they weighed 240–340 kB each.
Cut to the Arabic block (Arabic, Dari/Persian, Pashto letters) and the Ethiopic blocks,
with the layout features a browser applies by default kept (fontTools' default set: Arabic's
joining forms, ligatures, marks, local forms for Dari) and packed as WOFF2 (brotli), they weigh
a tenth to a fifth of that. The unicode ranges here must match the
@font-face rules in assets/css/10-base.css; tests/serving/test_fonts.py checks that every letter
the content uses is in its font.

    python deploy/subset_fonts.py NotoSansArabic-Regular.ttf NotoSansArabic-Bold.ttf \
        NotoSansEthiopic-Regular.ttf NotoSansEthiopic-Bold.ttf

(the TTFs from the Noto project, SIL Open Font License; needs fonttools and brotli from requirements.txt)
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

FONTS = Path(__file__).resolve().parent.parent / "static" / "fonts"
JOINERS = "U+200C-200F,U+25CC"
"""Zero-width (non-)joiners and direction marks shape the text; the dotted circle carries lone vowel marks."""
SCRIPTS = {
    "NotoSansArabic": f"U+0600-06FF,{JOINERS}",
    "NotoSansEthiopic": f"U+1200-139F,U+2D80-2DDF,U+AB00-AB2F,{JOINERS}",
}


def build(source: Path) -> Path:
    """Write static/fonts/<name>.woff2 from one TTF, keeping only its script's characters."""
    family = source.stem.split("-")[0]
    target = FONTS / f"{source.stem}.woff2"
    subset.main([str(source), f"--unicodes={SCRIPTS[family]}", "--flavor=woff2",
                 "--no-hinting", "--desubroutinize", f"--output-file={target}"])
    return target


if __name__ == "__main__":
    for name in sys.argv[1:]:
        built = build(Path(name))
        print(f"{built.name}: {Path(name).stat().st_size} -> {built.stat().st_size} bytes")
