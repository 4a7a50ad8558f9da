"""Tests of the live class: codes, store, limits, outages and its pages."""
