"""Lessons as a participant meets them: progress in the URL, the check question, projector slides."""
