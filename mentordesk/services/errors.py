"""Failures the services report, in a module light enough for the window to import before its first
paint (the services themselves load the database layer)."""

from __future__ import annotations


class NotFoundError(LookupError):
    """A record asked for by id is missing or deleted."""
