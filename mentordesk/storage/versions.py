"""Version vectors kept current: every flush that adds or changes a syncable record counts one more
change by this database's device (its install id) in the record's vector, and gives each changed field
that vector as its own (the field's version). A local edit of a field in conflict settles it: its new
version has seen every value that stood.

An import that writes versions it received sets `session.info["keep_versions"]`, so those stay as sent.

Every flush that writes a syncable record, local or imported, also moves the database's change counter
on by one and stamps it on those records (`change_seq`): an export carries what was stamped after the
counter it read last time, whatever the wall clock says."""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import event, inspect, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from mentordesk.storage.base import SyncedMixin
from mentordesk.storage.models import ChangeClock

_CLOCK_ROW = 1

DEVICE_KEY = "device_id"
KEEP_KEY = "keep_versions"
LOCAL_COLUMNS = frozenset({"id", "updated_at", "change_seq", "version_vector", "field_versions", "conflicts"})
"""Columns that are not fields: the record's identity and its own bookkeeping."""


_FIELDS: dict[type, tuple[str, ...]] = {}
_LINKS: dict[type, dict[str, type]] = {}


def link_fields(model: type[SyncedMixin]) -> dict[str, type]:
    """The model's many-to-many link fields (a card's competencies, ...), each with the linked model."""
    if model not in _LINKS:
        relations = inspect(model).relationships
        _LINKS[model] = {r.key: r.mapper.class_ for r in relations if r.secondary is not None}
    return _LINKS[model]


def synced_fields(model: type[SyncedMixin]) -> tuple[str, ...]:
    """The fields of a syncable model: its columns but the local ones, and its many-to-many links."""
    if model not in _FIELDS:
        columns = [a.key for a in inspect(model).column_attrs if a.key not in LOCAL_COLUMNS]
        _FIELDS[model] = (*columns, *link_fields(model))
    return _FIELDS[model]


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """The syncable records this flush writes, found once: their versions, then the change counter."""
    new = [r for r in session.new if isinstance(r, SyncedMixin)]
    dirty = [
        r
        for r in session.dirty
        if isinstance(r, SyncedMixin) and session.is_modified(r, include_collections=True)
    ]
    if new or dirty:
        _count_changes(session, new, dirty)
        _tick_clock(session, [*new, *dirty])


def _count_changes(session: Session, new: list[SyncedMixin], dirty: list[SyncedMixin]) -> None:
    device = session.info.get(DEVICE_KEY)
    if device is None or session.info.get(KEEP_KEY):
        return
    for record in new:
        stamp(record, device, synced_fields(type(record)))
    for record in dirty:
        state = inspect(record)
        changed = [f for f in synced_fields(type(record)) if state.attrs[f].history.has_changes()]
        if changed:
            stamp(record, device, changed)


class Versioned(Protocol):
    """What `stamp` writes: a record, or a row an import writes in bulk."""

    version_vector: dict[str, int]
    field_versions: dict[str, dict[str, int]]
    conflicts: dict[str, list[dict[str, Any]]]


def stamp(record: Versioned, device: str, changed: Any) -> None:
    """Count one change by `device` and make it the version of the `changed` fields, settling any
    conflict on them (the new version has seen every value that stood)."""
    vector = dict(record.version_vector or {})
    vector[device] = vector.get(device, 0) + 1
    record.version_vector = vector
    record.field_versions = {**(record.field_versions or {}), **{f: vector for f in changed}}
    if record.conflicts:
        record.conflicts = {f: v for f, v in record.conflicts.items() if f not in changed}


def _tick_clock(session: Session, written: list[SyncedMixin]) -> None:
    value = tick_change_clock(session)
    for record in written:
        record.change_seq = value


def tick_change_clock(session: Session) -> int:
    """Move the change counter on by one; its new value, for the records written now."""
    tick = (
        insert(ChangeClock)
        .values(id=_CLOCK_ROW, value=1)
        .on_conflict_do_update(index_elements=[ChangeClock.id], set_={"value": ChangeClock.value + 1})
        .returning(ChangeClock.value)
    )
    return int(session.execute(tick).scalar_one())


def change_clock(session: Session) -> int:
    """The database's change counter now: every record written so far has a `change_seq` at or below it."""
    return session.scalar(select(ChangeClock.value).where(ChangeClock.id == _CLOCK_ROW)) or 0


def install_version_hooks(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", _before_flush)
