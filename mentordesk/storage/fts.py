"""The full-text index: one FTS5 table over every searchable record, kept current on each flush.

`search_doc` maps a record to the FTS rowid so updates and deletes touch one row by key instead of
scanning the index. A flush indexes everything it wrote with a few statements, each run once over all of
its records, so a batch of imported or synced records costs one round of statements, not four each.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    String,
    Table,
    bindparam,
    delete,
    event,
    func,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from mentordesk.storage.base import Base, Searchable, SyncedMixin
from mentordesk.storage.search import FTS_TABLE

T = TypeVar("T")

CREATE_FTS_SQL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)

search_doc = Table(
    "search_doc",
    Base.metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=True),
    Column("record_id", String(36), nullable=False, unique=True),
    Column("kind", String(32), nullable=False),
    Column("open_kind", String(32), nullable=False),
    Column("open_id", String(36), nullable=False),
    Column("pairing_id", String(36), nullable=False, index=True),
    Column("visibility", String(32), nullable=False),
)


def is_fts_table(name: str) -> bool:
    """The FTS5 table and the shadow tables SQLite keeps for it (`search_index_data`, ...)."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


#: Record ids one statement names at a time (SQLite's limit on bound values is far above it).
CHUNK = 500


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """`items` a statement's worth at a time (`size` of them)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _rowids(conn: Connection, record_ids: Sequence[str]) -> dict[str, int]:
    """The index rows of these records, by record id (those indexed already). Asked in plain SQL: a
    first exchange asks for tens of thousands, and SQLAlchemy's work on each statement's hundreds of
    values cost more than SQLite's."""
    found: dict[str, int] = {}
    for chunk in chunks(record_ids):
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT record_id, rowid FROM search_doc WHERE record_id IN ({marks})"
        found.update((record_id, rowid) for record_id, rowid in conn.exec_driver_sql(query, tuple(chunk)))
    return found


_DOC_COLUMNS = ("rowid", "record_id", "kind", "open_kind", "open_id", "pairing_id", "visibility")
_DESCRIBED = _DOC_COLUMNS[2:]  # what a record's entry says of it, kept current when it changes
_UPDATE_DOC = (
    update(search_doc)
    .where(search_doc.c.rowid == bindparam("doc_rowid"))
    .values({name: bindparam(name) for name in _DESCRIBED})
)
# the index's rows are written as tuples by SQLite's driver: SQLAlchemy's work on each row's values
# was about a third of indexing a first exchange
_INSERT_TEXT = f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (?, ?, ?)"
_INSERT_DOC = (
    f"INSERT INTO search_doc ({', '.join(_DOC_COLUMNS)}) VALUES ({', '.join('?' * len(_DOC_COLUMNS))})"
)
_DELETE_TEXT = text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid")


Indexed = tuple[type[Searchable], Any]
"""A record to index: its model, and the record (or a row an import writes in bulk; see
`Searchable.document`)."""


def index_records(conn: Connection, records: Iterable[Searchable]) -> None:
    """Bring the index up to date for `records` (new, changed or tombstoned ones), in a few statements
    however many there are: each statement runs once over all of them."""
    index_rows(conn, ((type(record), record) for record in records))


def index_rows(conn: Connection, rows: Iterable[Indexed]) -> None:
    """`index_records` for rows given with their model."""
    chosen = {str(row.id): (model, row) for model, row in rows}
    if not chosen:
        return
    indexed = _rowids(conn, list(chosen))
    # Deletes and inserts go in row order: FTS5 writes out what it holds in memory as a new segment
    # whenever a row comes before the last one it took, and segments merge on later writes, so rows in
    # the order records came (64 edited cards) cost ten times what they cost sorted.
    if indexed:
        conn.execute(_DELETE_TEXT, [{"rowid": rowid} for rowid in sorted(indexed.values())])
    next_rowid = 0  # the first free row, read only when some record is not indexed yet
    if len(indexed) < len(chosen):
        next_rowid = (conn.execute(select(func.max(search_doc.c.rowid))).scalar() or 0) + 1
    dropped: list[int] = []
    updated: list[dict[str, Any]] = []
    added: list[tuple[Any, ...]] = []
    texts: list[tuple[int, str, str]] = []
    for record_id, (model, row) in chosen.items():
        rowid = indexed.get(record_id)
        document = model.document(row)
        if document is None:
            if rowid is not None:
                dropped.append(rowid)
            continue
        open_kind, open_id = model.target(row)
        values = (model.search_kind, open_kind, open_id, str(row.pairing_id), str(row.visibility))
        if rowid is None:
            rowid, next_rowid = next_rowid, next_rowid + 1
            added.append((rowid, record_id, *values))
        else:
            updated.append({"doc_rowid": rowid, **dict(zip(_DESCRIBED, values, strict=True))})
        texts.append((rowid, *document))
    for chunk in chunks(dropped):
        conn.execute(delete(search_doc).where(search_doc.c.rowid.in_(chunk)))
    if updated:
        conn.execute(_UPDATE_DOC, updated)
    if added:
        conn.exec_driver_sql(_INSERT_DOC, added)
    if texts:
        conn.exec_driver_sql(_INSERT_TEXT, sorted(texts))


def unindex_records(conn: Connection, record_ids: Sequence[str]) -> None:
    rowids = sorted(_rowids(conn, record_ids).values())
    if rowids:
        conn.execute(_DELETE_TEXT, [{"rowid": rowid} for rowid in rowids])
    for chunk in chunks(rowids):
        conn.execute(delete(search_doc).where(search_doc.c.rowid.in_(chunk)))


def rebuild_index(session: Session) -> int:
    """Index every searchable record afresh (after a schema upgrade); returns how many were indexed."""
    conn = session.connection()
    conn.execute(text(f"DELETE FROM {FTS_TABLE}"))
    conn.execute(delete(search_doc))
    count = 0
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if issubclass(model, Searchable) and issubclass(model, SyncedMixin):
            query = select(model).where(model.deleted.is_(False)).execution_options(yield_per=CHUNK)
            for batch in session.scalars(query).partitions():
                index_records(conn, batch)
                count += len(batch)
                session.expunge_all()  # what is indexed need not stay in memory
    return count


def _keep_index_current(session: Session, _flush_context: object) -> None:
    conn = session.connection()
    index_records(
        conn,
        (r for r in session.new | session.dirty if isinstance(r, Searchable) and isinstance(r, SyncedMixin)),
    )
    unindex_records(
        conn, [r.id for r in session.deleted if isinstance(r, Searchable) and isinstance(r, SyncedMixin)]
    )


def install_index_hooks(session_class: type[Session]) -> None:
    if not event.contains(session_class, "after_flush", _keep_index_current):
        event.listen(session_class, "after_flush", _keep_index_current)
