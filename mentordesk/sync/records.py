"""A pairing's records as bundle envelopes (docs/FORMAT.md, "Record fields"), chosen for an export.

Every syncable table is one kind; its columns are the fields, with dates and times as ISO 8601 text,
choices as their value, lists of text as lists, other structured values as JSON text, and
many-to-many links (a card's competencies, an event's components) as lists of the linked ids."""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from mentordesk.domain import Visibility
from mentordesk.storage.base import Base, SyncedMixin
from mentordesk.storage.models import Pairing, Person

ENVELOPE_KEYS = frozenset({"id", "deleted", "version_vector"})


def kinds() -> dict[str, type[SyncedMixin]]:
    """Every syncable model by its kind (its table name)."""
    found: dict[str, type[SyncedMixin]] = {}
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if issubclass(model, SyncedMixin):
            found[model.__tablename__] = model  # type: ignore[attr-defined]
    return dict(sorted(found.items()))


def _value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def envelope(record: SyncedMixin) -> dict[str, Any]:
    mapper = inspect(type(record))
    fields: dict[str, Any] = {}
    for attribute in mapper.column_attrs:
        if attribute.key not in ENVELOPE_KEYS:
            fields[attribute.key] = _value(getattr(record, attribute.key))
    for relation in mapper.relationships:
        if relation.secondary is not None:
            fields[relation.key] = sorted(str(linked.id) for linked in getattr(record, relation.key))
    return {
        "kind": type(record).__tablename__,  # type: ignore[attr-defined]
        "id": record.id,
        "deleted": bool(record.deleted),
        "version": dict(record.version_vector or {}),
        "fields": fields,
    }


@dataclass(frozen=True)
class ExportPreview:
    """What an export would carry: counts per kind, and the confidential records it names."""

    counts: dict[str, int]
    confidential: tuple[tuple[str, str], ...]  # (kind, title)
    private_left_out: int

    def lines(self) -> list[str]:
        shown = [f"{n} {kind.replace('_', ' ')}" for kind, n in sorted(self.counts.items())]
        out = [f"{sum(self.counts.values())} records: " + ", ".join(shown) if shown else "nothing changed"]
        if self.confidential:
            out.append(f"{len(self.confidential)} confidential items will leave this machine:")
            out += [f"  {kind.replace('_', ' ')}: {title}" for kind, title in self.confidential]
        if self.private_left_out:
            out.append(f"{self.private_left_out} private items stay on this machine")
        return out


def pairing_records(
    session: Session, pairing_id: str, since: dt.datetime | None = None
) -> Iterator[tuple[SyncedMixin, bool]]:
    """The pairing's records (tombstones included) changed after `since`, each with whether it may leave:
    private ones never do."""
    pairing = session.get(Pairing, pairing_id)
    if pairing is None:
        return
    owned: list[SyncedMixin] = [
        pairing,
        *(p for p in (session.get(Person, pairing.mentor_id), session.get(Person, pairing.mentee_id)) if p),
    ]
    owned = [r for r in owned if since is None or r.updated_at > since]
    for model in kinds().values():
        if hasattr(model, "pairing_id"):
            query = select(model).where(model.pairing_id == pairing_id)
            if since is not None:  # only what changed: asked of the database, not filtered after loading
                query = query.where(model.updated_at > since)
            owned.extend(session.scalars(query))
    for record in owned:
        yield record, record.visibility is not Visibility.PRIVATE


def _title(record: SyncedMixin) -> str:
    for name in ("title", "name", "text", "body"):
        value = getattr(record, name, None)
        if isinstance(value, str) and value:
            return " ".join(value.split())[:80]
    return record.id


def collect(
    session: Session, pairing_id: str, since: dt.datetime | None = None
) -> tuple[list[dict[str, Any]], ExportPreview]:
    """The envelopes an export carries, and its preview."""
    envelopes: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    confidential: list[tuple[str, str]] = []
    private = 0
    for record, may_leave in pairing_records(session, pairing_id, since):
        if not may_leave:
            private += 1
            continue
        item = envelope(record)
        envelopes.append(item)
        counts[item["kind"]] = counts.get(item["kind"], 0) + 1
        if record.visibility is Visibility.CONFIDENTIAL and not record.deleted:
            confidential.append((item["kind"], _title(record)))
    return envelopes, ExportPreview(counts, tuple(sorted(confidential)), private)
