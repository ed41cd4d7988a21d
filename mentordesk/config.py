"""Where MentorDesk keeps its files. Nothing is created at import time."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from mentordesk import APP_NAME

DB_ENV = "MENTORDESK_DB"
DB_FILENAME = "mentordesk.sqlite"


def default_database_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / DB_FILENAME


def lock_path(database: Path) -> Path:
    """The lock a window holds on its database file, beside it (QLockFile's format: the pid first)."""
    return database.with_name(database.name + ".lock")


def log_path() -> Path:
    """The window's log file (errors with their tracebacks), in the per-user log folder."""
    return user_log_path(APP_NAME, appauthor=False) / "mentordesk.log"


def start_log() -> Path | None:
    """Send warnings and errors to a rotating log file (five of 1 MB); None when it cannot be opened,
    and they go to standard error as before."""
    import logging
    from logging.handlers import RotatingFileHandler

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=4, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    logging.getLogger("mentordesk").addHandler(handler)
    return path


def resolve_database_path(explicit: str | None) -> Path:
    """--db wins, then $MENTORDESK_DB, then the per-user data folder (created when first needed)."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path
