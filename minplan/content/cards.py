"""Word cards for practising the glossary: Norwegian on the front, the support language on the back.

The learner says «kan» or «kan ikke ennå» for each card; a known card leaves the pile, an unknown one
goes to the back of it and comes again. Plain data, kept in the session by the page.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Deck:
    """The cards still to practise (term ids, the one on top first), how many are known, and the side shown."""

    pile: tuple[str, ...]
    known: int = 0
    turned: bool = False

    @classmethod
    def of(cls, ids: Sequence[str]) -> "Deck":
        return cls(pile=tuple(dict.fromkeys(ids)))

    @property
    def top(self) -> str | None:
        """The term id on top, or None when every card is known."""
        return self.pile[0] if self.pile else None

    @property
    def total(self) -> int:
        return self.known + len(self.pile)

    def turn(self) -> "Deck":
        """Show the other side of the top card."""
        return replace(self, turned=not self.turned)

    def answer(self, knows: bool) -> "Deck":
        """«Kan»: the card leaves the pile. «Kan ikke ennå»: it goes to the back and comes again."""
        if not self.pile:
            return self
        top, rest = self.pile[0], self.pile[1:]
        if knows:
            return Deck(pile=rest, known=self.known + 1)
        return Deck(pile=(*rest, top), known=self.known)
