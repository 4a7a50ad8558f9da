"""Which address gets which first lines (minplan/first_view.py), and how the middleware puts them in the page."""
from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route
from starlette.testclient import TestClient

from deploy.subset_fonts import TEXT_RANGES
from minplan.first_view import MAX_QUERY, first_view
import minplan.first_view as first_view_module
import minplan.served as served_module
from minplan.served import forget
from minplan.serving.stylesheet import Stylesheet
from tests.conftest import ROOT, run_app
from tests.serving.test_fonts_subset import _index

FIRST = "hva-er-en-integreringsplan"


def test_a_lesson_address_gets_its_lines_in_the_asked_language_and_other_pages_nothing():
    assert 'id="mp-preview"' in first_view(f"/{FIRST}", "")
    assert 'lang="ar" dir="rtl"' in first_view(f"/{FIRST}", "lang=ar&done=x")
    assert 'lang="' not in first_view(f"/{FIRST}", "lang=xx").replace('lang="nb"', "")  # unknown: Norwegian only
    for path, query in (("/", ""), ("/klasse", ""), ("/no-such-page", "lang=ar"), (f"/{FIRST}", "mode=projector"),
                        (f"/{FIRST}", "lang=ar&" + "x" * MAX_QUERY)):
        assert first_view(path, query) == "", (path, query)


def test_municipality_details_are_filled_in_never_left_as_placeholders():
    html = first_view("/du-har-klagerett", "lang=ar")
    assert "{klage.mottaker}" not in html and "{statsforvalter}" not in html


def client() -> TestClient:
    middleware = [Middleware(Stylesheet, first_view=first_view)]
    return TestClient(Starlette(routes=[Route("/{page:path}", _index)], middleware=middleware))


def test_the_lines_follow_streamlits_root_element_and_each_page_has_its_own_etag():
    with client() as http:
        lesson = http.get(f"/{FIRST}?lang=ar")
        other = http.get("/du-har-klagerett?lang=ar")
        again = http.get(f"/{FIRST}?lang=ar", headers={"if-none-match": lesson.headers["etag"]})
        start = http.get("/")
    assert lesson.text.index('<div id="root"></div>') < lesson.text.index('id="mp-preview"')
    assert lesson.headers["etag"] != other.headers["etag"] != start.headers["etag"]
    assert again.status_code == 304
    assert "mp-preview" not in start.text.replace("mp-preview{", "")


def test_the_preview_asks_for_the_text_font_with_the_ranges_it_was_cut_to():
    css = (ROOT / "assets" / "css" / "05-preview.css").read_text(encoding="utf-8")
    ranges = re.findall(r'MinplanSans-(\w+)\.woff2"\) format\("woff2"\);[^;]*;\s*unicode-range: ([^;]+);', css)
    assert {script: found.replace(" ", "") for script, found in ranges} == TEXT_RANGES


def counted(monkeypatch, delay: float = 0.0) -> dict[str, int]:
    """How often the content is read and localized from now on (each read slowed by `delay` seconds)."""
    calls = {"read": 0, "localize": 0}
    read, localize = served_module.load_content, served_module.localize

    def counting_read():
        calls["read"] += 1
        time.sleep(delay)
        return read()

    def counting_localize(*args):
        calls["localize"] += 1
        return localize(*args)

    monkeypatch.setattr(served_module, "load_content", counting_read)
    monkeypatch.setattr(served_module, "localize", counting_localize)
    forget()
    first_view_module._preview.cache_clear()
    return calls


def test_the_pages_and_the_first_view_read_the_content_once_between_them(monkeypatch):
    calls = counted(monkeypatch)
    run_app({"lang": "ar"})
    first_view(f"/{FIRST}", "lang=ar")
    assert calls == {"read": 1, "localize": 1}, "the page and the first view share the content and its localized copy"


def test_a_crowd_of_first_requests_waits_for_one_read_of_the_content(monkeypatch):
    """A fresh process behind nginx gets many phones at once: one reads the files, the others wait for it."""
    calls = counted(monkeypatch, delay=0.2)
    with ThreadPoolExecutor(max_workers=20) as pool:
        pages = list(pool.map(lambda _: first_view(f"/{FIRST}", "lang=ar"), range(20)))
    assert calls == {"read": 1, "localize": 1}
    assert pages[0] and len(set(pages)) == 1
