"""The nginx site for replicas: one server line per process, websocket upgrade, sticky route, and nginx accepts it."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from deploy.run_local import MAIN, site


def test_site_lists_every_replica_and_listens_where_asked():
    config = site([9101, 9102, 9103], "127.0.0.1:8088")
    servers = [line.strip() for line in config.splitlines() if line.strip().startswith("server 127.0.0.1:")]
    assert servers == [f"server 127.0.0.1:{port} max_fails=2 fail_timeout=10s;" for port in (9101, 9102, 9103)]
    assert "listen 127.0.0.1:8088;" in config and "listen 80;" not in config


def test_site_keeps_a_session_on_one_process_and_upgrades_the_websocket():
    config = site([9101, 9102], "8088")
    assert "hash $minplan_route consistent;" in config
    assert "Set-Cookie \"minplan_route=$minplan_route" in config
    assert "proxy_set_header Upgrade $http_upgrade;" in config
    assert "location = /healthz" in config
    assert "gzip on;" in config


def test_nginx_accepts_the_configuration(tmp_path):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not shutil.which(nginx):
        pytest.skip("nginx is not installed (apt-get install nginx)")
    for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp_path / "nginx-temp" / name).mkdir(parents=True)
    (tmp_path / "minplan-site.conf").write_text(site([9101, 9102], "127.0.0.1:8088"))
    (tmp_path / "nginx.conf").write_text(MAIN.format(folder=tmp_path))
    checked = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"),
                              "-e", str(tmp_path / "error.log")], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
