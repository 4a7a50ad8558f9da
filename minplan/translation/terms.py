"""One word for one legal thing: a text that names a legal glossary term uses that term's rendering in every
language, as often as the Norwegian names it, and never a rival the glossary lists under `avoid`.

The glossary is the term base. In Norwegian a term is found as a whole word, ignoring case, so a compound is its
own term: "klagerett" does not count as "klage", and "integreringsplanen" counts as "integreringsplan" only because
the glossary lists it under `forms`. In a translation the rendering is found as a part of the text, ignoring case
and zero-width joiners, so a listed stem (uk "скарг") accepts every ending and Arabic or Tigrinya prefixes need no
listing of their own.

Counting, not presence: a translation that says the right word once and a rival the second time passed a
presence check. Each occurrence in the Norwegian needs one in the translation (a translation may say it more
often: a compound such as "klagerett" holds the rendering of "klage" in most languages).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from minplan.content.loader import Catalogue, content_root
from minplan.content.models import Term
from minplan.content.placeholders import PLACEHOLDER
from minplan.content.problems import Problem
from minplan.content.text import BASE_LANGUAGE
from minplan.translation.gaps import content_documents, texts_in

_INVISIBLE = dict.fromkeys([*map(ord, "\u200c\u200d\u00ad\u0640\u0670"), *range(0x064B, 0x0653)])
"""Zero-width (non-)joiners, soft hyphens, Arabic tatweel and the optional Arabic vowel marks (إعفاءً is إعفاء):
spelling choices that do not change the word."""


@dataclass(frozen=True)
class Miss:
    """A text whose Norwegian says `found` (a form of `term`) `wanted` times while its `language` version uses the
    rendering `used` times, or (when `rival` is set) uses a rendering the glossary says to avoid."""

    term: Term
    found: str
    language: str
    wanted: int = 1
    used: int = 0
    rival: str | None = None

    def message(self) -> str:
        word = self.term.word[self.language]
        if self.rival:
            return (f'the Norwegian says "{self.found}" (glossary: {self.term.id}), and the {self.language} text uses '
                    f'"{self.rival}", a rival the glossary says to avoid; use "{word}"')
        forms = self.term.forms.get(self.language, [])
        also = f" (or one of its forms: {', '.join(forms)})" if forms else ""
        times = f"{self.wanted} times" if self.wanted > 1 else "once"
        return (f'the Norwegian says "{self.found}" {times} (glossary: {self.term.id}), so the {self.language} text '
                f'must use "{word}"{also} {times}; it does {self.used} time(s)')


def renderings(term: Term, language: str) -> list[str]:
    """The words a `language` text may use for `term`: its glossary word first, then the accepted forms."""
    word = term.word.get(language)
    return ([word] if word else []) + term.forms.get(language, [])


def missing_renderings(text: dict[str, str], terms: Iterable[Term]) -> list[Miss]:
    """For one text (language -> string): each term its Norwegian names more often than a present translation
    renders it, and each rival (`avoid`) a translation uses where the Norwegian names the term.

    Another term the Norwegian also names, whose words hold this term's words, is masked first: "langsiktige
    mål" is not also a "mål", and where the Norwegian says fri and permisjon, ti "ሓጺር ፍቓድ" (fri) is not also a
    "ፍቓድ" (permisjon). Where the Norwegian does not name the other term, its words are a rival to list under
    `avoid` (permisjon avoids ti "ሓጺር ፍቓድ")."""
    folded_norwegian = _fold(PLACEHOLDER.sub("", text[BASE_LANGUAGE]))  # {statsforvalter} is no word
    present = [term for term in terms if _norwegian_pattern(term).search(folded_norwegian)]
    misses = []
    for term in present:
        others = [other for other in present if other.id != term.id]
        norwegian = _mask(folded_norwegian, _longer(term, others, BASE_LANGUAGE))
        found = _norwegian_pattern(term).findall(norwegian)
        if not found:
            continue
        as_written = _norwegian_pattern(term).search(text[BASE_LANGUAGE])
        found[0] = as_written.group(0) if as_written else found[0]
        named = [other for other in others if _norwegian_pattern(other).search(norwegian)]
        for language, translated in text.items():
            if language == BASE_LANGUAGE:
                continue
            folded = _fold(translated)
            misses += [Miss(term, found[0], language, rival=rival) for rival in term.avoid.get(language, [])
                       if _fold_word(rival) in _mask(folded, _holding(_fold_word(rival), named, language))]
            accepted = renderings(term, language)
            used = _count(accepted, _mask(folded, _longer(term, named, language)))
            if accepted and used < len(found):
                misses.append(Miss(term, found[0], language, len(found), used))
    return misses


def _longer(term: Term, others: list[Term], language: str) -> list[str]:
    """Other terms' renderings in `language` that contain one of `term`'s and are longer (folded)."""
    mine = [_fold_word(word) for word in renderings(term, language)]
    if language == BASE_LANGUAGE:
        mine = [_fold_word(word) for word in (term.word[BASE_LANGUAGE], *term.forms.get(BASE_LANGUAGE, []))]
    theirs = {_fold_word(word) for other in others for word in (other.word.get(language), *other.forms.get(language, [])) if word}
    return sorted((word for word in theirs if any(own in word and own != word for own in mine)), key=len, reverse=True)


def _holding(rival: str, named: list[Term], language: str) -> list[str]:
    """The renderings of terms the Norwegian also names that hold `rival`: uk "відпустка" is a rival for fri
    but the word for ferie, so where the Norwegian says both, the ferie word is not the rival."""
    return sorted({_fold_word(word) for other in named for word in renderings(other, language) if rival in _fold_word(word)},
                  key=len, reverse=True)


def _mask(folded: str, words: list[str]) -> str:
    """`folded` with each of `words` (longest first) replaced by a mark no rendering contains."""
    for word in words:
        folded = folded.replace(word, "\u2063")
    return folded


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
    return _whole_words(tuple(sorted({term.word[BASE_LANGUAGE], *term.forms.get(BASE_LANGUAGE, [])}, key=len, reverse=True)))


@cache
def _whole_words(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)


def _count(accepted: list[str], folded: str) -> int:
    """How often any accepted rendering occurs in `folded`, longest first and without overlaps (so a word and
    its listed stem are one occurrence, not two)."""
    words = tuple(sorted({_fold_word(word) for word in accepted}, key=len, reverse=True))
    return len(_any_of(words).findall(folded))


@cache
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, words)))


@cache
def _fold_word(word: str) -> str:
    return _fold(word)


def _fold(text: str) -> str:
    """The text as the check compares it: NFC, invisible marks dropped, a hyphen read as a space (so hadaf-hoosaad
    is hadaf hoosaad), ignoring case."""
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE).replace("-", " ").casefold()
