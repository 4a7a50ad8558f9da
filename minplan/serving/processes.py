"""Start and stop the app's own processes on loopback: for the local cluster, the benchmarks and their tests.

deploy/run_local.py and the benches both import this, so neither depends on the other.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The repository, where app.py lives."""


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


def stop(process: subprocess.Popen, seconds: float = 20) -> None:
    """Stop a server started here, politely first (a whole cluster needs longer to stop than one process)."""
    process.terminate()
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
