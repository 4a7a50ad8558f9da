"""Shared test helpers: the repository root, a scratch content tree, and an AppTest runner."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

ROOT = Path(__file__).resolve().parent.parent


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
