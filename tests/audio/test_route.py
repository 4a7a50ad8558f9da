"""/audio/… serves recordings from the content folder, cached for long; nothing else, and nothing outside it."""
from __future__ import annotations

from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from minplan.audio.route import audio_route


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    (tmp_path / "audio" / "nb" / "lessons" / "x").mkdir(parents=True)
    (tmp_path / "audio" / "nb" / "lessons" / "x" / "title.0123456789.m4a").write_bytes(b"m4a bytes")
    (tmp_path / "audio" / "nb" / "notes.txt").write_text("no")
    (tmp_path / "secret.m4a").write_bytes(b"outside")
    return TestClient(Starlette(routes=[audio_route(lambda: tmp_path)]))


def test_a_recording_is_served_as_audio_and_cached(client: TestClient):
    response = client.get("/audio/nb/lessons/x/title.0123456789.m4a")
    assert response.status_code == 200 and response.content == b"m4a bytes"
    assert response.headers["content-type"] == "audio/mp4" and "immutable" in response.headers["cache-control"]
    assert client.get("/audio/nb/lessons/x/title.0123456789.m4a", headers={"range": "bytes=0-2"}).status_code == 206


@pytest.mark.parametrize("path", ["/audio/nb/notes.txt", "/audio/../secret.m4a", "/audio/nb/%2e%2e/%2e%2e/secret.m4a",
                                  "/audio/nb/missing.0123456789.m4a"])
def test_anything_else_is_not_found(client: TestClient, path: str):
    assert client.get(path).status_code == 404
