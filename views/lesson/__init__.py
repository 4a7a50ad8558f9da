"""A lesson page, its blocks, and its projector form with keyboard control."""
