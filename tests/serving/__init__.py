"""Tests of serving: compression, health, fonts and the nginx site."""
