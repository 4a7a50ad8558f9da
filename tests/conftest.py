"""Shared test helpers: the repository root, a scratch content tree, and an AppTest runner."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

ROOT = Path(__file__).resolve().parent.parent
BROWSER_TESTS = "tests/browser/"


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config, log):
    """Two pytest-xdist workers (pyproject.toml): every browser test in one of them, with one app server and one
    Chromium for the session, and the other tests file by file in whichever worker is free.

    Together the two halves take about as long as the browser tests alone (CI has 40 minutes on 2 cores).
    A scheduler of our own, since pytest 9 no longer lets pytest-xdist mark groups in node ids (`--dist loadgroup`).
    """
    from xdist.scheduler import LoadScopeScheduling

    class BrowserTestsTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return BROWSER_TESTS if nodeid.startswith(BROWSER_TESTS) else nodeid.split("::")[0]

    return BrowserTestsTogether(config, log)


@pytest.fixture
def content_tree(tmp_path: Path) -> Path:
    """A copy of the real content (lessons/, ui/ and any other content folders) to break on purpose."""
    for folder in ("lessons", "ui", "quizzes", "exercises", "local", "translations"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def open_page(app: AppTest, url_path: str) -> AppTest:
    """Switch an AppTest to the page at `url_path` and run it.

    AppTest.switch_page only finds file-based pages; ours are built from content as
    callables, and Streamlit identifies those by the hash of their url_path.
    """
    app._page_hash = calc_hash(url_path)
    return app.run()


def run_app(query: dict[str, str] | None = None) -> AppTest:
    """Run the real app once, as a fresh browser tab would, with optional URL parameters."""
    app = AppTest.from_file(str(ROOT / "minplan_app.py"), default_timeout=60)
    for key, value in (query or {}).items():
        app.query_params[key] = value
    return app.run()


def page_paths() -> list[str]:
    """The url path of every page the app builds from its content, discovered by running it once."""
    app = run_app()
    return [page.url_path for page in app.session_state["pages"].values()]
