"""WCAG 2.1 A and AA rules, checked by axe-core in Chromium on every page, in Norwegian and in Arabic."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from minplan.catalogue import load_content
from tests.browser.helpers import wait_for_app
from tests.conftest import page_paths

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PAGES = page_paths()
LESSONS = {lesson.id for lesson in load_content().lessons}
"""Projector mode turns a lesson into slides; on the other pages only the sidebar's switch differs."""


@pytest.mark.parametrize("path, query", [(path, query) for path in PAGES for query in ("", "?lang=ar")]
                         + [(path, "?mode=projector") for path in PAGES if path in LESSONS],
                         ids=lambda value: {"": "nb", "?lang=ar": "ar", "?mode=projector": "projector"}.get(value, value))
def test_page_meets_wcag_21_aa(phone_page, app_url, path, query):
    phone_page.goto(f"{app_url}/{path}{query}")
    wait_for_app(phone_page)
    found = _violations(phone_page)
    if found:  # a widget still settling (an uploader, a fold opening) on a busy machine: what stays is what counts
        phone_page.wait_for_timeout(1500)
        wait_for_app(phone_page)
        found = _violations(phone_page)
    assert found == []


def _violations(page) -> list[str]:
    violations = Axe().run(page, options=WCAG_21_AA).response["violations"]
    return [f"{violation['id']} ({violation['impact']}): {[node['target'] for node in violation['nodes'][:3]]}" for violation in violations]
