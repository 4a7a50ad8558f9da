"""The glossary's count line in AppTest: in Norwegian with the support language beneath, where the live
search finds it, and the search script carries the same words, so the count it writes while the learner types reads as the server's
(the typing itself: tests/browser/test_glossary_count_phone.py)."""
from __future__ import annotations

import json
import re

from minplan.catalogue import load_content
from minplan.content.bidi import in_direction
from minplan.content.text import pick
from tests.conftest import open_page, run_app

CONTENT = load_content()


def test_the_count_line_and_the_live_search_say_the_same_words():
    app = open_page(run_app({"lang": "ar"}), "ordliste")
    assert not app.exception
    templates = [CONTENT.ui["glossary.count"]["nb"], in_direction(pick(CONTENT.ui["glossary.count"], "ar"), "rtl")]
    assert app.caption[0].value == "  \n".join(template.format(count=len(CONTENT.glossary)) for template in templates)
    script = next(element.proto.body for element in app.get("html") if "glossaryWords" in element.proto.body)
    words = json.loads(re.search(r"window\.glossaryWords = (\{.*?\});", script).group(1))
    assert words["count"] == templates
    assert ".st-key-glossary-count p" in script


def test_after_enter_the_count_is_the_number_of_words_listed():
    app = open_page(run_app(), "ordliste")
    app.text_input(key="glossary-query").input("klage").run()
    words = {f"**{term.word['nb']}**" for term in CONTENT.glossary.values()}
    listed = [markdown for markdown in app.markdown if markdown.value in words]
    assert 0 < len(listed) < len(CONTENT.glossary)
    assert app.caption[0].value == f"{len(listed)} ord"
