"""Tags on any record: helpers used inside a service's own transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.storage.models import Tag, Tagging


def set_tags(session: Session, pairing_id: str, kind: str, record_id: str, tag_names: Sequence[str]) -> None:
    """Make the record's tags exactly `tag_names`, creating tags the pairing does not have yet."""
    wanted = {name.strip() for name in tag_names if name.strip()}
    existing = {t.name: t for t in session.scalars(select(Tag).where(Tag.pairing_id == pairing_id))}
    current = {
        tagging.tag.name: tagging
        for tagging in session.scalars(
            select(Tagging).where(Tagging.record_kind == kind, Tagging.record_id == record_id)
        )
    }
    for name, tagging in current.items():
        if name not in wanted:
            session.delete(tagging)
    for name in sorted(wanted - current.keys()):
        tag = existing.get(name)
        if tag is None:
            tag = Tag(pairing_id=pairing_id, name=name)
            session.add(tag)
            session.flush()
        session.add(Tagging(pairing_id=pairing_id, tag_id=tag.id, record_kind=kind, record_id=record_id))


def tags_for(session: Session, kind: str, record_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
    ids = list(record_ids)
    found: dict[str, list[str]] = defaultdict(list)
    if not ids:
        return {}
    rows = session.execute(
        select(Tagging.record_id, Tag.name)
        .join(Tag, Tag.id == Tagging.tag_id)
        .where(Tagging.record_kind == kind, Tagging.record_id.in_(ids), Tagging.deleted.is_(False))
    )
    for record_id, name in rows:
        found[record_id].append(name)
    return {record_id: tuple(sorted(tag_names)) for record_id, tag_names in found.items()}
