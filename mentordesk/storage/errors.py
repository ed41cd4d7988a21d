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


class DamagedDatabaseError(NotADatabaseError):
    """A MentorDesk database (or what is left of one) that SQLite finds damaged or truncated."""


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


class WriteFailed(StorageError, ValueError):
    """A change could not be written; nothing of it was kept. A ValueError too, so every form that
    shows a refused value shows this in the same place, and keeps what was typed."""

    def __init__(self, cause: str, detail: str) -> None:
        super().__init__(f"Not saved: {cause}. What you typed is kept here.")
        self.cause = cause
        self.detail = detail

    def retrying(self) -> str:
        """The message where the editor tries again by itself (the dialogs leave that to the user)."""
        return f"{self} Saving is tried again every few seconds."


_CAUSES = (
    ("locked", "the database is busy in another window or program"),
    ("busy", "the database is busy in another window or program"),
    ("full", "the disk is full"),
    ("readonly", "the database file or its folder is read-only"),
    ("read-only", "the database file or its folder is read-only"),
    ("disk i/o", "the disk reported an error (I/O error)"),
    ("unable to open", "the database file cannot be opened (was it moved or deleted?)"),
    ("malformed", "the database file is damaged"),
)


def write_failure(detail: str) -> WriteFailed:
    """The failure SQLite reported (`detail`), in words that name its cause."""
    lowered = detail.lower().replace(" ", "")
    for key, cause in _CAUSES:
        if key.replace(" ", "") in lowered:
            return WriteFailed(cause, detail)
    return WriteFailed(f"the database refused the change ({detail})", detail)
