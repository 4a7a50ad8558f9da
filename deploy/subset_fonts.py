"""Build the web fonts in static/fonts/: Noto Sans Arabic and Ethiopic as WOFF2, cut to the scripts the app shows;
and (issue 24) Streamlit's own icon and text fonts, cut to what Min plan uses.

A phone that lacks these fonts downloads them once; as TTF they weighed 240–340 kB each.
Cut to the Arabic block (Arabic, Dari/Persian, Pashto letters) and the Ethiopic blocks,
with the layout features a browser applies by default kept (fontTools' default set: Arabic's
joining forms, ligatures, marks, local forms for Dari) and packed as WOFF2 (brotli), they weigh
a tenth to a fifth of that. The unicode ranges here must match the
@font-face rules in assets/css/10-base.css; tests/serving/test_fonts.py checks that every letter
the content uses is in its font.

    python deploy/subset_fonts.py NotoSansArabic-Regular.ttf NotoSansArabic-Bold.ttf \
        NotoSansEthiopic-Regular.ttf NotoSansEthiopic-Bold.ttf
    python deploy/subset_fonts.py static/fonts/Noto*.woff2    # cut again after new texts (content_unicodes)

(the TTFs from the Noto project, SIL Open Font License; needs fonttools and brotli from requirements.txt)

    python deploy/subset_fonts.py --streamlit

reads the two fonts Streamlit ships in its static folder (site-packages, read only) and writes:
- MaterialSymbolsRounded-minplan.woff2: only the icons in minplan.serving.fonts.ICONS (their
  ligatures and the letters that spell them; Apache License 2.0, MaterialSymbols-LICENSE.txt);
- MinplanSans-{Latin,Cyrillic}[-Italic].woff2: Source Sans 3, variable weight kept, cut to Latin
  and to Cyrillic (TEXT_RANGES) and renamed Minplan Sans (SIL Open Font License, MinplanSans-OFL.txt).
Run it again after adding an icon (tests/serving/test_fonts_subset.py says when).

    python deploy/subset_fonts.py --names

writes MinplanNames-{Arabic,Ethiopic,Cyrillic}.woff2, the letters of the language names only (NAMES_FAMILY), from
the fonts above, and prints the unicode ranges for assets/css/65-classhour.css. Run it after a language is added.
"""
from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "static" / "fonts"
JOINERS = "U+200C-200F,U+25CC"
"""Zero-width (non-)joiners and direction marks shape the text; the dotted circle carries lone vowel marks."""
ARABIC = ("U+060C,U+061B,U+061F,U+0621-063A,U+0640-0655,U+0660-066D,U+0670,U+067E,U+0686,U+0698,U+06A9,U+06AF,"
          "U+06CC,U+06F0-06F9")
"""Arabic letters, tatweel, harakat and the hamza marks (Dari writes ۀ as ه with hamza above); Arabic-Indic and Persian digits; Dari's پ چ ژ ک گ ی; comma, semicolon, question mark."""
SCRIPTS = {
    # The Arabic and Dari alphabets, their vowel marks, digits and punctuation, not the whole block (Urdu, Sindhi,
    # Kurdish letters...): 22 -> 10 kB per weight. Other Arabic-script letters fall back to the phone's own font.
    "NotoSansArabic": f"{ARABIC},{JOINERS}",
    "NotoSansEthiopic": f"U+1200-139F,U+2D80-2DDF,U+AB00-AB2F,{JOINERS}",
}


TEXT_FAMILY = "Minplan Sans"
"""The cut text font's name (in the font and in the theme): Source Sans 3, renamed as the OFL asks of a modified font."""
TEXT_RANGES = {
    "Latin": "U+0020-007E,U+00A0-00FF,U+0131,U+0152-0153,U+02BC,U+02C6,U+02DA,U+02DC,U+2010-2027,U+2030-203A,"
             "U+20AC,U+2122,U+2190-2193,U+2212,U+FFFD",
    "Cyrillic": "U+0400-045F,U+0490-0491,U+2116",
}
"""Latin (Norwegian, English, Somali: Basic Latin, Latin-1, punctuation, arrows; 24 kB) and Cyrillic (Ukrainian; 17 kB,
downloaded only where Cyrillic is shown). The same ranges go to `unicodeRange` in .streamlit/config.toml, so a page
asks only for the files whose letters it shows, and other scripts never ask for them."""


