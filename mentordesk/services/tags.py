"""Tags on any record: helpers used inside a service's own transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from mentordesk.services.base import names_by_owner
from mentordesk.storage.base import stable_id
from mentordesk.storage.models import Tag, Tagging


def set_tags(session: Session, pairing_id: str, kind: str, record_id: str, tag_names: Sequence[str]) -> None:
    """Make the record's tags exactly `tag_names`, creating tags the pairing does not have yet."""
    wanted = {name.strip() for name in tag_names if name.strip()}
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.pairing_id == pairing_id))}
    every = {
        tagging.tag.name: tagging
        for tagging in session.scalars(
            select(Tagging).where(Tagging.record_kind == kind, Tagging.record_id == record_id)
        )
    }
    # a removed tag is a tombstone (so the removal travels to the partner) and comes back to life if
    # the tag is put on again
    for name, tagging in every.items():
        if tagging.deleted != (name not in wanted):
            tagging.deleted = name not in wanted
    for name in sorted(wanted - every.keys()):
        tag = existing.get(name)
        if tag is None:
            tag = Tag(id=stable_id(session, Tag, "tag", pairing_id, name), pairing_id=pairing_id, name=name)
            session.add(tag)
            session.flush()
        tagging_id = stable_id(session, Tagging, "tagging", tag.id, kind, record_id)
        session.add(
            Tagging(
                id=tagging_id, pairing_id=pairing_id, tag_id=tag.id, record_kind=kind, record_id=record_id
            )
        )


def tags_of_record(session: Session, kind: str, record_id: str) -> tuple[str, ...]:
    return _tags(session, (Tagging.record_kind == kind) & (Tagging.record_id == record_id)).get(record_id, ())


def tags_of_records(session: Session, kind: str, ids: Select[Any]) -> dict[str, tuple[str, ...]]:
    """Tags of the records of one kind whose ids `ids` selects, by record id (one query)."""
    return _tags(session, (Tagging.record_kind == kind) & Tagging.record_id.in_(ids))


def tags_of_pairing(session: Session, kind: str, pairing_id: str) -> dict[str, tuple[str, ...]]:
    """Tags of every record of one kind in a pairing, by record id."""
    return _tags(session, (Tagging.record_kind == kind) & (Tagging.pairing_id == pairing_id))


def _tags(session: Session, condition: ColumnElement[bool]) -> dict[str, tuple[str, ...]]:
    query = (
        select(Tagging.record_id, Tag.name)
        .join(Tag, Tag.id == Tagging.tag_id)
        .where(condition, Tagging.deleted.is_(False))
    )
    return names_by_owner(session, query)
