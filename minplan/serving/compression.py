"""Everything the app sends over HTTP, compressed; Streamlit's own JavaScript compressed once per process.

Streamlit 1.67 serves its JavaScript bundle uncompressed: compressing it on every request
costs CPU. Its files under /static/ are named by their content hash and cached by browsers
for a year, so they never change while the process runs: this middleware compresses each
one once (brotli when the browser accepts it, else gzip) and keeps the result in memory; brotli
is made again at its best level in the background, for every phone after the first.
Every other response goes through Starlette's GZipMiddleware, which leaves responses that
are already compressed (fonts, images, Streamlit's own gzip) and the websocket alone.
"""
from __future__ import annotations

import gzip
import threading

import anyio.to_thread
import brotli
from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ASSETS = "/static/"
"""Where Streamlit serves its content-hashed, immutable frontend files."""
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml")
BROTLI_QUALITY = 10
"""Brotli 10: a lesson's scripts 15 % smaller than gzip 9, about 2 s of CPU once per process: what the first phone
after a start gets, without waiting longer than it takes."""
BROTLI_BEST = 11
"""Brotli 11, made in the background once the first answer has gone: another 2 % (9 kB of a lesson's 450 kB of
scripts) for about three times the CPU, once per process; every later phone gets it (issue 24)."""
LARGEST = 16 * 1024 * 1024


def accepted(accept_encoding: str) -> str | None:
    """The best encoding the browser accepts: "br", "gzip" or None (q=0 means refused)."""
    offered = {}
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        weight = params.strip().removeprefix("q=")
        offered[name.strip()] = weight not in ("0", "0.0", "0.00", "0.000")
    return next((name for name in ("br", "gzip") if offered.get(name)), None)


def compress(body: bytes, encoding: str, quality: int = BROTLI_QUALITY) -> bytes:
    """The body in the given encoding, at a level worth paying once."""
    if encoding == "br":
        return brotli.compress(body, quality=quality, mode=brotli.MODE_TEXT)
    return gzip.compress(body, compresslevel=9, mtime=0)


class Compression:
    """ASGI middleware: cached brotli/gzip for Streamlit's immutable assets, streaming gzip for the rest."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.streaming = GZipMiddleware(app, minimum_size=500, compresslevel=6)
        self.cache: dict[tuple[str, str], bytes] = {}
        self.busy: dict[tuple[str, str], anyio.Lock] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = Headers(scope=scope) if scope["type"] == "http" else None
        encoding = accepted(headers.get("accept-encoding", "")) if headers else None
        if (encoding is None or scope["method"] != "GET" or "range" in headers
                or not scope["path"].startswith(ASSETS)):
            await self.streaming(scope, receive, send)
            return
        status, start, body = await self._response(scope, receive)
        response = MutableHeaders(raw=start["headers"])
        kind = response.get("content-type", "")
        if status != 200 or "content-encoding" in response or not kind.startswith(COMPRESSIBLE) or len(body) > LARGEST:
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        packed = await self._compressed((scope["path"], encoding), body)
        response["content-encoding"] = encoding
        response["content-length"] = str(len(packed))
        response.add_vary_header("Accept-Encoding")
        await send(start)
        await send({"type": "http.response.body", "body": packed})

    async def _compressed(self, key: tuple[str, str], body: bytes) -> bytes:
        """The cached compressed body; a class of phones arriving at once waits for one compression, not many."""
        async with self.busy.setdefault(key, anyio.Lock()):
            if key not in self.cache:
                self.cache[key] = await anyio.to_thread.run_sync(compress, body, key[1])
                if key[1] == "br":
                    threading.Thread(target=self._best, args=(key, body), daemon=True).start()
        return self.cache[key]

    def _best(self, key: tuple[str, str], body: bytes) -> None:
        """Replace the cached brotli with brotli at its best level when that is smaller (it nearly always is)."""
        best = compress(body, "br", BROTLI_BEST)
        if len(best) < len(self.cache[key]):
            self.cache[key] = best

    async def _response(self, scope: Scope, receive: Receive) -> tuple[int, Message, bytes]:
        """Run the app and collect its whole response (assets are files of at most a few MB)."""
        start: Message = {}
        parts: list[bytes] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                parts.append(message.get("body", b""))

        await self.app(scope, receive, keep)
        return start["status"], start, b"".join(parts)
