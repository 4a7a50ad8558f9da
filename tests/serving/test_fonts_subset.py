"""Streamlit's two fonts, cut to what Min plan shows (issue 24): the icon list, the subsets, how they are served.

A new `:material/…:` icon in the code fails here until it is added to minplan.serving.fonts.ICONS and
the subset is rebuilt (python deploy/subset_fonts.py --streamlit); the browser test
(tests/browser/test_fonts_on_the_wire.py) catches icons that Streamlit's own widgets draw.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from fontTools.ttLib import TTFont
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route
from starlette.testclient import TestClient

from deploy.subset_fonts import TEXT_FAMILY, TEXT_RANGES
from minplan.serving.compression import Compression
from minplan.serving.fonts import APP_ICONS, ICON_FONT, ICONS, TEXT_FONTS, Fonts, text_font
from minplan.serving.stylesheet import Stylesheet, stylesheet

ROOT = Path(__file__).resolve().parents[2]
ICON_IN_CODE = re.compile(r":material/([a-z0-9_]+):")
INDEX = ('<html><head><link rel="preload" href="./static/media/SourceSansVF-Upright.ttf.BsWL4Kly.woff2" as="font" '
         'type="font/woff2" crossorigin /></head><body><div id="root"></div></body></html>')


def icons_in_code() -> set[str]:
    found = set()
    for folder in ("views", "minplan", "lessons", "quizzes", "ui", "exercises"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".py", ".yaml"):
                found |= set(ICON_IN_CODE.findall(path.read_text(encoding="utf-8")))
    for path in ROOT.glob("*.py"):
        found |= set(ICON_IN_CODE.findall(path.read_text(encoding="utf-8")))
    return found


def ligatures(font: TTFont) -> set[str]:
    """Every word the icon font turns into an icon."""
    letters = {glyph: chr(code) for code, glyph in font.getBestCmap().items()}
    words = set()
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            table = getattr(table, "ExtSubTable", table)
            for first, found in table.ligatures.items():
                words |= {"".join(letters[glyph] for glyph in [first, *ligature.Component]) for ligature in found}
    return words


def test_the_icon_list_names_exactly_the_icons_the_code_uses():
    assert icons_in_code() == set(APP_ICONS), "update minplan.serving.fonts.APP_ICONS and rebuild the subset"


def test_the_icon_subset_draws_every_listed_icon_and_is_small():
    font = TTFont(ICON_FONT)
    missing = ICONS - ligatures(font)
    assert not missing, f"rebuild with python deploy/subset_fonts.py --streamlit; missing: {sorted(missing)}"
    assert ICON_FONT.stat().st_size < 20_000
    assert font["maxp"].numGlyphs < len(ICONS) + 60  # the icons and the letters that spell them, no more


def test_the_text_subsets_cover_the_latin_and_cyrillic_the_content_uses():
    texts = "".join(path.read_text(encoding="utf-8") for folder in ("lessons", "ui", "quizzes", "exercises")
                    for path in (ROOT / folder).glob("*.yaml"))
    scripts = {"Latin": re.compile("[A-Za-z\u00c0-\u017f]"), "Cyrillic": re.compile("[\u0400-\u04ff]")}
    for script, letters in scripts.items():
        used = set(letters.findall(texts))
        assert used >= ({"ø", "å", "æ"} if script == "Latin" else {"ї", "є"})
        for style in ("normal", "italic"):
            path = text_font(style, script)
            font = TTFont(path)
            missing = {letter for letter in used if ord(letter) not in font.getBestCmap()}
            assert not missing, f"{path.name} lacks {''.join(sorted(missing))}: widen TEXT_RANGES"
            assert path.stat().st_size < 30_000
            assert "fvar" in font  # every weight, as Streamlit's own variable font
            assert "Source" not in font["name"].getDebugName(1)  # the OFL's Reserved Font Name stays off a cut font
    fonts = ICON_FONT.parent
    assert (fonts / "MinplanSans-OFL.txt").exists() and (fonts / "MaterialSymbols-LICENSE.txt").exists()


def test_the_theme_declares_the_text_subsets_with_the_ranges_they_were_cut_to():
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["theme"]
    assert theme["font"].split(",")[0].strip() == TEXT_FAMILY
    faces = {face["url"]: face for face in theme["fontFaces"]}
    for style in ("normal", "italic"):
        for script, ranges in TEXT_RANGES.items():
            face = faces[f"app/static/fonts/{text_font(style, script).name}"]
            assert (face["family"], face["style"]) == (TEXT_FAMILY, style)
            assert face["unicodeRange"].replace(" ", "") == ranges


async def _font(_request) -> Response:
    return Response(b"the full font " * 10_000, media_type="font/woff2",
                    headers={"cache-control": "public, immutable, max-age=31536000"})


async def _index(request) -> Response:
    if request.headers.get("if-none-match") == '"index-1"':
        return Response(status_code=304, headers={"etag": '"index-1"'})
    return HTMLResponse(INDEX, headers={"etag": '"index-1"', "last-modified": "Sun, 06 Dec 2026 03:51:09 GMT"})


def client() -> TestClient:
    routes = [Route("/static/media/MaterialSymbols-Rounded.nEdyypZU.woff2", _font),
              Route("/static/media/SourceSansVF-Upright.ttf.BsWL4Kly.woff2", _font),
              Route("/app/static/fonts/NotoSansArabic-Regular.woff2", _font),
              Route("/{page:path}", _index)]
    middleware = [Middleware(Compression), Middleware(Fonts), Middleware(Stylesheet)]
    return TestClient(Starlette(routes=routes, middleware=middleware))


def test_streamlits_icon_font_address_answers_with_the_subset_cached_for_a_day():
    with client() as http:
        first = http.get("/static/media/MaterialSymbols-Rounded.nEdyypZU.woff2")
        again = http.get("/static/media/MaterialSymbols-Rounded.nEdyypZU.woff2",
                         headers={"if-none-match": first.headers["etag"]})
    assert first.status_code == 200 and first.content == ICON_FONT.read_bytes()
    assert first.headers["cache-control"] == "public, max-age=86400"
    assert again.status_code == 304 and again.content == b""


def test_streamlits_text_font_redirects_to_the_subset_and_own_fonts_are_cached():
    with client() as http:
        text = http.get("/static/media/SourceSansVF-Upright.ttf.BsWL4Kly.woff2", follow_redirects=False)
        arabic = http.get("/app/static/fonts/NotoSansArabic-Regular.woff2")
    assert text.status_code == 302
    assert text.headers["location"] == f"/app/static/fonts/{TEXT_FONTS['normal'].name}"
    assert arabic.headers["cache-control"] == "public, max-age=86400"


def test_every_page_links_the_stylesheet_which_is_cached_for_a_year():
    address, css = stylesheet()
    with client() as http:
        page = http.get("/klasse", headers={"accept-encoding": "gzip, br"})
        sheet = http.get(address, headers={"accept-encoding": "gzip, br"})
    assert f'<link rel="stylesheet" href=".{address}" />' in page.text
    assert page.text.index("</head>") < page.text.index(address) < page.text.index('<div id="root">')  # after Streamlit's styles, before the page
    assert sheet.status_code == 200 and sheet.content == css
    assert sheet.headers["cache-control"] == "public, immutable, max-age=31536000"
    assert b"Noto Sans Arabic" in css and b"Minplan Sans" in css


def test_the_arabic_fonts_are_asked_for_exactly_the_letters_they_were_cut_to():
    from deploy.subset_fonts import ARABIC

    css = (ROOT / "assets" / "css" / "10-base.css").read_text(encoding="utf-8")
    ranges = re.findall(r'NotoSansArabic-\w+\.woff2"\) format\("woff2"\); font-weight: \d+;\s*unicode-range: ([^;]+);', css)
    assert len(ranges) == 2 and all(found.replace(" ", "") == ARABIC for found in ranges)


def test_a_page_kept_from_before_a_stylesheet_change_is_sent_again():
    address, _ = stylesheet()
    with client() as http:
        page = http.get("/klasse")
        same = http.get("/klasse", headers={"if-none-match": page.headers["etag"]})
        older = http.get("/klasse", headers={"if-none-match": '"index-1-0123456789ab"'})
        plain = http.get("/klasse", headers={"if-none-match": '"index-1"'})
    assert page.headers["etag"] == f'"index-1-{address.split(".")[1]}"' and "last-modified" not in page.headers
    assert same.status_code == 304
    assert older.status_code == plain.status_code == 200 and address in older.text
