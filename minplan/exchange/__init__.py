"""Exchange with the tools teachers already use: GIFT (Moodle, itslearning), Kahoot, Quizlet, Anki, and PDF for paper."""
