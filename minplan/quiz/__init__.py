"""Quizzes: the question schema, scoring rules, and one attempt at a quiz."""
