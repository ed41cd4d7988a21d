"""A pairing's records as bundle envelopes (docs/FORMAT.md, "Records"), chosen for an export.

Every syncable table is one kind; its columns (but the record's own bookkeeping) and its many-to-many
links are the fields, encoded as `sync.fields` describes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload

from mentordesk.domain import Visibility, strictest
from mentordesk.storage.base import Base, SyncedMixin
from mentordesk.storage.models import Pairing, Person
from mentordesk.storage.versions import link_fields, synced_fields
from mentordesk.storage.visibility import hidden_records
from mentordesk.sync.fields import read_field


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


def envelope(record: SyncedMixin) -> dict[str, Any]:
    """The record as it travels: its fields' values, each field's version, and values in conflict."""
    vector = dict(record.version_vector or {})
    names = synced_fields(type(record))
    versions = {name: field_version(record, name) for name in names}
    return {
        "kind": type(record).__tablename__,  # type: ignore[attr-defined]
        "id": record.id,
        "deleted": bool(record.deleted),
        "version": vector,
        "fields": {name: read_field(record, name) for name in names},
        # only the fields whose version is older than the record's: the others are at `version`
        "field_versions": {name: version for name, version in versions.items() if version != vector},
        "conflicts": {
            name: [dict(other) for other in others] for name, others in (record.conflicts or {}).items()
        },
    }


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


def pairing_records(
    session: Session, pairing_id: str, since: int | None = None
) -> Iterator[tuple[SyncedMixin, Visibility]]:
    """The pairing's records (tombstones included) written after the change counter stood at `since`
    (all of them for None), each with how hidden it really is (storage/visibility.py): private ones,
    and those that refer to one, never leave."""
    changed = None if since is None else (lambda model: model.change_seq > since)
    owned = owned_by(session, pairing_id, changed)
    hidden = hidden_records(session, pairing_id)
    private = {record_id for record_id, v in hidden.items() if v is Visibility.PRIVATE}
    for record in owned:
        found = strictest(record.visibility, hidden.get(record.id, Visibility.SHARED))
        yield record, Visibility.PRIVATE if _under(record, private) else found


def _under(record: SyncedMixin, private: set[str]) -> bool:
    """The record refers to a private record (its session, card or decision), so it cannot travel."""
    if not private:
        return False
    table = type(record).__table__  # type: ignore[attr-defined]
    return any(getattr(record, fk.parent.key, None) in private for fk in table.foreign_keys)


def title_of(record: SyncedMixin) -> str:
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
    """The envelopes an export carries, and its preview."""
    envelopes: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    confidential: list[tuple[str, str]] = []
    private = 0
    for record, visibility in pairing_records(session, pairing_id, since):
        if visibility is Visibility.PRIVATE:
            private += 1
            continue
        item = envelope(record)
        envelopes.append(item)
        counts[item["kind"]] = counts.get(item["kind"], 0) + 1
        if visibility is Visibility.CONFIDENTIAL and not record.deleted:
            confidential.append((item["kind"], title_of(record)))
    return envelopes, ExportPreview(counts, tuple(sorted(confidential)), private)
