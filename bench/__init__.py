"""Benchmarks of Min plan: page weight, server time per run, the live class under load."""
