"""The goal exercise page and its sub-goal editor."""
