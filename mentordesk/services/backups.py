"""Backups, for the window: what the storage layer does with copies of the database (storage/backups.py),
offered to the UI without it reaching into storage."""

from __future__ import annotations

from mentordesk.storage.backups import (
    Backup,
    backup_folder,
    backups_of,
    make_backup,
    move_aside,
    newest_good,
    restore,
)

__all__ = ["Backup", "backup_folder", "backups_of", "make_backup", "move_aside", "newest_good", "restore"]
