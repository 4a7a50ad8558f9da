"""The health check of a freshly started app (issue 24): right from the first answer, on the real server.

A new server used to answer /healthz with 503 until someone opened a class page, because the
SQLite file's folder did not exist yet. Now the store is prepared as the app starts.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_app(database_url: str) -> Iterator[str]:
    """`streamlit run app.py` on a free loopback port with the given DATABASE_URL; yields its base URL."""
    port = _free_port()
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    env = {**os.environ, "DATABASE_URL": database_url}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)


def first_health_answer(base: str, seconds: float = 60) -> tuple[int, dict]:
    """The first answer /healthz gives at all: asked again and again from the moment the app is started."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"{base} never answered /healthz within {seconds} s")


def test_a_fresh_server_is_healthy_from_its_first_answer(tmp_path):
    database = tmp_path / "not-made-yet" / "class.sqlite3"
    with running_app(f"sqlite:///{database}") as base:
        status, body = first_health_answer(base)
        assert (status, body) == (200, {"status": "ok", "database": "ok"})
        assert database.is_file()


def test_the_store_is_prepared_when_the_app_starts_before_any_request(tmp_path):
    database = tmp_path / "not-made-yet" / "class.sqlite3"
    with running_app(f"sqlite:///{database}") as base:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{base}/_stcore/health", timeout=5).close()
                break
            except OSError:
                time.sleep(0.1)
        deadline = time.monotonic() + 10
        while not database.is_file() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert database.is_file(), "the class store was not prepared at start"


def test_a_fresh_server_whose_database_is_down_answers_503():
    closed = _free_port()
    with running_app(f"postgresql://nobody@127.0.0.1:{closed}/none") as base:
        status, body = first_health_answer(base)
        assert status == 503
        assert body == {"status": "unavailable", "database": "unreachable"}