def streamlit_media() -> Path:
    """Streamlit's folder of bundled fonts (read, never written)."""
    import streamlit

    return Path(streamlit.__file__).parent / "static" / "static" / "media"


def build_icons(source: Path, names: frozenset[str], target: Path) -> Path:
    """Write `target`: the icon font with only the ligatures that spell `names` and the glyphs they need."""
    font = TTFont(source)
    letters = {glyph: chr(code) for code, glyph in font.getBestCmap().items() if code < 128}
    kept: set[str] = set()
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            table = getattr(table, "ExtSubTable", table)
            for first, ligatures in list(table.ligatures.items()):
                keep = [ligature for ligature in ligatures
                        if "".join(letters.get(glyph, "?") for glyph in [first, *ligature.Component]) in names]
                kept.update(ligature.LigGlyph for ligature in keep)
                if keep:
                    table.ligatures[first] = keep
                else:
                    del table.ligatures[first]
    options = subset.Options()
    options.flavor, options.hinting, options.layout_features = "woff2", False, ["rlig", "liga"]
    options.name_IDs, options.notdef_outline = ["*"], True
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=sorted(kept), text="".join(sorted(set("".join(names)))) + " ")
    subsetter.subset(font)
    font.save(target)
    return target


def woff2_options() -> subset.Options:
    """How a text font is cut: WOFF2, no hinting, plain outlines, every name record kept (the licence's names)."""
    options = subset.Options()
    options.flavor, options.hinting, options.desubroutinize, options.notdef_outline = "woff2", False, True, True
    options.name_IDs = ["*"]
    return options


def build_text(source: Path, target: Path, ranges: str) -> Path:
    """Write `target`: the variable text font (all weights) cut to `ranges`, as WOFF2."""
    font = TTFont(source)
    subsetter = subset.Subsetter(woff2_options())
    subsetter.populate(unicodes=subset.parse_unicodes(ranges))
    subsetter.subset(font)
    rename(font)
    font.save(target)
    return target


def rename(font: TTFont) -> None:
    """Name the cut font "Minplan Sans": the OFL keeps the Reserved Font Name "Source" for the unmodified font."""
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22, 25):
            name = record.toUnicode()
            for old, new in (("Source Sans 3", TEXT_FAMILY), ("SourceSans3", TEXT_FAMILY.replace(" ", "")),
                             ("Source Sans", TEXT_FAMILY), ("SourceSans", TEXT_FAMILY.replace(" ", ""))):
                name = name.replace(old, new)
            record.string = name


def build_streamlit_fonts() -> list[Path]:
    """The subsets of Streamlit's own fonts, from the installed Streamlit."""
    sys.path.insert(0, str(FONTS.parent.parent))
    from minplan.serving.fonts import ICON_FONT, ICONS, text_font

    media = streamlit_media()
    only = lambda pattern: next(media.glob(pattern))  # noqa: E731
    built = [build_icons(only("MaterialSymbols-Rounded.*.woff2"), ICONS, ICON_FONT)]
    for style, source in (("normal", "Upright"), ("italic", "Italic")):
        for script, ranges in TEXT_RANGES.items():
            built.append(build_text(only(f"SourceSansVF-{source}.*.woff2"), text_font(style, script), ranges))
    return built


CONTENT = ("lessons", "ui", "quizzes", "exercises", "local")
"""Where the app's texts are (tests/serving/test_fonts.py checks every letter they use is in its font)."""
KEPT_ALWAYS = {"NotoSansArabic": "U+0660-0669,U+06F0-06F9", "NotoSansEthiopic": ""}
"""Kept though the content does not use them: the Arabic-Indic and Persian digits, which a participant may type."""


