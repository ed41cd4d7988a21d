"""What can be learnt of a database file with plain sqlite3, before (or without) the database layer: whether
it can hold a database and be written, its schema revision, and whether SQLite finds it damaged. The
command line's read-only commands and the window before its first paint use these without SQLAlchemy."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from mentordesk.storage.errors import DamagedDatabaseError, NotADatabaseError, UnreadableDatabaseError

HEAD_REVISION = "0012"
"""The schema revision this build writes. A test keeps it equal to the migrations' head."""
#: The schema revision of the last build whose search index differs from what storage/fts.py writes
#: now: a file upgraded from an older revision has its index rebuilt (minutes at 100,000 records), one
#: from this revision or later keeps it. Raise it to HEAD_REVISION when fts.py changes what it indexes.
INDEXED_AS_OF = "0007"

_SQLITE_HEADER = b"SQLite format 3\x00"
ReadOnly = Literal["file", "folder"] | None


def read_only_uri(path: Path, read_only: ReadOnly = "file") -> str:
    """A URI that opens the file read-only, the path percent-encoded so that "#" or "?" in it stay in
    it. When the folder is read-only too, the file is read as it stands ("immutable"): SQLite cannot
    make the shared-memory file it needs beside a WAL database."""
    flags = "mode=ro&immutable=1" if read_only == "folder" else "mode=ro"
    return f"{path.absolute().as_uri()}?{flags}"


def check_file(path: Path) -> ReadOnly:
    """Refuse paths that cannot hold a database before SQLite gets a chance to create or damage them;
    say whether an existing database can only be read ("file" or "folder" is read-only) or None."""
    if path.is_dir():
        raise UnreadableDatabaseError(path, "it is a folder, not a file")
    if not path.parent.is_dir():
        raise UnreadableDatabaseError(path, f"the folder {path.parent} does not exist")
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            raise UnreadableDatabaseError(path, f"the folder {path.parent} is not writable")
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise UnreadableDatabaseError(path, error.strerror or str(error)) from error
    if header and header != _SQLITE_HEADER:
        raise NotADatabaseError(path, "it is not a SQLite database")
    if not os.access(path, os.W_OK):
        return "file"
    if not os.access(path.parent, os.W_OK):  # SQLite keeps its journal (-wal, -shm) beside the file
        return "folder"
    return None


def stored_revision(path: Path, read_only: ReadOnly = None, *, check: bool = True) -> str | None:
    """The schema revision recorded in the file, None for a new empty file; with `check`, the file's
    integrity is checked too (PRAGMA quick_check, which reads the whole file).

    Read with plain sqlite3 so that opening a current database never imports Alembic.
    """
    with reading(path, read_only) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in names:
            if names:
                raise NotADatabaseError(path, "it is a SQLite file, but not a MentorDesk database")
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            raise DamagedDatabaseError(path, "its schema version is missing, so it may be damaged")
        if check:
            _quick_check(path, conn)
    return str(row[0])


def check_integrity(path: Path, read_only: ReadOnly = None) -> None:
    """Read the whole file (PRAGMA quick_check); DamagedDatabaseError when SQLite finds damage."""
    with reading(path, read_only) as conn:
        _quick_check(path, conn)


@contextmanager
def reading(path: Path, read_only: ReadOnly) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to the file, closed after; what SQLite cannot read is damage."""
    try:
        conn = sqlite3.connect(read_only_uri(path, read_only), uri=True)
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(path, f"the file is damaged ({error})") from error
    try:
        with conn:
            yield conn
    except sqlite3.DatabaseError as error:
        raise DamagedDatabaseError(path, f"the file is damaged ({error})") from error
    finally:
        conn.close()


def _quick_check(path: Path, conn: sqlite3.Connection) -> None:
    integrity = conn.execute("PRAGMA quick_check").fetchone()
    if integrity is None or integrity[0] != "ok":
        found = integrity[0] if integrity else "no answer"
        raise DamagedDatabaseError(path, f"the file is damaged ({found})")
