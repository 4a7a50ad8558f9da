"""The app's own stylesheet (assets/css/) as one cached file that index.html links in its head (issue 24).

It used to go out with every script run inside `st.html("<style>…")`: 12 kB over the websocket on
each first and repeat view (uncompressed), the stylesheet applied only once the run arrived, and
st.html pulled in Streamlit's HTML sanitizer chunk. Now the middleware serves the files joined
under an address named by their content hash (cached for a year, compressed like the rest) and adds
a <link rel="stylesheet"> to the end of Streamlit's index.html, so the page is styled from its first
paint and a repeat view costs nothing. The link goes at the end of the body, after the <style>
elements Streamlit adds to the head, so that (as when it came with the run) the app's rules win ties
of specificity against Streamlit's; its scripts still wait for it, so nothing is drawn unstyled.

Two more things travel the same way (issue 21): the words that stand in for Streamlit's English ones
(minplan/serving/interface_words.py, joined to the stylesheet) and the small script that lets the phone
remember the language and finished lessons (assets/js/remember.js), inline after the link so it runs
before Streamlit's own scripts read the address, and the one that names the buttons whose English words
the stylesheet hides (assets/js/names.js). The stylesheet's hash covers the script too, so a
changed script also reaches a phone that kept the page.

And a page's first text (issue 24): the app hands in `first_view(path, query)` (minplan/first_view.py),
whose HTML goes right after Streamlit's root element, so a lesson's title, goal and key points show
before the 440 kB of Streamlit's scripts have arrived. The link and script go just before the root
element, still after every <style> in the head, so the preview is drawn already styled.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from anyio import to_thread

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from minplan.serving.interface_words import words_css

CSS = Path(__file__).resolve().parents[2] / "assets" / "css"
SCRIPTS = CSS.parent / "js"
ROOT_ELEMENT = b'<div id="root"></div>'
STREAMLIT_PATHS = ("/static/", "/_stcore/", "/app/", "/media/", "/component/", "/healthz")
"""Addresses that are never one of the app's pages (everything else is answered with index.html)."""


@cache
def stylesheet() -> tuple[str, bytes]:
    """The address and text of the joined stylesheet: every assets/css/*.css, in name order, and the interface
    words, read once; the address is named by the hash of the stylesheet and the page's script."""
    text = "\n".join([*(_without_comments(path.read_text(encoding="utf-8")) for path in sorted(CSS.glob("*.css"))),
                      words_css()]).encode()
    return f"/minplan.{hashlib.sha256(text + page_script()).hexdigest()[:12]}.css", text


@cache
def page_script() -> bytes:
    """The scripts every page runs first (assets/js/*.js: remember.js, names.js), joined, without their comments
    and indentation."""
    return "\n".join(_without_comments(path.read_text(encoding="utf-8")) for path in sorted(SCRIPTS.glob("*.js"))).encode()


def _without_comments(code: str) -> str:
    """CSS or script without its /* comments */, indentation and empty lines: the comments are for whoever
    edits assets/, and on the wire they were a third of the stylesheet (about 2.6 kB of a lesson's first view)."""
    code = re.sub(r"/\*.*?\*/", "", code, flags=re.DOTALL)
    return "\n".join(line.strip() for line in code.splitlines() if line.strip())


def link() -> bytes:
    return f'<link rel="stylesheet" href=".{stylesheet()[0]}" />'.encode() + b"<script>" + page_script() + b"</script>"


class Stylesheet:
    """ASGI middleware: serves the stylesheet, and links it at the end of every page's index.html.

    Sits inside the compression middleware: index.html is asked of Streamlit uncompressed, edited,
    and compressed on the way out.
    """

    def __init__(self, app: ASGIApp, first_view: Callable[[str, str], str] | None = None) -> None:
        self.app = app
        self.first_view = first_view

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") \
                or scope["path"].startswith(STREAMLIT_PATHS):
            await self.app(scope, receive, send)
            return
        address, text = stylesheet()
        if scope["path"] == address:
            headers = [(b"content-type", b"text/css; charset=utf-8"), (b"content-length", str(len(text)).encode()),
                       (b"cache-control", b"public, immutable, max-age=31536000")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else text})
            return
        await self._page(scope, receive, send)

    async def _page(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Streamlit's index.html with the link and the page's first text added. Its ETag gets the stylesheet's
        hash (and the first text's), so a phone that kept a page from before a change gets the new page, not a
        304 for the old one. The first text is made in a thread: the first one reads the content (a second)."""
        address, _ = stylesheet()
        preview = b""
        if self.first_view is not None:
            preview = (await to_thread.run_sync(self.first_view, scope["path"],
                                                scope.get("query_string", b"").decode("latin-1"))).encode()
        suffix = "-" + address.split(".")[1]
        if preview:
            suffix += hashlib.sha256(preview).hexdigest()[:8]
        headers_in = []
        for key, value in scope["headers"]:
            name = key.lower()
            if name in (b"accept-encoding", b"if-modified-since"):
                continue
            if name == b"if-none-match":
                tags = [tag.strip() for tag in value.decode("latin-1").split(",")]
                ours = [tag.removesuffix(f'{suffix}"') + '"' for tag in tags if tag.endswith(f'{suffix}"')]
                if not ours:
                    continue
                value = ", ".join(ours).encode("latin-1")
            headers_in.append((key, value))
        plain = {**scope, "headers": headers_in}
        start: Message = {}
        parts: list[bytes] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            parts.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(parts)
            headers = MutableHeaders(raw=list(start["headers"]))
            if "etag" in headers and headers.get("content-type", "text/html").startswith("text/html"):
                headers["etag"] = headers["etag"].removesuffix('"') + f'{suffix}"'
                del headers["last-modified"]
            if start["status"] == 200 and headers.get("content-type", "").startswith("text/html") \
                    and "content-encoding" not in headers and b"</body>" in body:
                if ROOT_ELEMENT in body:
                    body = body.replace(ROOT_ELEMENT, link() + ROOT_ELEMENT + preview, 1)
                else:
                    body = body.replace(b"</body>", link() + preview + b"\n  </body>", 1)
                if "content-length" in headers:
                    headers["content-length"] = str(len(body))
            await send({**start, "headers": headers.raw})
            await send({"type": "http.response.body", "body": body})

        await self.app(plain, receive, keep)
