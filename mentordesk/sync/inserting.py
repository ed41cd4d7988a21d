"""The records an import creates, written in bulk inside the import's transaction.

Most records of a first exchange are new here. Each is kept as a row of its checked column values
(`row`), not made into an ORM record; once every record of the bundle is merged, the rows of each kind
are inserted by one statement over all of them, their many-to-many links by one statement per link
table, and their search entries by the index's few statements. The import's transaction still holds
it all, so a refused import changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from types import SimpleNamespace
from typing import Any

from sqlalchemy import JSON, Table, text
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
    names = [column.name for column in columns]
    turns: list[tuple[int, Callable[[Any], Any]]] = []
    for place, column in enumerate(columns):
        turn = column.type.dialect_impl(dialect).bind_processor(dialect)
        if turn is not None:  # only the columns whose type turns a value into another
            turns.append((place, _once_each(turn) if isinstance(column.type, JSON) else turn))
    pick = itemgetter(*names)
    values = []
    for new in rows:
        stored = list(pick({**vars(new), **common}))
        for place, convert in turns:
            stored[place] = convert(stored[place])
        values.append(tuple(stored))
    marks = ", ".join("?" * len(columns))
    session.connection().exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, names))}) VALUES ({marks})", values
    )


def _once_each(turn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A JSON column's conversion, made once for a value several rows share (the field versions of
    records at one version: `Applier._fresh`). The rows hold their values while they are inserted, so
    a value's identity stands for it until then."""
    done: dict[int, Any] = {}

    def convert(value: Any) -> Any:
        key = id(value)
        if key not in done:
            done[key] = turn(value)
        return done[key]

    return convert


def _link_insert(model: type[SyncedMixin], name: str) -> Any:
    """INSERT of one link table's rows, each only if the linked record is held here, in the pairing."""
    table, owner, linked = link_table(model, name)
    target = link_fields(model)[name].__table__  # type: ignore[attr-defined]
    return text(
        f"INSERT INTO {table.name} ({owner}, {linked}) "
        f"SELECT :owner, id FROM {target.name} WHERE id = :linked AND pairing_id = :pairing"
    )
