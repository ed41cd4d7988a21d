"""The Qt-free storage core: models, engine, migrations and the full-text index.

The errors are imported with the package; the database layer (SQLAlchemy and the models) the first time
one of its names is asked for, so that code which only reports storage errors (the window before its
first paint) does not wait for it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mentordesk.storage.errors import (
    DamagedDatabaseError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
    StorageError,
    UnreadableDatabaseError,
    WriteFailed,
)
from mentordesk.storage.sqlite_file import HEAD_REVISION

if TYPE_CHECKING:
    from mentordesk.storage.database import Database, open_database

_FROM_DATABASE = frozenset({"Database", "open_database"})


def __getattr__(name: str) -> Any:
    if name in _FROM_DATABASE:
        from mentordesk.storage import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "HEAD_REVISION",
    "DamagedDatabaseError",
    "Database",
    "MigrationError",
    "NewerSchemaError",
    "NotADatabaseError",
    "StorageError",
    "UnreadableDatabaseError",
    "WriteFailed",
    "open_database",
]
