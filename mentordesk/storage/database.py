"""Opening a MentorDesk database: checks, schema state, engine with the SQLite pragmas, short sessions."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.storage import models  # noqa: F401  (registers every table)
from mentordesk.storage.checks import install_checks
from mentordesk.storage.errors import (
    DamagedDatabaseError,
    NewerSchemaError,
    UnreadableDatabaseError,
    WriteFailed,
    write_failure,
)
from mentordesk.storage.fts import install_index_hooks, rebuild_index
from mentordesk.storage.models import Setting
from mentordesk.storage.sqlite_file import (
    HEAD_REVISION,
    INDEXED_AS_OF,
    ReadOnly,
    check_file,
    check_integrity,
    read_only_uri,
    stored_revision,
)
from mentordesk.storage.versions import DEVICE_KEY, install_version_hooks
from mentordesk.wording import translate

INSTALL_KEY = "install.id"

BUSY_TIMEOUT_MS = 10_000
#: What the write-ahead log is cut back to once its pages are in the file: a large import's log would
#: otherwise stay on the disk, as large, for as long as the file is used (and be copied with each backup).
LOG_LIMIT_BYTES = 8 * 1024 * 1024
_IMMEDIATE = "mentordesk_immediate"


class StoreSession(Session):
    """The ORM session class of MentorDesk: every flush keeps the full-text index current."""


install_checks(StoreSession)
install_index_hooks(StoreSession)
install_version_hooks(StoreSession)


def make_engine(path: Path, *, foreign_keys: bool = True, read_only: ReadOnly = None) -> Engine:
    """An engine on a SQLite file with WAL, synchronous=FULL, a busy timeout and explicit BEGINs.

    Migrations pass foreign_keys=False: SQLite rebuilds tables during batch migrations, and dropping
    the old table with foreign keys on would cascade deletes into child tables. A `read_only` file is
    opened so that SQLite itself refuses every write ("folder": its journal cannot be written either,
    so the file is read as it stands).
    """
    if read_only is None:
        # the path goes in as it is: pasted into a URL, "%41" would be decoded and "#" or "?" cut short
        url = URL.create("sqlite", database=str(path))
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    else:
        target = read_only_uri(path, read_only)
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(target, uri=True, timeout=BUSY_TIMEOUT_MS / 1000),
        )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun by the "begin" hook below
        cursor = dbapi_connection.cursor()
        if read_only is None:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA journal_size_limit={LOG_LIMIT_BYTES}")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        options = connection.get_execution_options()  # type: ignore[attr-defined]
        mode = "IMMEDIATE" if options.get(_IMMEDIATE) else "DEFERRED"
        connection.exec_driver_sql(f"BEGIN {mode}")  # type: ignore[attr-defined]

    return engine


class Database:
    """An open MentorDesk database. Services take one and open a short session per user action."""

    def __init__(
        self, path: Path, engine: Engine, *, read_only: bool = False, unchecked: bool = False
    ) -> None:
        self.path = path
        self.engine = engine
        self._read_only = read_only
        # A file opened unchecked takes no write until verify() has read it whole and found it sound.
        self._checked = threading.Event()
        if not unchecked:
            self._checked.set()
        self._damage: str | None = None
        self._info: dict[str, str] = {}  # what every session knows: this database's device id
        self._reader = sessionmaker(engine, class_=StoreSession, expire_on_commit=False, info=self._info)
        self._writer = sessionmaker(
            engine.execution_options(**{_IMMEDIATE: True}),
            class_=StoreSession,
            expire_on_commit=False,
            info=self._info,
        )
        self.install_id = self._install_id()
        self._info[DEVICE_KEY] = self.install_id

    @property
    def read_only(self) -> bool:
        """Opened from a read-only file or folder: every write is refused (WriteFailed)."""
        return self._read_only

    def _install_id(self) -> str:
        """This database's own id, made on first open: the device name in version vectors and cards."""
        with self.read() as session:  # a read: a write would wait for the disk at every start
            row = session.get(Setting, INSTALL_KEY)
            if row is not None:
                return str(row.value)
        if self._read_only:
            return "read-only"
        if not self._checked.is_set():  # the first write to an unchecked file: check it first
            self.verify()
        with self.write() as session:
            row = session.get(Setting, INSTALL_KEY)
            if row is None:
                row = Setting(key=INSTALL_KEY, value=str(uuid.uuid4()))
                session.add(row)
            return str(row.value)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session

    def verify(self) -> str | None:
        """Read the whole file for damage (PRAGMA quick_check): what was found, or None when it checks
        out. A file opened unchecked is written to only once this has run and found nothing; a damaged
        one refuses every write from then on."""
        try:
            check_integrity(self.path, "folder" if self._read_only else None)  # read as it stands
        except DamagedDatabaseError as error:
            self._damage = str(error)
        finally:
            self._checked.set()
        return self._damage

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): committed when the block ends, rolled back on error.
        SQLite's operational failures (locked, disk full, read-only, I/O) become WriteFailed. A write
        to a file opened unchecked waits for its check (verify)."""
        self._checked.wait()
        if self._damage is not None:
            raise WriteFailed(translate("Database", "the database file is damaged"), self._damage)
        try:
            with self._writer.begin() as session:
                yield session
        except OperationalError as error:
            raise write_failure(str(error.orig)) from error

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, check: bool = True) -> Database:
    """Open (creating or upgrading when needed) the database at `path`, its integrity checked first
    unless `check` is False (the caller then checks it with `Database.verify`, which writes wait for)."""
    path = path.expanduser().absolute()
    read_only = check_file(path)
    exists = path.exists() and path.stat().st_size > 0
    revision = stored_revision(path, read_only, check=check) if exists else None
    if read_only is not None:
        if revision != HEAD_REVISION:
            raise UnreadableDatabaseError(
                path, f"the {read_only} is read-only, and the database needs upgrading before it can be read"
            )
        engine = make_engine(path, read_only=read_only)
        return Database(path, engine, read_only=True, unchecked=exists and not check)
    if revision != HEAD_REVISION:
        from mentordesk.storage import migrate  # Alembic is only imported when there is work for it

        if exists and not check:
            check_integrity(path)  # never upgrade a damaged file

        if revision is not None and not migrate.is_known_revision(revision):
            raise NewerSchemaError(path, revision)
        migrate.upgrade(path, revision)
        database = Database(path, make_engine(path))
        if revision is not None and revision < INDEXED_AS_OF:  # older builds indexed less than this one
            with database.write() as session:
                rebuild_index(session)
        return database
    return Database(path, make_engine(path), unchecked=exists and not check)
