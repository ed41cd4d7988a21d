"""Where MentorDesk keeps its files. Nothing is created at import time."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from mentordesk import APP_NAME

DB_ENV = "MENTORDESK_DB"
DB_FILENAME = "mentordesk.sqlite"


def default_database_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / DB_FILENAME


def resolve_database_path(explicit: str | None) -> Path:
    """--db wins, then $MENTORDESK_DB, then the per-user data folder (created when first needed)."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path
