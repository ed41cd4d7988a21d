"""The Overview: every pairing of the file at a glance, and the hours a mentor spends in sessions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.domain import CardKind, PairingInfo, Role, SessionKind, Visibility
from mentordesk.listing import DecisionQuery
from mentordesk.overview import MentorWeek, PairingGlance, by_attention, calibration_state
from mentordesk.services.base import Service
from mentordesk.services.decisions import DecisionService
from mentordesk.services.pairings import PairingService
from mentordesk.storage.models import ActionItem, BoardColumn, Card, MentoringSession


def _live(model: Any, pairing_id: str, shared_only: bool) -> list[Any]:
    where = [model.pairing_id == pairing_id, model.deleted.is_(False)]
    if shared_only:
        where.append(model.visibility == Visibility.SHARED)
    return where


class OverviewService(Service):
    def glances(
        self, now: dt.datetime, zone: dt.tzinfo, *, only: str | None = None, shared_only: bool = False
    ) -> list[PairingGlance]:
        """Every pairing's figures at `now` (days counted in `zone`, the user's), most in need of attention
        first (only the pairing with id `only`, if given); counting shared records only, if asked (Review
        mode)."""
        pairings = [p for p in PairingService(self._db).list_pairings() if only is None or p.id == only]
        return by_attention([self._glance(p, now, zone, shared_only) for p in pairings])

    def _glance(
        self, pairing: PairingInfo, now: dt.datetime, zone: dt.tzinfo, shared_only: bool
    ) -> PairingGlance:
        today = now.astimezone(zone).date()
        tally = DecisionService(self._db).tally(
            pairing.id, DecisionQuery(awaiting=pairing.acting_role, due_on=today, shared_only=shared_only)
        )
        sessions = _live(MentoringSession, pairing.id, shared_only)
        calibrations = [*sessions, MentoringSession.kind == SessionKind.CALIBRATION]
        open_columns = select(BoardColumn.id).where(
            BoardColumn.pairing_id == pairing.id, BoardColumn.is_done.is_(False)
        )
        with self._db.read() as session:
            held = _start(session, calibrations, now, after=False)
            planned = _start(session, calibrations, now, after=True)
            held_on = held.astimezone(zone).date() if held else None
            planned_on = planned.astimezone(zone).date() if planned else None
            return PairingGlance(
                pairing=pairing,
                today=today,
                next_session=_start(session, sessions, now, after=True),
                last_session=_start(session, sessions, now, after=False),
                overdue_actions=_count(
                    session,
                    [
                        *_live(ActionItem, pairing.id, shared_only),
                        ActionItem.done.is_(False),
                        ActionItem.due_date < today,
                    ],
                ),
                awaiting_review=tally.awaiting,
                revisits_due=tally.due,
                calibration=calibration_state(pairing.day_number(today), held_on, planned_on),
                calibration_on=held_on or planned_on,
                milestones_late=_count(
                    session,
                    [
                        *_live(Card, pairing.id, shared_only),
                        Card.kind == CardKind.MILESTONE,
                        Card.archived.is_(False),
                        Card.reached_on.is_(None),
                        Card.due_date < today,
                        Card.column_id.in_(open_columns),
                    ],
                ),
            )

    def mentor_weeks(
        self, first_day: dt.date, weeks: int, now: dt.datetime, zone: dt.tzinfo
    ) -> list[MentorWeek]:
        """Minutes of sessions in each of `weeks` weeks, the last one starting on `first_day` (days in
        `zone`, the user's), across the pairings this copy mentors: those held before `now`, and those
        still planned."""
        mentored = [p.id for p in PairingService(self._db).list_pairings() if p.acting_role is Role.MENTOR]
        start = first_day - dt.timedelta(days=7 * (weeks - 1))
        begins = dt.datetime.combine(start, dt.time(), tzinfo=zone)
        ends = dt.datetime.combine(first_day + dt.timedelta(days=7), dt.time(), tzinfo=zone)
        held = [0] * weeks
        planned = [0] * weeks
        with self._db.read() as session:
            rows = session.execute(
                select(MentoringSession.starts_at, MentoringSession.duration_minutes).where(
                    MentoringSession.pairing_id.in_(mentored),
                    MentoringSession.deleted.is_(False),
                    MentoringSession.starts_at >= begins,
                    MentoringSession.starts_at < ends,
                )
            )
            for starts_at, minutes in rows:
                week = (starts_at.astimezone(zone).date() - start).days // 7
                (held if starts_at < now else planned)[week] += minutes
        return [MentorWeek(start + dt.timedelta(days=7 * n), held[n], planned[n]) for n in range(weeks)]


def _start(session: Session, where: list[Any], now: dt.datetime, *, after: bool) -> dt.datetime | None:
    """When the first session meeting `where` at or after `now` starts (`after`), or the last before it."""
    if after:
        query = select(func.min(MentoringSession.starts_at)).where(*where, MentoringSession.starts_at >= now)
    else:
        query = select(func.max(MentoringSession.starts_at)).where(*where, MentoringSession.starts_at < now)
    found: dt.datetime | None = session.scalar(query)
    return found


def _count(session: Session, where: list[Any]) -> int:
    return session.scalar(select(func.count()).where(*where)) or 0
