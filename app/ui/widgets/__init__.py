"""Widgets and small pieces that several pages and dialogs share."""