def content_unicodes(family: str) -> str:
    """The family's letters that the content uses, plus KEPT_ALWAYS and JOINERS, as fontTools' --unicodes.

    Issue 24: Tigrinya uses 180 of the 496 Ethiopic syllables in the font (66 -> 18 kB per weight); Arabic and Dari
    leave out some marks and the digits (11 -> 10 kB). A letter a new text brings is caught by the test and added by
    running this again; one only a participant types falls back to the phone's own font.
    """
    texts = "".join(path.read_text(encoding="utf-8") for folder in CONTENT
                    for path in (FONTS.parent.parent / folder).rglob("*.yaml"))
    allowed = subset.parse_unicodes(SCRIPTS[family])
    used = sorted({ord(letter) for letter in texts} & set(allowed))
    return ",".join([*(f"U+{code:04X}" for code in used), *filter(None, [KEPT_ALWAYS[family], JOINERS])])


def build(source: Path) -> Path:
    """Write static/fonts/<name>.woff2 from one TTF (or from the WOFF2 already there, to cut it again), keeping only
    the letters of its script that the content uses."""
    family = source.stem.split("-")[0]
    target = FONTS / f"{source.stem}.woff2"
    subset.main([str(source), f"--unicodes={content_unicodes(family)}", "--flavor=woff2",
                 "--no-hinting", "--desubroutinize", f"--output-file={target}"])
    return target


NAMES_FAMILY = "Minplan Names"
"""The language names in their own script, cut from the fonts above: the join page's language buttons show
«العربية», «ትግርኛ», «Українська» on a page that is otherwise Norwegian, and a whole script's font for one word
(Ethiopic 18 kB, Cyrillic 17 kB, Arabic 11 kB) took the page over 600 kB."""
NAMES_SOURCES = {"Arabic": ("NotoSansArabic-Regular.woff2", SCRIPTS["NotoSansArabic"]),
                 "Ethiopic": ("NotoSansEthiopic-Regular.woff2", SCRIPTS["NotoSansEthiopic"]),
                 "Cyrillic": ("MinplanSans-Cyrillic.woff2", TEXT_RANGES["Cyrillic"])}
"""Per script: the font the names are cut from, and the letters that font was cut to (above)."""


@cache
def language_names() -> str:
    """Every language name of the content (languages.yaml), read once."""
    sys.path.insert(0, str(FONTS.parent.parent))
    from minplan.catalogue import load_content

    return "".join(language.name for language in load_content().languages)


def name_letters(script: str) -> list[str]:
    """The letters of `script` in the language names, sorted."""
    allowed = set(subset.parse_unicodes(NAMES_SOURCES[script][1]))
    return sorted({letter for letter in language_names() if ord(letter) in allowed})


def names_range(script: str) -> str:
    """The CSS unicode-range of a names face: exactly its letters (assets/css/65-classhour.css holds the same)."""
    return ", ".join(f"U+{ord(letter):04X}" for letter in name_letters(script))


def build_names() -> list[Path]:
    """Write static/fonts/MinplanNames-<script>.woff2: the letters of the language names, with their joining forms."""
    built = []
    for script, (source, _) in NAMES_SOURCES.items():
        target = FONTS / f"MinplanNames-{script}.woff2"
        font = TTFont(FONTS / source)
        subsetter = subset.Subsetter(woff2_options())
        subsetter.populate(text="".join(name_letters(script)) + "\u200c\u200d")
        subsetter.subset(font)
        font.save(target)
        built.append(target)
    return built


if __name__ == "__main__":
    if sys.argv[1:] == ["--names"]:
        for built in build_names():
            print(f"{built.name}: {built.stat().st_size} bytes")
        for script in NAMES_SOURCES:
            print(f"{script}: unicode-range: {names_range(script)}")
        sys.exit(0)
    if sys.argv[1:] == ["--streamlit"]:
        for built in build_streamlit_fonts():
            print(f"{built.name}: {built.stat().st_size} bytes")
        sys.exit(0)
    for name in sys.argv[1:]:
        built = build(Path(name))
        print(f"{built.name}: {Path(name).stat().st_size} -> {built.stat().st_size} bytes")
