"""What needs attention before the next session, and a draft agenda assembled from it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from mentordesk import labels, wording
from mentordesk.domain import AgendaPoint, CardInfo, PairingInfo, adr_number
from mentordesk.services.base import Service
from mentordesk.services.decisions import DecisionService
from mentordesk.services.plans import PlanService
from mentordesk.services.sessions import SessionService
from mentordesk.storage.models import BoardColumn, Card
from mentordesk.wording import translate


def next_slot(pairing: PairingInfo, last: dt.datetime | None, now: dt.datetime) -> dt.datetime:
    """When the next session falls by the pairing's cadence: one interval after the last held session,
    at the same time of day, and never in the past (then: the next day at that time)."""
    if last is None:
        return (now + dt.timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
    slot = last + dt.timedelta(days=pairing.cadence.interval_days)
    while slot <= now:
        slot += dt.timedelta(days=1)
    return slot


#: The most cards of each kind (overdue, changed) that Prepare lists, and that a draft agenda names.
ATTENTION_LIMIT = 50
AGENDA_CARDS = 10


class PrepareService(Service):
    def last_session_start(self, pairing_id: str, now: dt.datetime) -> dt.datetime | None:
        return SessionService(self._db).last_start(pairing_id, now)

    def cards_changed_since(self, pairing_id: str, since: dt.datetime, limit: int | None = None) -> list[str]:
        """Ids of plan cards (outside Done) edited or moved after `since`, most recent first (the first
        `limit` of them)."""
        with self._db.read() as session:
            rows = session.scalars(
                select(Card.id)
                .join(BoardColumn, BoardColumn.id == Card.column_id)
                .where(
                    Card.pairing_id == pairing_id,
                    Card.deleted.is_(False),
                    Card.archived.is_(False),
                    BoardColumn.is_done.is_(False),
                    Card.updated_at > since,
                )
                .order_by(Card.updated_at.desc())
                .limit(limit)
            )
            return list(rows)

    def add_to_next_session(self, pairing: PairingInfo, points: list[AgendaPoint], now: dt.datetime) -> str:
        """Put the points on the agenda of the next planned session, creating it by the cadence if there is
        none; points already on that agenda are not added twice. Each point keeps its visibility, so one
        drafted from a private card stays on this machine. Returns the session's id."""
        sessions = SessionService(self._db)
        upcoming = [s for s in sessions.list_sessions(pairing.id, now) if s.starts_at >= now]
        if not upcoming:
            slot = next_slot(pairing, self.last_session_start(pairing.id, now), now)
            return sessions.create_session(pairing.id, slot, agenda=points, added_by=pairing.acting_role)
        session_id = upcoming[0].id
        present = {a.text for a in sessions.detail(session_id).agenda}
        for point in points:
            if point.text not in present:
                sessions.add_agenda_item(
                    session_id, point.text, added_by=pairing.acting_role, visibility=point.visibility
                )
        return session_id

    def draft_agenda(self, pairing: PairingInfo, now: dt.datetime) -> list[AgendaPoint]:
        """Talking points for the next session, each as hidden as the record it names. Open action items
        are not listed: creating the session carries them forward by itself; overdue ones are called out
        here."""
        today = now.date()
        decisions = DecisionService(self._db)
        points = [
            AgendaPoint(
                translate("PrepareService", "Overdue: {text} ({owner}, due {day})").format(
                    text=a.text, owner=labels.word(a.owner), day=wording.day_month(a.due_date)
                ),
                a.visibility,
            )
            for a in SessionService(self._db).open_actions(pairing.id)
            if a.is_overdue(today) and a.due_date is not None
        ]
        reviewer = pairing.acting_role
        points += [
            AgendaPoint(
                translate("PrepareService", "Review {adr_number} {title}").format(
                    adr_number=adr_number(d.number), title=d.title
                ),
                d.visibility,
            )
            for d in decisions.awaiting_review_by(pairing.id, reviewer)
        ]
        points += [
            AgendaPoint(
                translate("PrepareService", "Revisit {adr_number} {title}: how did it turn out?").format(
                    adr_number=adr_number(d.number), title=d.title
                ),
                d.visibility,
            )
            for d in decisions.revisit_due(pairing.id, today)
        ]
        overdue, changed = self.cards_needing_attention(pairing.id, now, AGENDA_CARDS)
        points += [
            AgendaPoint(
                translate("PrepareService", "Plan: “{title}” is overdue").format(title=c.title), c.visibility
            )
            for c in overdue
        ]
        points += [
            AgendaPoint(
                translate("PrepareService", "Plan: “{title}” changed since the last session").format(
                    title=c.title
                ),
                c.visibility,
            )
            for c in changed
        ]
        return points

    def cards_needing_attention(
        self, pairing_id: str, now: dt.datetime, limit: int = ATTENTION_LIMIT
    ) -> tuple[list[CardInfo], list[CardInfo]]:
        """Overdue cards outside Done (board order), and the other cards changed since the last held session
        (most recent first; none before the first session); at most `limit` of each: a list to prepare a
        session from, not every card a large import touched."""
        plans = PlanService(self._db)
        overdue = plans.overdue_cards(pairing_id, now.date(), limit)
        since = self.last_session_start(pairing_id, now)
        late = {c.id for c in overdue}
        changed_ids = [] if since is None else self.cards_changed_since(pairing_id, since, limit + len(late))
        wanted = [i for i in changed_ids if i not in late][:limit]
        by_id = {c.id: c for c in plans.cards_by_id(wanted)}
        return overdue, [by_id[i] for i in wanted if i in by_id]
