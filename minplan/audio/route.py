"""GET /audio/…: the recordings, straight from the content folder, so a page carries only their address.

A recording's name holds the fingerprint of its text, so a changed text gets a new name: the files can be
kept by phones and proxies for a year. Only .m4a files below <content>/audio/ are served; anything else,
or a path that climbs out, is 404.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from minplan.audio.recordings import FOLDER, SUFFIX
from minplan.content.loader import content_root

PREFIX = f"/{FOLDER}/"


def audio_route(root: Callable[[], Path] = content_root) -> Route:
    """The route that serves recordings below `root()`/audio (read on each request: MINPLAN_CONTENT may change in tests)."""

    async def recording(request: Request) -> Response:
        folder = (root() / FOLDER).resolve()
        wanted = (folder / request.path_params["name"]).resolve()
        if wanted.suffix != SUFFIX or not wanted.is_relative_to(folder) or not wanted.is_file():
            return PlainTextResponse("Not found", status_code=404)
        return FileResponse(wanted, media_type="audio/mp4",
                            headers={"cache-control": "public, max-age=31536000, immutable"})

    return Route(PREFIX + "{name:path}", recording, methods=["GET", "HEAD"])
