"""Glossary word cards (minplan/content/cards.py): known cards leave, unknown ones come again."""
from __future__ import annotations

from minplan.content.cards import Deck


def test_a_known_card_leaves_and_an_unknown_one_comes_again_at_the_back():
    deck = Deck.of(["klage", "vedtak", "plan"])
    assert deck.top == "klage" and deck.total == 3 and not deck.turned
    deck = deck.turn()
    assert deck.turned
    deck = deck.answer(knows=False)
    assert deck.pile == ("vedtak", "plan", "klage") and not deck.turned
    deck = deck.answer(knows=True).answer(knows=True)
    assert deck.top == "klage" and deck.known == 2 and deck.total == 3
    deck = deck.answer(knows=True)
    assert deck.top is None and deck.known == 3
    assert deck.answer(knows=False) == deck


def test_a_word_is_only_once_in_the_pile():
    assert Deck.of(["a", "b", "a"]).pile == ("a", "b")
