"""Fields that the two copies edited at the same time, and the user's choice between their values.

A conflict is kept on the record (`conflicts`) with every value still standing. Choosing one writes it
as a new local version that has seen all of them, so the next export settles it on the partner's copy
too, and the record's conflict is gone everywhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, cast
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mentordesk.domain import Visibility
from mentordesk.storage import Database
from mentordesk.storage.base import SyncedMixin
from mentordesk.storage.versions import DEVICE_KEY, KEEP_KEY, link_fields, stamp
from mentordesk.sync.fields import from_wire, linked, read_field, write_field
from mentordesk.sync.merge import Version, in_conflict
from mentordesk.sync.records import field_version, kinds, owned_by, title_of
from mentordesk.wording import translate

KIND_LABELS = {
    "mentoring_session": "Session",
    "archeology_event": "Timeline event",
    "board_column": "Board column",
    "review_comment": "Review comment",
    "decision_revision": "Decision revision",
    "decision_addendum": "Decision addendum",
    "event_link": "Cause link",
    "session_note": "Session note",
}


@dataclass(frozen=True)
class ConflictValue:
    text: str  # the value as the user reads it
    author: str  # the copy whose edit it is: "you" or the partner's name
    mine: bool


@dataclass(frozen=True)
class ConflictInfo:
    kind: str
    record_id: str
    kind_label: str
    title: str
    field: str
    field_label: str
    values: tuple[ConflictValue, ...]  # the one shown now first
    visibility: Visibility
    updated_at: dt.datetime


class ConflictService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def conflicts(self, pairing_id: str, names: Mapping[str, str] | None = None) -> list[ConflictInfo]:
        """Every field in conflict in the pairing's live records (or on whether a record is deleted);
        `names` names the partners' devices (device id → name) as authors of their values."""
        found: list[ConflictInfo] = []
        with self._db.read() as session:
            for record in owned_by(session, pairing_id, lambda m: cast(m.conflicts, String) != "{}"):
                for field in sorted(record.conflicts):
                    if record.deleted and field != "deleted":
                        continue
                    values = self._values(session, record, field, names or {})
                    if len({v.text for v in values}) > 1:
                        found.append(self._info(record, field, values))
        return sorted(found, key=lambda c: (c.updated_at, c.kind, c.record_id, c.field), reverse=True)

    def resolve(self, kind: str, record_id: str, field: str, choice: int) -> None:
        """Keep value number `choice` (as `conflicts` lists them) and settle the conflict."""
        model = kinds().get(kind)
        if model is None:
            raise ValueError(translate("ConflictService", "There are no {kind} records.").format(kind=kind))
        try:
            self._resolve(model, record_id, field, choice)
        except IntegrityError:
            raise ValueError(
                translate(
                    "ConflictService",
                    "That value is already taken by another record (for instance a decision number); "
                    "keep the other value, or change the other record first.",
                )
            ) from None

    def _resolve(self, model: type[SyncedMixin], record_id: str, field: str, choice: int) -> None:
        with self._db.write() as session:
            record = session.get(model, record_id)
            if record is None or field not in (record.conflicts or {}):
                raise ValueError(translate("ConflictService", "That conflict is already settled."))
            versions = _versions(record, field)
            if not 0 <= choice < len(versions):
                raise ValueError(translate("ConflictService", "There is no such value to keep."))
            write_field(session, record, field, from_wire(model, field, versions[choice].value))
            stamp(record, session.info[DEVICE_KEY], [field])
            session.info[KEEP_KEY] = True  # stamped here: the flush must not count the change twice

    def _values(
        self, session: Session, record: SyncedMixin, field: str, names: Mapping[str, str]
    ) -> tuple[ConflictValue, ...]:
        device = self._db.install_id
        out = []
        every = _versions(record, field)
        is_link = field in link_fields(type(record))
        for version in every:
            author = _author(version, every)
            mine = author == device
            name = "you" if mine else names.get(author or "", "your partner")
            value = version.value
            if is_link and isinstance(value, list):
                value = [title_of(r) for r in linked(session, record, field, value)]  # names, not ids
            out.append(ConflictValue(_text(value, field), name, mine))
        return tuple(out)

    def _info(self, record: SyncedMixin, field: str, values: tuple[ConflictValue, ...]) -> ConflictInfo:
        kind = type(record).__tablename__  # type: ignore[attr-defined]
        return ConflictInfo(
            kind=kind,
            record_id=record.id,
            kind_label=KIND_LABELS.get(kind, kind.replace("_", " ").capitalize()),
            title=title_of(record),
            field=field,
            field_label=_field_label(field),
            values=values,
            visibility=record.visibility,
            updated_at=record.updated_at,
        )


def _versions(record: SyncedMixin, field: str) -> list[Version]:
    """The field's standing values: the one shown now, then the others in their stored order."""
    current = Version.of(read_field(record, field), field_version(record, field))
    others = [Version.of(o["value"], o["version"]) for o in (record.conflicts or {}).get(field, [])]
    return [current, *others] if in_conflict(frozenset([current, *others])) else [current]


def _author(version: Version, every: list[Version]) -> str | None:
    """The device that made this version: the one it counts further than every other version does."""
    seen = version.seen
    for device, count in sorted(seen.items(), key=lambda item: -item[1]):
        if all(other.seen.get(device, 0) < count for other in every if other != version):
            return device
    return None


def _field_label(field: str) -> str:
    return field.removesuffix("_id").replace("_", " ").capitalize()


def _text(value: Any, field: str) -> str:
    if field == "deleted":
        return "Deleted" if value else "Kept"
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    return str(value)
