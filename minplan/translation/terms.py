"""One word for one legal thing: a text that names a legal glossary term uses that term's rendering in every language.

The glossary is the term base. In Norwegian a term is found as a whole word, ignoring case, so a compound is its
own term: "klagerett" does not count as "klage", and "integreringsplanen" counts as "integreringsplan" only because
the glossary lists it under `forms`. In a translation the rendering is found as a part of the text, ignoring case
and zero-width joiners, so a listed stem (uk "скарг") accepts every ending and Arabic or Tigrinya prefixes need no
listing of their own.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from minplan.content.loader import Catalogue, content_root
from minplan.content.models import Term
from minplan.content.placeholders import PLACEHOLDER
from minplan.content.problems import Problem
from minplan.content.text import BASE_LANGUAGE
from minplan.translation.gaps import content_documents, texts_in

_INVISIBLE = dict.fromkeys(map(ord, "\u200c\u200d\u00ad\u0640"))
"""Zero-width (non-)joiners, soft hyphens and Arabic tatweel: spelling choices that do not change the word."""


@dataclass(frozen=True)
class Miss:
    """A text whose Norwegian says `found` (a form of `term`) while its `language` version lacks the rendering."""

    term: Term
    found: str
    language: str

    def message(self) -> str:
        forms = self.term.forms.get(self.language, [])
        also = f" (or one of its forms: {', '.join(forms)})" if forms else ""
        return (f'the Norwegian says "{self.found}" (glossary: {self.term.id}), so the {self.language} text must use '
                f'"{self.term.word[self.language]}"{also}')


def renderings(term: Term, language: str) -> list[str]:
    """The words a `language` text may use for `term`: its glossary word first, then the accepted forms."""
    word = term.word.get(language)
    return ([word] if word else []) + term.forms.get(language, [])


def missing_renderings(text: dict[str, str], terms: Iterable[Term]) -> list[Miss]:
    """For one text (language -> string): each term its Norwegian names that a present translation does not use."""
    misses = []
    for term in terms:
        found = _norwegian_pattern(term).search(PLACEHOLDER.sub("", text[BASE_LANGUAGE]))  # {statsforvalter} is no word
        if found is None:
            continue
        for language, translated in text.items():
            accepted = renderings(term, language)
            if language != BASE_LANGUAGE and accepted and not any(_fold(word) in _fold(translated) for word in accepted):
                misses.append(Miss(term, found.group(0), language))
    return misses


def term_problems(catalogue: Catalogue, root: Path | None = None) -> list[Problem]:
    """Every text below `root` that uses another word than the glossary's for a legal term, as FILE:LINE problems."""
    root = root or content_root()
    legal = [term for term in catalogue.load(root).glossary.values() if term.legal]
    problems = []
    for name, doc in content_documents(catalogue, root):
        for path, text in texts_in(doc.data):
            for miss in missing_renderings(text, legal):
                where = path + (miss.language,)
                problems.append(Problem(name, doc.line_of(where), ".".join(map(str, where)), miss.message()))
    return sorted(problems)


def _norwegian_pattern(term: Term) -> re.Pattern:
    words = sorted({term.word[BASE_LANGUAGE], *term.forms.get(BASE_LANGUAGE, [])}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE).casefold()
