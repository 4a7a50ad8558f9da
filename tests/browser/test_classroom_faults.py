"""A live class in Chromium when things go wrong: the database goes away and comes back, the teacher's tab reloads.

These tests start an app of their own on a SQLite file in a temporary folder, so they can
take that folder away (as a deleted or unmounted data folder) and bring it back.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import ROOT, _free_port, _wait_healthy, leave
from tests.browser.helpers import PHONE, PROJECTOR, screenshot, wait_for_app

PIN = "246810"
LOST = "Vi har mistet kontakten med klassen"
BACK = 20_000
"""Milliseconds to wait for a page to come back by itself: it retries every 3 s."""


@pytest.fixture(scope="module")
def own_app(tmp_path_factory):
    """The app on a free port with its class database in a folder of its own; yields (url, folder)."""
    folder = tmp_path_factory.mktemp("class-data") / "data"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{folder}/class.sqlite3"}
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
               "--server.address", "127.0.0.1", "--server.headless", "true"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(url, process)
        yield url, folder
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def pages(browser):
    board = browser.new_context(viewport=PROJECTOR, locale="nb-NO")
    phone = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale="nb-NO")
    yield board.new_page(), phone.new_page()
    for context in (board, phone):
        leave(context)


def _start(board: Page, url: str) -> str:
    board.goto(f"{url}/klasse-laerer")
    wait_for_app(board)
    board.get_by_text(re.compile(r"^Eksempel")).click()
    board.get_by_label("Velg en PIN-kode (minst 6 tegn)", exact=True).fill(PIN)
    expect(board.locator(".st-key-class-pin [data-testid='stTextInputRootElement'] button")).to_be_hidden()
    screenshot(board, "class-board-0-start-with-pin", full_page=False)
    board.get_by_role("button", name="Start klassequizen").click()
    wait_for_app(board)
    expect(board.get_by_text("Koden er", exact=True)).to_be_visible()
    return board.locator(".st-key-class-code").inner_text().strip()


def _join(phone: Page, url: str, code: str) -> None:
    phone.goto(f"{url}/klasse?kode={code}")
    wait_for_app(phone)
    phone.get_by_role("button", name="Bli med").tap()
    expect(phone.get_by_text("Læreren starter snart", exact=False)).to_be_visible()


def test_another_teacher_tab_takes_the_board_back_with_the_code_and_pin(own_app, pages):
    url, _ = own_app
    board, phone = pages
    code = _start(board, url)
    _join(phone, url, code)
    other = board.context.browser.new_context(viewport=PROJECTOR, locale="nb-NO")
    try:
        board = other.new_page()
        board.goto(f"{url}/klasse-laerer")
        wait_for_app(board)
        assert not board.get_by_text(PIN).count(), "the PIN is never shown"
        board.get_by_label("Kode", exact=True).fill(code)
        board.get_by_label("PIN-kode", exact=True).fill(PIN)
        board.get_by_role("button", name="Fortsett klassen").click()
        wait_for_app(board)
        expect(board.get_by_text("1 er med")).to_be_visible()
        screenshot(board, "class-board-5-taken-back", full_page=False)
    finally:
        leave(other)


def test_with_the_database_gone_a_reloaded_phone_says_so_and_comes_back_by_itself(own_app, pages):
    url, folder = own_app
    board, phone = pages
    code = _start(board, url)
    _join(phone, url, code)
    away = folder.with_name("data-away")
    folder.rename(away)
    try:
        phone.reload()
        expect(phone.get_by_text(LOST, exact=False)).to_be_visible(timeout=BACK)
        expect(board.get_by_text(LOST, exact=False)).to_be_visible(timeout=BACK)
        screenshot(phone, "class-phone-5-lost-contact")
        screenshot(board, "class-board-6-lost-contact", full_page=False)
    finally:
        away.rename(folder)
    expect(phone.get_by_text("Læreren starter snart", exact=False)).to_be_visible(timeout=BACK)
    expect(board.get_by_text("1 er med")).to_be_visible(timeout=BACK)
    for page in (board, phone):
        assert page.locator("[data-testid='stException']").count() == 0
        expect(page.get_by_text(LOST, exact=False)).to_have_count(0)
