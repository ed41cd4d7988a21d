"""Backups and the damage check, for the window: what the storage layer does with copies of the database
(storage/backups.py) and its integrity check, offered to the UI without it reaching into storage."""

from __future__ import annotations

from pathlib import Path

from mentordesk.storage.backups import (
    Backup,
    Retention,
    backup_folder,
    backups_of,
    make_backup,
    move_aside,
    newest_good,
    restore,
)
from mentordesk.storage.errors import DamagedDatabaseError
from mentordesk.storage.sqlite_file import check_integrity


def damage(database: Path) -> str | None:
    """What SQLite finds damaged in the whole file, in words; None when it checks out."""
    try:
        check_integrity(database)
    except DamagedDatabaseError as error:
        return str(error)
    return None


__all__ = [
    "Backup",
    "Retention",
    "backup_folder",
    "backups_of",
    "check_integrity",
    "damage",
    "make_backup",
    "move_aside",
    "newest_good",
    "restore",
]
