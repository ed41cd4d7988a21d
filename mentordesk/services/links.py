"""Links between records of different areas: cards, decisions, sessions and archeology events."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from mentordesk import wording
from mentordesk.domain import LinkInfo, RecordKind, adr_number, format_fuzzy_date
from mentordesk.services.base import Service, get_live, live
from mentordesk.storage.models import ArcheologyEvent, Card, Decision, Link, MentoringSession
from mentordesk.wording import translate

Linkable = Card | Decision | MentoringSession | ArcheologyEvent

_MODELS: dict[RecordKind, type[Linkable]] = {
    RecordKind.CARD: Card,
    RecordKind.DECISION: Decision,
    RecordKind.SESSION: MentoringSession,
    RecordKind.EVENT: ArcheologyEvent,
}

#: The kinds a link can join, in the order candidates are offered.
LINKABLE_KINDS = (RecordKind.DECISION, RecordKind.SESSION, RecordKind.CARD, RecordKind.EVENT)


def title_of(record: Linkable) -> str:
    """How a linked record is named in a list: decisions by number, sessions and events with their date."""
    kind = next(kind for kind, model in _MODELS.items() if isinstance(record, model))
    return _named(kind, record.title, *(getattr(record, column.key) for column in _NAMED_BY[kind]))


def _named(kind: RecordKind, title: str, *dated: Any) -> str:
    """`title_of` from the title and the `_NAMED_BY` columns of a record of `kind`."""
    if kind is RecordKind.DECISION:
        return f"{adr_number(dated[0])} {title}"
    if kind is RecordKind.SESSION:
        return f"{title} ({wording.day(dated[0].astimezone().date())})"
    if kind is RecordKind.EVENT:
        return f"{title} ({format_fuzzy_date(dated[0], dated[1])})"
    return title


#: Newest first for dated records, alphabetical for cards.
_ORDER: dict[RecordKind, Any] = {
    RecordKind.DECISION: Decision.number.desc(),
    RecordKind.SESSION: MentoringSession.starts_at.desc(),
    RecordKind.EVENT: ArcheologyEvent.occurred_on.desc(),
    RecordKind.CARD: Card.title,
}


#: The columns besides its title that `title_of` names a record of each kind by.
_NAMED_BY: dict[RecordKind, tuple[Any, ...]] = {
    RecordKind.DECISION: (Decision.number,),
    RecordKind.SESSION: (MentoringSession.starts_at,),
    RecordKind.EVENT: (ArcheologyEvent.occurred_on, ArcheologyEvent.precision),
    RecordKind.CARD: (),
}


#: The most records of one kind a link picker offers at a time.
CANDIDATE_LIMIT = 25


def _matching(kind: RecordKind, words: str) -> ColumnElement[bool]:
    """Titles holding `words` (any case; % and _ are taken as they are); a decision also by number."""
    model = _MODELS[kind]
    condition: ColumnElement[bool] = model.title.icontains(words, autoescape=True)
    digits = words.upper().removeprefix("ADR").strip(" -")
    if kind is RecordKind.DECISION and digits.isdigit():
        condition = condition | (Decision.number == int(digits))
    return condition


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
                other = self._live_record(session, other_kind, other_id)
                if other is not None:
                    found.append(LinkInfo(other_kind, other_id, title_of(other), link.id, other.visibility))
            return sorted(found, key=lambda info: (LINKABLE_KINDS.index(info.kind), info.title))

    def candidates(
        self,
        pairing_id: str,
        kinds: Iterable[RecordKind] = (RecordKind.DECISION, RecordKind.SESSION),
        text: str = "",
        *,
        exclude: Collection[str] = (),
        limit: int = CANDIDATE_LIMIT,
    ) -> list[LinkInfo]:
        """Records of these kinds that something can link to, kind by kind, newest first: those whose
        title holds `text` (a decision also by its number), at most `limit` of each kind, leaving out
        the ids in `exclude`. A picker asks again as the user types, never for every record."""
        wanted = set(kinds)
        words = " ".join(text.split())
        found: list[LinkInfo] = []
        with self._db.read() as session:
            for kind in LINKABLE_KINDS:
                if kind not in wanted:
                    continue
                model = _MODELS[kind]
                query = select(model.id, model.visibility, model.title, *_NAMED_BY[kind])
                query = query.where(model.pairing_id == pairing_id, model.deleted.is_(False))
                if exclude:
                    query = query.where(model.id.not_in(list(exclude)))
                if words:
                    query = query.where(_matching(kind, words))
                query = query.order_by(_ORDER[kind]).limit(limit)
                found.extend(
                    LinkInfo(kind, record_id, _named(kind, *named), visibility=visibility)
                    for record_id, visibility, *named in session.execute(query)
                )
        return found

    def add_link(self, source: RecordKind, source_id: str, target: RecordKind, target_id: str) -> str:
        """Link two records of one pairing; linking a pair that is already linked (either way) is a no-op."""
        if source_id == target_id:
            raise ValueError(translate("LinkService", "A record cannot be linked to itself."))
        with self._db.write() as session:
            origin = get_live(session, _MODELS[source], source_id)
            other = get_live(session, _MODELS[target], target_id)
            if other.pairing_id != origin.pairing_id:
                raise ValueError(translate("LinkService", "Only records of the same pairing can be linked."))
            existing = session.scalar(
                select(Link.id).where(
                    or_(
                        (Link.source_id == source_id) & (Link.target_id == target_id),
                        (Link.source_id == target_id) & (Link.target_id == source_id),
                    ),
                    Link.deleted.is_(False),
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

    @staticmethod
    def _live_record(session: Session, kind: RecordKind, record_id: str) -> Linkable | None:
        model = _MODELS.get(kind)
        if model is None:
            return None
        record = session.get(model, record_id)
        if isinstance(record, Card | Decision | MentoringSession | ArcheologyEvent) and not record.deleted:
            return record
        return None
