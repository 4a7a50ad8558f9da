"""Start the app (or any Streamlit script) on a free loopback port for a benchmark, and stop it again."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen | None = None, seconds: float = 90) -> None:
    """Wait until `url` answers 200 (or fail, naming the address)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise SystemExit(f"the server for {url} stopped while starting (exit {process.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {seconds:g} s")


def start_streamlit(script: str = "app.py", folder: Path = ROOT, env: dict[str, str] | None = None,
                    port: int | None = None, log: Path | None = None) -> tuple[subprocess.Popen, str]:
    """`streamlit run script` in `folder` on a loopback port; returns the process and its base URL once healthy."""
    port = port or free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port), "--server.address",
               "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    output = open(log, "ab") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, cwd=folder, env={**os.environ, **(env or {})}, stdout=output,
                               stderr=subprocess.STDOUT)
    try:
        wait_until_up(f"{base}/_stcore/health", process)
    except SystemExit:
        stop(process)
        raise
    return process, base


def stop(process: subprocess.Popen) -> None:
    """Stop a server started here, politely first."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def board_code(texts: list[str], label: str = "Koden er") -> str | None:
    """The join code on the teacher's board: the first code-shaped text that follows `label`
    (the board shows the label and the big code as two blocks)."""
    for before, text in zip(texts, texts[1:]):
        if before == label and re.fullmatch(r"[A-Z0-9]{6}", text):
            return text
    return None
