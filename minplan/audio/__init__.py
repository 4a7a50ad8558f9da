"""Recorded voices as content: one recording per text and language, kept beside the YAML, stale when the text changes."""
