"""Quiz pages: the runner, one question, the result, a teacher's upload."""
