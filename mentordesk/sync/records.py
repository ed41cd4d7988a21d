"""A pairing's records as bundle envelopes (docs/FORMAT.md, "Records"), chosen for an export.

Every syncable table is one kind; its columns (but the record's own bookkeeping) and its many-to-many
links are the fields, encoded as `sync.fields` describes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import SimpleNamespace
from typing import Any, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Enum,
    Float,
    Integer,
    String,
    Table,
    Text,
    inspect,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, selectinload

from mentordesk.domain import Visibility, strictest
from mentordesk.storage.base import Base, SyncedMixin, UtcDateTime
from mentordesk.storage.models import Pairing, Person
from mentordesk.storage.versions import link_fields, synced_fields
from mentordesk.storage.visibility import hidden_records
from mentordesk.sync.fields import to_wire

T = TypeVar("T")

Stored = Mapping[Any, Any]
"""A record as stored: its row, by column name (and its link fields' ids, where it has some). Read for
an export, its JSON columns are decoded and its times are the text they travel as."""


@cache
def kinds() -> dict[str, type[SyncedMixin]]:
    """Every syncable model by its kind (its table name); the models are fixed once imported, so this
    is worked out once (it is asked for each record an import merges)."""
    found: dict[str, type[SyncedMixin]] = {}
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if issubclass(model, SyncedMixin):
            found[model.__tablename__] = model  # type: ignore[attr-defined]
    return dict(sorted(found.items()))


def field_version(record: SyncedMixin, name: str) -> dict[str, int]:
    """The version of a field's value: the one it was stamped with, or for a row written before fields
    had versions, the record's own."""
    return dict((record.field_versions or {}).get(name) or record.version_vector or {})


@dataclass(frozen=True)
class ExportPreview:
    """What an export would carry: counts per kind, and the confidential records it names."""

    counts: dict[str, int]
    confidential: tuple[tuple[str, str], ...]  # (kind, title)
    private_left_out: int

    def lines(self) -> list[str]:
        """The preview in words: how much, the confidential items by name, then the counts by kind."""
        if not self.counts:
            out = ["Nothing changed since the last export."]
        else:
            out = [f"{sum(self.counts.values())} records will leave this machine."]
        if self.confidential:
            out.append(f"{len(self.confidential)} of them are confidential:")
            out += [f"  {kind.replace('_', ' ')}: {title}" for kind, title in self.confidential]
        if self.private_left_out:
            out.append(f"{self.private_left_out} private items stay on this machine.")
        if self.counts:
            out.append("By kind:")
            out += [f"  {kind.replace('_', ' ')}: {n}" for kind, n in sorted(self.counts.items())]
        return out


def owned_by(
    session: Session,
    pairing_id: str,
    where: Callable[[type[SyncedMixin]], ColumnElement[bool]] | None = None,
) -> list[SyncedMixin]:
    """The pairing's records, tombstones included: the pairing itself, its two people, and every record
    carrying its id; with `where`, only those that meet it (asked of the database, not filtered after)."""
    pairing = session.get(Pairing, pairing_id)
    if pairing is None:
        return []
    found: list[SyncedMixin] = []
    for model in kinds().values():
        if hasattr(model, "pairing_id"):
            query = select(model).where(model.pairing_id == pairing_id)
        elif model is Pairing:
            query = select(model).where(model.id == pairing_id)
        elif model is Person:
            query = select(model).where(model.id.in_((pairing.mentor_id, pairing.mentee_id)))
        else:
            continue
        # links are read with their records, a few hundred records per query, not one query each
        query = query.options(*(selectinload(getattr(model, name)) for name in link_fields(model)))
        found.extend(session.scalars(query if where is None else query.where(where(model))))
    return found


def _stored(
    session: Session, pairing_id: str, since: int | None
) -> Iterator[tuple[type[SyncedMixin], Stored]]:
    """The pairing's records (tombstones included) as stored, each with its model: the pairing, its two
    people, and every record carrying its id; only those written after the change counter stood at
    `since` (all of them for None). Read as rows, not ORM records: an export reads every record of a
    long history, and making records of them cost more than reading them."""
    pairing = session.get(Pairing, pairing_id)
    if pairing is None:
        return
    decoded = _Decoded()
    for model in kinds().values():
        table = model.__table__  # type: ignore[attr-defined]
        if "pairing_id" in table.c:
            query = select(table).where(_of_pairing(table.c.pairing_id, since) == pairing_id)
        elif model is Pairing:
            query = select(table).where(table.c.id == pairing_id)
        elif model is Person:
            query = select(table).where(table.c.id.in_((pairing.mentor_id, pairing.mentee_id)))
        else:
            continue
        if since is not None:
            query = query.where(table.c.change_seq > since)
        as_text = _read_as_text(table, decoded)
        query = query.with_only_columns(
            *(type_coerce(c, Text).label(c.name) if c.name in as_text else c for c in table.c)
        )
        links = {name: _links(session, model, name, pairing_id, since) for name in link_fields(model)}
        result = session.execute(query)
        names = tuple(result.keys())
        for values in result:
            row = dict(zip(names, values, strict=True))
            for name, convert in as_text.items():
                row[name] = convert(row[name])
            for name, found in links.items():
                row[name] = found.get(row["id"], [])
            yield model, row


_FromText = Callable[[str | None], Any]


def _read_as_text(table: Table, decoded: _FromText) -> dict[str, _FromText]:
    """The columns `_stored` reads as their stored text, each with what makes of it the value it
    needs: JSON decoded (once per distinct text), a time the text it travels as. Read through their
    types, the 55,000 times of 23,000 records cost a parse, a time zone and `to_wire`'s text each."""
    found: dict[str, _FromText] = {}
    for column in table.c:
        if isinstance(column.type, JSON):
            found[column.name] = decoded
        elif isinstance(column.type, UtcDateTime):
            found[column.name] = _time_on_wire
    return found


def _time_on_wire(text: str | None) -> str | None:
    """A stored time (UTC, without its zone) as it travels: what `to_wire` makes of it as it is read."""
    return None if text is None else dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC).isoformat()


