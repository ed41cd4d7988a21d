"""The Qt-free storage core: models, engine, migrations and the full-text index."""

from mentordesk.storage.database import HEAD_REVISION, Database, open_database
from mentordesk.storage.errors import (
    DamagedDatabaseError,
    MigrationError,
    NewerSchemaError,
    NotADatabaseError,
    StorageError,
    UnreadableDatabaseError,
    WriteFailed,
)

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
