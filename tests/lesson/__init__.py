"""Tests of lessons: progress, the check question, projector slides."""
