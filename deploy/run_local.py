"""Min plan as a municipality would run it for many classes, on this machine's loopback, for tests.

    python deploy/run_local.py                 # 3 replicas + nginx + a throwaway PostgreSQL; Ctrl-C stops all
    python deploy/run_local.py --replicas 2 --port 8080
    python deploy/run_local.py --print-site --ports 8501 8502 8503 --listen 80   # the nginx site for a server

Everything lives in one temporary folder (PostgreSQL's data, nginx's config, pid, logs and temp
files, each replica's log) and is removed at the end. nginx runs in the foreground with its own
paths on an unprivileged port; PostgreSQL listens on 127.0.0.1 only (as the user `postgres`
when started by root, since PostgreSQL refuses to run as root). The replicas share nothing but
the database: that is what the live class relies on. bench/class_load.py starts this script as a
process with --ready-file and reads where the cluster listens from that file.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minplan.serving.processes import free_port, start_streamlit, stop, wait_until_up  # noqa: E402

SITE = Path(__file__).resolve().parent / "nginx-site.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
MAIN = """# Written by deploy/run_local.py: nginx in the foreground, every path inside {folder}.
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {folder}/nginx-temp/body;
    proxy_temp_path {folder}/nginx-temp/proxy;
    fastcgi_temp_path {folder}/nginx-temp/fastcgi;
    uwsgi_temp_path {folder}/nginx-temp/uwsgi;
    scgi_temp_path {folder}/nginx-temp/scgi;
    include {folder}/minplan-site.conf;
}}
"""


def site(ports: list[int], listen: str) -> str:
    """The nginx site (deploy/nginx-site.conf) for replicas on `ports`, listening on `listen`."""
    lines = SITE.read_text(encoding="utf-8").splitlines()
    out, skip = [], False
    for line in lines:
        if skip and line.strip().startswith(("server 127.0.0.1:", "listen ")):
            continue
        skip = False
        if "#@SERVERS@" in line:
            indent = line[: len(line) - len(line.lstrip())]
            out += [f"{indent}server 127.0.0.1:{port} max_fails=2 fail_timeout=10s;" for port in ports]
            skip = True
        elif "#@LISTEN@" in line:
            out.append(f"{line[: len(line) - len(line.lstrip())]}listen {listen};")
            skip = True
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def postgres_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        raise SystemExit("PostgreSQL is missing: apt-get install postgresql")
    return found[-1].parent


def as_postgres(command: list[str]) -> list[str]:
    """Run as the user postgres when we are root (PostgreSQL will not run as root)."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextlib.contextmanager
def postgres(folder: Path) -> Iterator[str]:
    """A throwaway PostgreSQL in `folder` on a free loopback port; yields its URL."""
    binary, data, port = postgres_bin(), folder / "pg", free_port()
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(data, "postgres")
    subprocess.run(as_postgres([str(binary / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]),
                   check=True, stdout=subprocess.DEVNULL)
    options = f"-h 127.0.0.1 -p {port} -k {data} -c max_connections=300 -c fsync=off"
    subprocess.run(as_postgres([str(binary / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "pg.log"),
                                "-w", "start"]), check=True, stdout=subprocess.DEVNULL)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(as_postgres([str(binary / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
                       stdout=subprocess.DEVNULL, check=False)


@contextlib.contextmanager
def nginx(folder: Path, ports: list[int], listen_port: int) -> Iterator[subprocess.Popen]:
    """nginx in the foreground in front of `ports`, with its own config, pid, logs and temp files."""
    for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / "nginx-temp" / name).mkdir(parents=True, exist_ok=True)
        (folder / "nginx-temp" / name).chmod(0o777)
    (folder / "minplan-site.conf").write_text(site(ports, f"127.0.0.1:{listen_port}"), encoding="utf-8")
    config = folder / "nginx.conf"
    config.write_text(MAIN.format(folder=folder), encoding="utf-8")
    command = [NGINX, "-p", str(folder), "-c", str(config), "-e", str(folder / "nginx-error.log"), "-g", "daemon off;"]
    subprocess.run([*command[:-2], "-t", "-q"], check=True)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=open(folder / "nginx-out.log", "ab"))
    try:
        wait_until_up(f"http://127.0.0.1:{listen_port}/healthz", process)
        yield process
    finally:
        stop(process)


@dataclass
class Cluster:
    url: str
    replicas: list[subprocess.Popen]
    database: str
    folder: Path


@contextlib.contextmanager
def cluster(replicas: int = 3, port: int | None = None, database: str | None = None) -> Iterator[Cluster]:
    """N replicas of the app on one PostgreSQL, behind nginx; yields where to reach them."""
    folder = Path(tempfile.mkdtemp(prefix="minplan-cluster-"))
    folder.chmod(0o755)
    started: list[subprocess.Popen] = []
    try:
        with contextlib.ExitStack() as stack:
            url = database or stack.enter_context(postgres(folder))
            ports = [free_port() for _ in range(replicas)]
            for number, replica_port in enumerate(ports):
                process, _ = start_streamlit("app.py", ROOT, {"DATABASE_URL": url}, replica_port,
                                             log=folder / f"replica-{number}.log")
                started.append(process)
            for replica_port in ports:
                wait_until_up(f"http://127.0.0.1:{replica_port}/healthz")
            listen = port or free_port()
            stack.enter_context(nginx(folder, ports, listen))
            try:
                yield Cluster(f"http://127.0.0.1:{listen}", started, url, folder)
            finally:
                for process in started:
                    stop(process)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def stop_on_signal(_number, _frame) -> None:
    """A SIGTERM (timeout, systemd, CI) stops everything as Ctrl-C does, leaving nothing running."""
    raise KeyboardInterrupt


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--port", type=int, help="nginx's port (default: a free one)")
    parser.add_argument("--database", help="an existing PostgreSQL URL (default: a throwaway one)")
    parser.add_argument("--print-site", action="store_true", help="print the nginx site for --ports and --listen")
    parser.add_argument("--ports", type=int, nargs="*", default=[8501, 8502, 8503])
    parser.add_argument("--listen", default="80")
    parser.add_argument("--ready-file", type=Path, help="write the address, replica pids and database here as JSON once up")
    args = parser.parse_args()
    if args.print_site:
        print(site(args.ports, args.listen), end="")
        return 0
    signal.signal(signal.SIGTERM, stop_on_signal)
    with cluster(args.replicas, args.port, args.database) as running:
        print(f"Min plan on {running.url} ({args.replicas} replicas, database {running.database}); Ctrl-C stops",
              flush=True)
        if args.ready_file:
            ready = {"url": running.url, "pids": [process.pid for process in running.replicas], "database": running.database}
            args.ready_file.write_text(json.dumps(ready), encoding="utf-8")
        try:
            while all(process.poll() is None for process in running.replicas):
                time.sleep(1)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
