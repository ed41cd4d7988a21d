"""Failures of the storage layer, each with a message a user can act on."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base of every storage failure; str(error) is one line fit to show the user."""


class UnreadableDatabaseError(StorageError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Cannot open {path}: {reason}")
        self.path = path


class NotADatabaseError(StorageError):
    def __init__(self, path: Path, reason: str = "it is not a MentorDesk database") -> None:
        super().__init__(f"Cannot open {path}: {reason}")
        self.path = path


class NewerSchemaError(StorageError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"Cannot open {path}: it was written by a newer version of MentorDesk (schema {revision}). "
            "Update MentorDesk to open it; the file was left untouched."
        )
        self.path = path
        self.revision = revision


class MigrationError(StorageError):
    def __init__(self, path: Path, backup: Path | None, reason: str) -> None:
        where = f" A copy from before the upgrade is at {backup}." if backup else ""
        super().__init__(f"Could not upgrade {path}: {reason}.{where}")
        self.path = path
        self.backup = backup
