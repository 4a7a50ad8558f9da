"""Tests of exchange: GIFT, Kahoot, Quizlet, Anki and printing."""
