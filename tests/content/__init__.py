"""Tests of the ground floor: reading, validating and loading content, sources, readability, text direction."""
