"""Tests of the goal exercise: jobs, branches, the sketch and its page."""
