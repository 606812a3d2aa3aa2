"""Tests of the central office server (app.server)."""
