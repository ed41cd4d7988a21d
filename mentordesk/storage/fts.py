"""The full-text index: one FTS5 table over every searchable record, kept current on each flush.

`search_doc` maps a record to the FTS rowid so updates and deletes touch one row by key instead of
scanning the index.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Column, Connection, Integer, String, Table, delete, event, insert, select, text, update
from sqlalchemy.orm import Session

from mentordesk.storage.base import Base, Searchable, SyncedMixin

FTS_TABLE = "search_index"

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


def index_record(conn: Connection, record: Searchable) -> None:
    record_id = str(getattr(record, "id"))  # noqa: B009
    rowid = conn.execute(select(search_doc.c.rowid).where(search_doc.c.record_id == record_id)).scalar()
    if rowid is not None:
        conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid"), {"rowid": rowid})
    document = record.search_document()
    if document is None:
        if rowid is not None:
            conn.execute(delete(search_doc).where(search_doc.c.rowid == rowid))
        return
    open_kind, open_id = record.search_target()
    values: dict[str, Any] = {
        "kind": record.search_kind,
        "open_kind": open_kind,
        "open_id": open_id,
        "pairing_id": str(getattr(record, "pairing_id")),  # noqa: B009
        "visibility": str(getattr(record, "visibility")),  # noqa: B009
    }
    if rowid is None:
        rowid = conn.execute(
            insert(search_doc).values(record_id=record_id, **values).returning(search_doc.c.rowid)
        ).scalar_one()
    else:
        conn.execute(update(search_doc).where(search_doc.c.rowid == rowid).values(**values))
    title, body = document
    conn.execute(
        text(f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (:rowid, :title, :body)"),
        {"rowid": rowid, "title": title, "body": body},
    )


def unindex_record(conn: Connection, record_id: str) -> None:
    rowid = conn.execute(select(search_doc.c.rowid).where(search_doc.c.record_id == record_id)).scalar()
    if rowid is not None:
        conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid"), {"rowid": rowid})
        conn.execute(delete(search_doc).where(search_doc.c.rowid == rowid))


def rebuild_index(session: Session) -> int:
    """Index every searchable record afresh (after a schema upgrade); returns how many were indexed."""
    conn = session.connection()
    conn.execute(text(f"DELETE FROM {FTS_TABLE}"))
    conn.execute(delete(search_doc))
    count = 0
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if issubclass(model, Searchable) and issubclass(model, SyncedMixin):
            for record in session.scalars(select(model).where(model.deleted.is_(False))):
                index_record(conn, record)
                count += 1
    return count


def _keep_index_current(session: Session, _flush_context: object) -> None:
    conn = session.connection()
    for record in session.new | session.dirty:
        if isinstance(record, Searchable) and isinstance(record, SyncedMixin):
            index_record(conn, record)
    for record in session.deleted:
        if isinstance(record, Searchable) and isinstance(record, SyncedMixin):
            unindex_record(conn, record.id)


def install_index_hooks(session_class: type[Session]) -> None:
    if not event.contains(session_class, "after_flush", _keep_index_current):
        event.listen(session_class, "after_flush", _keep_index_current)


WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word must match, the last one as a prefix.

    Operators and quotes the user typed are never passed through, so no input can be a syntax error.
    """
    words = WORD.findall(query)
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)
