"""The two fonts Streamlit brings along, cut to what Min plan shows (issue 24).

Icons. Streamlit draws every icon (the sidebar arrows, the fold chevrons, each `:material/…:`)
as a ligature word in Material Symbols Rounded, a 375 kB font with about 4,000 icons. Its
frontend asks for that font with `document.fonts.load()` the moment the page starts, before
any theme or stylesheet of the app arrives, so no later @font-face declaration can win that
race: the app's middleware (`Fonts`) answers the font's own address with a subset that holds
only the icons below (static/fonts/MaterialSymbolsRounded-minplan.woff2, built by
deploy/subset_fonts.py). That answer is cached for a day, not for a year like Streamlit's
content-hashed files, so a rebuilt subset (a new icon) reaches a phone within a day.
`ICONS` is the list: tests/serving/test_fonts_subset.py fails when the code uses an icon that
is not in it or in the font, and the browser test fails when a page draws an icon word the
subset lacks.

Text. The theme (`.streamlit/config.toml`, `[[theme.fontFaces]]`) sets Source Sans 3, cut
to Latin and Cyrillic (Norwegian, English, Somali, Ukrainian) and named "Minplan Sans", as the
app's font. Streamlit's
index.html preloads its own 170 kB Source Sans; `Fonts` swaps that preload for the subset, so
the text font arrives with the scripts and the first text is drawn in it (no fallback flash).
"""
from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

STATIC = Path(__file__).resolve().parents[2] / "static" / "fonts"
ICON_FONT = STATIC / "MaterialSymbolsRounded-minplan.woff2"
TEXT_FAMILY = "Minplan Sans"
"""Source Sans 3 cut to Latin and Cyrillic, renamed (the OFL reserves the name "Source" for the unmodified font)."""

APP_ICONS = frozenset({
    "account_balance", "add", "arrow_back", "arrow_downward", "arrow_forward", "arrow_upward", "celebration",
    "check", "check_circle", "close", "cloud_off", "co_present", "delete", "download", "error", "flag", "groups",
    "history", "home", "hourglass_top", "info", "ios_share", "library_books", "lightbulb", "menu_book", "picture_as_pdf",
    "play_arrow", "print", "quiz", "radio_button_unchecked", "replay", "restart_alt", "rule", "schedule", "school",
    "send", "style", "support_agent", "translate", "trending_up", "undo", "upload_file", "warning", "wifi_off",
    "mic", "save", "update", "visibility",
})
"""Every `:material/…:` icon in the app's code (the test reads the code and compares)."""

STREAMLIT_ICONS = frozenset({
    # the sidebar's open and close buttons, the menu's section folds, st.expander's chevrons
    "keyboard_double_arrow_left", "keyboard_double_arrow_right", "keyboard_arrow_down", "keyboard_arrow_up",
    "keyboard_arrow_right", "keyboard_arrow_left", "expand_more", "expand_less", "chevron_right", "chevron_left",
    # st.file_uploader (the teacher's own quiz), st.download_button, alerts and toasts, menus
    "upload", "cloud_upload", "attach_file", "content_copy", "link", "menu", "more_vert", "more_horiz",
    "visibility", "visibility_off", "search",
})
"""Icons Streamlit's own widgets draw on Min plan's pages (found by the browser test's walk over them)."""

ICONS = APP_ICONS | STREAMLIT_ICONS


def text_font(style: str, script: str = "Latin") -> Path:
    """The text font's file for a style ("normal", "italic") and script ("Latin", "Cyrillic")."""
    return STATIC / f"MinplanSans-{script}{'-Italic' if style == 'italic' else ''}.woff2"


TEXT_FONTS = {"normal": text_font("normal"), "italic": text_font("italic")}
"""Where Streamlit's own Source Sans (upright, italic) is redirected: the Latin files, which every page needs."""

STREAMLIT_ICON_FONT = re.compile(r"/static/media/MaterialSymbols-Rounded\.[\w-]+\.woff2")
STREAMLIT_TEXT_FONT = re.compile(r"/static/media/SourceSansVF-(Upright|Italic)\.ttf\.[\w-]+\.woff2")
OWN_FONTS = "/app/static/fonts/"
FONT_CACHE = "public, max-age=86400"
"""A day: Streamlit's own files are cached for a year by their content hash; these addresses keep their name."""


@cache
def _font(path: Path) -> tuple[bytes, str]:
    data = path.read_bytes()
    return data, '"' + hashlib.sha256(data).hexdigest()[:16] + '"'


class Fonts:
    """ASGI middleware: Min plan's font subsets wherever Streamlit asks for its full fonts.

    - Streamlit's icon font address answers with the icon subset (ETag, cached for a day).
    - Streamlit's Source Sans addresses (index.html preloads the upright one; text drawn before the
      theme arrives asks for it) redirect to the theme's Minplan Sans file of the same style, so the
      browser downloads that one file once, early, and every later use finds it in its cache.
    - The app's own fonts (static/fonts/) are cached for a day.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        if STREAMLIT_ICON_FONT.fullmatch(path):
            await self._icons(scope, send)
        elif text := STREAMLIT_TEXT_FONT.fullmatch(path):
            style = "normal" if text.group(1) == "Upright" else "italic"
            root = scope.get("root_path", "")
            await _send(send, 302, {"location": f"{root}{OWN_FONTS}{TEXT_FONTS[style].name}",
                                    "cache-control": FONT_CACHE, "content-length": "0"}, b"")
        elif path.startswith(OWN_FONTS) and path.endswith(".woff2"):
            await self.app(scope, receive, _cached(send))
        else:
            await self.app(scope, receive, send)

    async def _icons(self, scope: Scope, send: Send) -> None:
        data, etag = _font(ICON_FONT)
        headers = {"content-type": "font/woff2", "cache-control": FONT_CACHE, "etag": etag}
        if Headers(scope=scope).get("if-none-match") == etag:
            await _send(send, 304, headers, b"")
            return
        headers["content-length"] = str(len(data))
        await _send(send, 200, headers, b"" if scope["method"] == "HEAD" else data)


async def _send(send: Send, status: int, headers: dict[str, str], body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(key.encode(), value.encode()) for key, value in headers.items()]})
    await send({"type": "http.response.body", "body": body})


def _cached(send: Send) -> Send:
    """`send`, with a day's cache-control added to a successful response that has none."""

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start" and message["status"] == 200:
            headers = MutableHeaders(raw=list(message["headers"]))
            headers["cache-control"] = FONT_CACHE
            message = {**message, "headers": headers.raw}
        await send(message)

    return sending
