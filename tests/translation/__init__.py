"""Tests of translations: gaps per language and the term base."""
