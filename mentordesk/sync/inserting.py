"""The records an import creates, written in bulk inside the import's transaction.

Most records of a first exchange are new here. Each is kept as a row of its checked column values
(`row`), not made into an ORM record; once every record of the bundle is merged, the rows of each kind
are inserted by one statement over all of them, their many-to-many links by one statement per link
table, and their search entries by the index's few statements. The import's transaction still holds
it all, so a refused import changes nothing."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

from mentordesk.storage.base import Searchable, SyncedMixin, utcnow
from mentordesk.storage.fts import index_rows
from mentordesk.storage.versions import link_fields, tick_change_clock
from mentordesk.sync.records import link_table


def row(record_id: str, values: dict[str, Any]) -> SimpleNamespace:
    """A new record's row: its fields as attributes, so the decision numbering, `stamp` and the search
    index read it as they read a record."""
    return SimpleNamespace(id=record_id, **values)


class NewRecords:
    """Rows to insert, by model, and the ids their link fields name."""

    def __init__(self, pairing_id: str) -> None:
        self._pairing_id = pairing_id
        self._rows: dict[type[SyncedMixin], list[SimpleNamespace]] = {}
        self._links: dict[tuple[type[SyncedMixin], str], list[dict[str, str]]] = {}

    def add(self, model: type[SyncedMixin], new: SimpleNamespace, links: dict[str, list[str]]) -> None:
        self._rows.setdefault(model, []).append(new)
        for name, ids in links.items():
            if ids:
                self._links.setdefault((model, name), []).extend({"owner": new.id, "linked": i} for i in ids)

    def write(self, session: Session) -> None:
        """Insert every row with the change counter moved on once for them all, then their links (ids
        of records not held here, or of another pairing's, are left out: they stayed on the other
        machine), then their search entries. Kinds go parents first, as the records were merged."""
        if not self._rows:
            return
        seq = tick_change_clock(session)
        now = utcnow()
        for model, rows in self._rows.items():
            _insert(session, model.__table__, rows, {"change_seq": seq, "updated_at": now})  # type: ignore[attr-defined]
        for (model, name), pairs in self._links.items():
            session.execute(_link_insert(model, name), [{**p, "pairing": self._pairing_id} for p in pairs])
        searchable = [(m, r) for m, rows in self._rows.items() if issubclass(m, Searchable) for r in rows]
        index_rows(session.connection(), searchable)
        self._rows.clear()
        self._links.clear()


def _insert(session: Session, table: Table, rows: list[SimpleNamespace], common: dict[str, Any]) -> None:
    """Insert `rows` (with the `common` values) by one statement over all of them, each value turned
    into its stored form by its column's type as SQLAlchemy would, but without its work per row and
    value around that (a third of a first exchange's insert)."""
    dialect = session.get_bind().dialect
    quote = dialect.identifier_preparer.quote
    columns = list(table.columns)
    stored = [(column.name, column.type.dialect_impl(dialect).bind_processor(dialect)) for column in columns]
    values = []
    for new in rows:
        given = {**vars(new), **common}
        values.append(tuple(given[name] if turn is None else turn(given[name]) for name, turn in stored))
    names = ", ".join(quote(column.name) for column in columns)
    marks = ", ".join("?" * len(columns))
    session.connection().exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", values
    )


def _link_insert(model: type[SyncedMixin], name: str) -> Any:
    """INSERT of one link table's rows, each only if the linked record is held here, in the pairing."""
    table, owner, linked = link_table(model, name)
    target = link_fields(model)[name].__table__  # type: ignore[attr-defined]
    return text(
        f"INSERT INTO {table.name} ({owner}, {linked}) "
        f"SELECT :owner, id FROM {target.name} WHERE id = :linked AND pairing_id = :pairing"
    )
