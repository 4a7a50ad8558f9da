"""Tests of quizzes: schema, scoring, attempts and the quiz pages."""