class _Decoded:
    """JSON columns' text decoded once per distinct text, for one export. Most records' versions are
    the same few texts (a record written once on one device: `{"<device>": 1}`, every field at it), so
    an export of a long history decoded the same text tens of thousands of times. What is decoded is
    shared between rows: an envelope copies what it takes, or writes it out as JSON."""

    KEPT = 4096
    """Distinct texts remembered (each at most `SHORT` characters); past them, each is decoded anew."""
    SHORT = 2000

    def __init__(self) -> None:
        self._seen: dict[str, Any] = {}

    def __call__(self, text: str | None) -> Any:
        if text is None:
            return None
        if text in self._seen:
            return self._seen[text]
        value = json.loads(text)
        if len(self._seen) < self.KEPT and len(text) <= self.SHORT:
            self._seen[text] = value
        return value


def _of_pairing(column: ColumnElement[str], since: int | None) -> ColumnElement[str]:
    """The column naming a record's pairing, to compare with the pairing's id. After `since`, SQLite is
    kept from its index (`pairing_id || ''` is no indexed column): it then finds the few records
    written since by the change counter's index, rather than reading every record of the pairing."""
    return column if since is None else column.concat("")


def _links(
    session: Session, model: type[SyncedMixin], name: str, pairing_id: str, since: int | None
) -> dict[str, list[str]]:
    """The ids a link field names, sorted, for each of the pairing's records of `model` (those written
    after `since`, as `_stored` reads them)."""
    table, owner, linked = link_table(model, name)
    records = model.__table__  # type: ignore[attr-defined]
    query = (
        select(table.c[owner], table.c[linked])
        .join(records, records.c.id == table.c[owner])
        .where(_of_pairing(records.c.pairing_id, since) == pairing_id)
        .order_by(table.c[owner], table.c[linked])
    )
    if since is not None:
        query = query.where(records.c.change_seq > since)
    found: dict[str, list[str]] = {}
    for owner_id, linked_id in session.execute(query):
        found.setdefault(owner_id, []).append(linked_id)
    return found


def link_table(model: type[SyncedMixin], name: str) -> tuple[Table, str, str]:
    """A link field's table, with its columns naming the record and the record linked to."""
    relation = inspect(model).relationships[name]
    table = relation.secondary
    assert isinstance(table, Table)
    return table, relation.synchronize_pairs[0][1].name, relation.secondary_synchronize_pairs[0][1].name


def envelope(model: type[SyncedMixin], row: Stored) -> dict[str, Any]:
    """A stored record as it travels: its fields' values, each field's version (only those older than
    the record's own: the others are at `version`), and the values standing in conflict."""
    vector = dict(row["version_vector"] or {})
    names, converted = _wire_fields(model)
    fields = {name: row[name] for name in names}
    for name in converted:
        fields[name] = to_wire(fields[name])
    versions = {
        name: dict(version)
        for name, version in (row["field_versions"] or {}).items()
        if version and version != vector and name in fields
    }
    return {
        "kind": model.__tablename__,  # type: ignore[attr-defined]
        "id": row["id"],
        "deleted": bool(row["deleted"]),
        "version": vector,
        "fields": fields,
        "field_versions": versions,
        "conflicts": {name: [dict(o) for o in others] for name, others in (row["conflicts"] or {}).items()},
    }


