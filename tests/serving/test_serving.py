"""Compression and the health check, on small Starlette apps (no browser, no Streamlit server)."""
from __future__ import annotations

import random
import socket
import time

import pytest
from sqlalchemy import create_engine
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.testclient import TestClient

from minplan.serving.compression import BROTLI_BEST, BROTLI_QUALITY, Compression, accepted, compress
from minplan.serving.health import health_route

SCRIPT = b"function streamlit() { return 'the same words again and again'; }\n" * 2000
WORDS = b"const let return function streamlit element props state render value key index".split()
VARIED = b" ".join(random.Random(7).choices(WORDS, k=20000))
"""A script that brotli 11 packs smaller than brotli 10 (as it does Streamlit's; SCRIPT is the same at both)."""
served: list[str] = []


async def bundle(_request) -> Response:
    served.append("bundle")
    return Response(SCRIPT, media_type="application/javascript",
                    headers={"cache-control": "public, immutable, max-age=31536000"})


async def varied(_request) -> Response:
    return Response(VARIED, media_type="application/javascript")


async def font(_request) -> Response:
    return Response(bytes(range(256)) * 100, media_type="font/woff2")


async def page(_request) -> Response:
    return PlainTextResponse("Integreringsplanen er din plan. " * 200)


async def echo(socket_) -> None:
    await socket_.accept()
    await socket_.send_text(await socket_.receive_text())
    await socket_.close()


def client() -> TestClient:
    app = Starlette(routes=[Route("/static/js/index.js", bundle), Route("/static/js/varied.js", varied),
                            Route("/app/static/fonts/a.woff2", font),
                            Route("/klasse", page), WebSocketRoute("/_stcore/stream", echo)],
                    middleware=[Middleware(Compression)])
    return TestClient(app)


def test_browser_gets_brotli_when_it_accepts_it_else_gzip():
    assert accepted("gzip, deflate, br, zstd") == "br"
    assert accepted("gzip, deflate") == "gzip"
    assert accepted("br;q=0, gzip") == "gzip"
    assert accepted("identity") is None


def test_streamlit_bundle_is_sent_brotli_compressed_and_compressed_only_once():
    served.clear()
    with client() as http:
        first = http.get("/static/js/index.js", headers={"accept-encoding": "gzip, br"})
        second = http.get("/static/js/index.js", headers={"accept-encoding": "gzip, br"})
    assert first.headers["content-encoding"] == "br"
    assert int(first.headers["content-length"]) < len(SCRIPT) / 10
    assert first.headers["cache-control"] == "public, immutable, max-age=31536000"
    assert "accept-encoding" in first.headers["vary"].lower()
    assert first.content == second.content == SCRIPT  # httpx decodes br
    assert served == ["bundle", "bundle"]


def test_the_first_phone_gets_brotli_10_and_later_ones_brotli_11_made_in_the_background():
    best, quick = (len(compress(VARIED, "br", quality)) for quality in (BROTLI_BEST, BROTLI_QUALITY))
    assert best < quick
    with client() as http:
        answers = [http.get("/static/js/varied.js", headers={"accept-encoding": "br"})]
        deadline = time.monotonic() + 20
        while int(answers[-1].headers["content-length"]) != best and time.monotonic() < deadline:
            time.sleep(0.05)
            answers.append(http.get("/static/js/varied.js", headers={"accept-encoding": "br"}))
    assert int(answers[0].headers["content-length"]) == quick and int(answers[-1].headers["content-length"]) == best
    assert answers[0].content == answers[-1].content == VARIED


def test_bundle_in_gzip_for_a_browser_without_brotli_and_plain_without_either():
    with client() as http:
        zipped = http.get("/static/js/index.js", headers={"accept-encoding": "gzip"})
        plain = http.get("/static/js/index.js", headers={"accept-encoding": "identity"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in plain.headers
    assert plain.content == SCRIPT


def test_pages_are_gzipped_and_fonts_left_alone():
    with client() as http:
        text = http.get("/klasse", headers={"accept-encoding": "gzip, br"})
        woff = http.get("/app/static/fonts/a.woff2", headers={"accept-encoding": "gzip, br"})
    assert text.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in woff.headers


def test_websocket_passes_through_untouched():
    with client() as http, http.websocket_connect("/_stcore/stream") as stream:
        stream.send_text("Hei")
        assert stream.receive_text() == "Hei"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(("database", "status", "answer"), [
    ("sqlite:///{folder}/class.sqlite3", 200, {"status": "ok", "database": "ok"}),
    ("postgresql+psycopg://nobody@127.0.0.1:{closed}/none", 503, {"status": "unavailable", "database": "unreachable"}),
], ids=["database answers", "database down"])
def test_health_says_whether_the_class_database_answers(tmp_path, database, status, answer):
    engine = create_engine(database.format(folder=tmp_path, closed=_closed_port()))
    with TestClient(Starlette(routes=[health_route(lambda: engine)])) as http:
        response = http.get("/healthz")
    assert response.status_code == status
    assert response.json() == answer
