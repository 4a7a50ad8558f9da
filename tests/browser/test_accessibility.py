"""WCAG 2.1 A and AA rules, checked by axe-core in Chromium on every page, in Norwegian and in Arabic."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.helpers import wait_for_app
from tests.conftest import page_paths

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PAGES = page_paths()


@pytest.mark.parametrize("query", ["", "?lang=ar", "?mode=projector"], ids=["nb", "ar", "projector"])
@pytest.mark.parametrize("path", PAGES)
def test_page_meets_wcag_21_aa(phone_page, app_url, path, query):
    phone_page.goto(f"{app_url}/{path}{query}")
    wait_for_app(phone_page)
    violations = Axe().run(phone_page, options=WCAG_21_AA).response["violations"]
    found = [f"{violation['id']} ({violation['impact']}): {[node['target'] for node in violation['nodes'][:3]]}" for violation in violations]
    assert found == []