_WIRE_FIELDS: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _wire_fields(model: type[SyncedMixin]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A kind's fields, and those of them whose stored values `to_wire` turns into what travels
    (choices, days, structured values). The others travel as they are read: text, numbers, flags,
    link ids, and times (which `_stored` reads as the text they travel as)."""
    if model not in _WIRE_FIELDS:
        table = model.__table__  # type: ignore[attr-defined]
        converted = tuple(
            name for name in synced_fields(model) if name in table.c and not _as_read(table.c[name].type)
        )
        _WIRE_FIELDS[model] = (synced_fields(model), converted)
    return _WIRE_FIELDS[model]


def _as_read(kind: object) -> bool:
    """Values of a column of this type travel as they are read (a choice is a String, but read as its
    member)."""
    return not isinstance(kind, Enum) and isinstance(kind, String | Integer | Float | Boolean | UtcDateTime)


def _under(model: type[SyncedMixin], row: Stored, private: set[str]) -> bool:
    """The record refers to a private record (its session, card or decision), so it cannot travel."""
    return bool(private) and any(named in private for named in _refers_to(model, row))


def _refers_to(model: type[SyncedMixin], row: Stored) -> Iterator[str]:
    """The ids the record's foreign keys name."""
    table = model.__table__  # type: ignore[attr-defined]
    return (row[fk.parent.name] for fk in table.foreign_keys if row[fk.parent.name] is not None)


def _named(stored: Iterable[tuple[type[SyncedMixin], Stored]]) -> set[str]:
    """The records' ids and the ids they refer to: whose visibility an export of them looks at."""
    found: set[str] = set()
    for model, row in stored:
        found.add(row["id"])
        found.update(_refers_to(model, row))
    return found


def title_of(record: Any) -> str:
    """A few words naming a record (or a row read as one) in a preview or a conflict."""
    if getattr(record, "carried_from_id", None):
        return "an open action item carried forward"
    for name in ("title", "name", "text", "body"):
        value = getattr(record, name, None)
        if isinstance(value, str) and value:
            return " ".join(value.split())[:80]
    return record.id


def collect(
    session: Session, pairing_id: str, since: int | None = None
) -> tuple[list[dict[str, Any]], ExportPreview]:
    """The envelopes an export carries, and its preview. Private records, and those that refer to
    one, never leave; the others leave as shared or confidential as they really are
    (storage/visibility.py)."""
    return gather(session, pairing_id, since, _itself)


def _itself(envelope: dict[str, Any]) -> dict[str, Any]:
    return envelope


def gather(
    session: Session, pairing_id: str, since: int | None, keep: Callable[[dict[str, Any]], T]
) -> tuple[list[T], ExportPreview]:
    """`collect`, keeping of each envelope what `keep` makes of it as it is made (an export keeps it
    checked and written as JSON: `sync.parts.outgoing`), so the envelopes are never all held at once."""
    envelopes: list[T] = []
    counts: dict[str, int] = {}
    confidential: list[tuple[str, str]] = []
    private = 0
    stored: Iterable[tuple[type[SyncedMixin], Stored]] = _stored(session, pairing_id, since)
    if since is None:
        hidden = hidden_records(session, pairing_id)
    else:  # what changed is few records, as a rule: only they, and what they name, are looked into
        stored = list(stored)
        hidden = hidden_records(session, pairing_id, _named(stored))
    kept_here = {record_id for record_id, v in hidden.items() if v is Visibility.PRIVATE}
    for model, row in stored:
        visibility = strictest(row["visibility"], hidden.get(row["id"], Visibility.SHARED))
        if visibility is Visibility.PRIVATE or _under(model, row, kept_here):
            private += 1
            continue
        item = envelope(model, row)
        envelopes.append(keep(item))
        counts[item["kind"]] = counts.get(item["kind"], 0) + 1
        if visibility is Visibility.CONFIDENTIAL and not row["deleted"]:
            confidential.append((item["kind"], title_of(SimpleNamespace(**row))))
    return envelopes, ExportPreview(counts, tuple(sorted(confidential)), private)
