"""Links between records of different areas (a card to the decisions and sessions it concerns)."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mentordesk.domain import LinkInfo, RecordKind, adr_number
from mentordesk.services.base import Service, get_live, live
from mentordesk.storage.models import Card, Decision, Link, MentoringSession

_MODELS: dict[RecordKind, type[Card] | type[Decision] | type[MentoringSession]] = {
    RecordKind.CARD: Card,
    RecordKind.DECISION: Decision,
    RecordKind.SESSION: MentoringSession,
}


def _title(session: Session, kind: RecordKind, record_id: str) -> str | None:
    record = session.get(_MODELS[kind], record_id)
    if isinstance(record, Decision) and not record.deleted:
        return f"{adr_number(record.number)} {record.title}"
    if isinstance(record, MentoringSession) and not record.deleted:
        return f"{record.title} ({record.starts_at.astimezone():%-d %b %Y})"
    if isinstance(record, Card) and not record.deleted:
        return record.title
    return None


class LinkService(Service):
    def links_of(self, kind: RecordKind, record_id: str) -> list[LinkInfo]:
        """Records linked to this one, whichever side the link was made from, by kind then title."""
        with self._db.read() as session:
            rows = session.scalars(
                live(Link).where(
                    or_(
                        (Link.source_kind == kind.value) & (Link.source_id == record_id),
                        (Link.target_kind == kind.value) & (Link.target_id == record_id),
                    )
                )
            )
            found = []
            for link in rows:
                mine = link.source_kind == kind.value and link.source_id == record_id
                other_kind = RecordKind(link.target_kind if mine else link.source_kind)
                other_id = link.target_id if mine else link.source_id
                title = _title(session, other_kind, other_id)
                if title is not None:
                    found.append(LinkInfo(other_kind, other_id, title, link.id))
            return sorted(found, key=lambda info: (info.kind.value, info.title))

    def candidates(self, pairing_id: str) -> list[LinkInfo]:
        """The pairing's decisions (newest first) and sessions (latest first), which a card can link to."""
        with self._db.read() as session:
            decisions = session.scalars(
                live(Decision).where(Decision.pairing_id == pairing_id).order_by(Decision.number.desc())
            )
            sessions = session.scalars(
                live(MentoringSession)
                .where(MentoringSession.pairing_id == pairing_id)
                .order_by(MentoringSession.starts_at.desc())
            )
            return [
                *(
                    LinkInfo(RecordKind.DECISION, d.id, f"{adr_number(d.number)} {d.title}")
                    for d in decisions
                ),
                *(
                    LinkInfo(RecordKind.SESSION, s.id, f"{s.title} ({s.starts_at.astimezone():%-d %b %Y})")
                    for s in sessions
                ),
            ]

    def add_link(self, source: RecordKind, source_id: str, target: RecordKind, target_id: str) -> str:
        with self._db.write() as session:
            origin = get_live(session, _MODELS[source], source_id)
            get_live(session, _MODELS[target], target_id)
            existing = session.scalar(
                select(Link.id).where(
                    Link.source_id == source_id, Link.target_id == target_id, Link.deleted.is_(False)
                )
            )
            if existing is not None:
                return existing
            link = Link(
                pairing_id=origin.pairing_id,
                source_kind=source.value,
                source_id=source_id,
                target_kind=target.value,
                target_id=target_id,
            )
            session.add(link)
            session.flush()
            return link.id

    def remove_link(self, link_id: str) -> None:
        with self._db.write() as session:
            get_live(session, Link, link_id).deleted = True
