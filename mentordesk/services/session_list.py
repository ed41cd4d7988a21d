"""Sessions as lists: whole (calendars, reports) or a window at a time (the Sessions page)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from mentordesk.domain import SessionInfo, Visibility
from mentordesk.listing import SessionQuery, SessionTally
from mentordesk.services import listing
from mentordesk.services.base import Service
from mentordesk.storage.models import ActionItem, MentoringSession

S = MentoringSession

#: What a list shows of a session: its notes are left out (detail() has them).
LIST_COLUMNS = (
    S.id,
    S.starts_at,
    S.duration_minutes,
    S.kind,
    S.title,
    S.visibility,
    S.feedback_rating,
)

#: A session's open action items, as a column of its row.
OPEN_ACTIONS = (
    select(func.count(ActionItem.id))
    .where(ActionItem.session_id == S.id, ActionItem.done.is_(False), ActionItem.deleted.is_(False))
    .scalar_subquery()
)


def open_counts(session: Session, which: ColumnElement[bool]) -> dict[str, int]:
    """Open action items by session id, among the items `which` selects."""
    return dict(
        session.execute(
            select(ActionItem.session_id, func.count())
            .where(which, ActionItem.done.is_(False), ActionItem.deleted.is_(False))
            .group_by(ActionItem.session_id)
        ).all()
    )


def _now(query: SessionQuery) -> dt.datetime:
    return query.now or dt.datetime.now(dt.UTC)


def _base(pairing_id: str, query: SessionQuery) -> list[ColumnElement[bool]]:
    where = [S.pairing_id == pairing_id, S.deleted.is_(False)]
    if query.shared_only:
        where.append(S.visibility == Visibility.SHARED)
    return where


def _where(pairing_id: str, query: SessionQuery) -> list[ColumnElement[bool]]:
    where = _base(pairing_id, query)
    text = query.text.strip()
    if text:
        where.append(S.title.icontains(text, autoescape=True))
    return where


def _keys(query: SessionQuery) -> list[listing.Key]:
    now = _now(query)
    sorts: dict[str, listing.Expression] = {
        "when": S.starts_at,
        "title": S.title.collate("NOCASE"),
        "kind": S.kind,
        "open": OPEN_ACTIONS,
        "status": S.starts_at >= now,
    }
    chosen = sorts.get(query.sort)
    if chosen is not None:
        return listing.ordered([(chosen, query.descending)], S.id)
    # upcoming sessions soonest first, then held ones latest first
    moment = func.julianday(S.starts_at)
    return listing.ordered(
        [(S.starts_at < now, False), (case((S.starts_at >= now, moment), else_=-moment), False)], S.id
    )


#: Rows a window names by id when it counts their open action items; a longer list counts the pairing's.
BY_ID = 500


def infos(session: Session, pairing_id: str, rows: Sequence[Any]) -> list[SessionInfo]:
    """Infos for rows of LIST_COLUMNS with their open action items (one more query)."""
    which: ColumnElement[bool] = ActionItem.pairing_id == pairing_id
    if len(rows) <= BY_ID:
        which = ActionItem.session_id.in_([row.id for row in rows])
    counts = open_counts(session, which)
    return [SessionInfo(**row._asdict(), open_actions=counts.get(row.id, 0)) for row in rows]


class SessionListing(Service):
    """The pairing's sessions as lists. The page reads a window at a time: `count`, `page`, `position`."""

    def list_sessions(self, pairing_id: str, now: dt.datetime | None = None) -> list[SessionInfo]:
        """Every live session: upcoming ones (from `now`) soonest first, then held ones latest first."""
        return self.page(pairing_id, SessionQuery(now=now), 0, -1)

    def page(self, pairing_id: str, query: SessionQuery, offset: int, limit: int) -> list[SessionInfo]:
        """The sessions matching `query`, in its order, from `offset`: at most `limit` (all when < 0)."""
        with self._db.read() as session:
            rows = listing.window(
                session, LIST_COLUMNS, _where(pairing_id, query), _keys(query), offset, limit
            )
            return infos(session, pairing_id, rows)

    def count(self, pairing_id: str, query: SessionQuery) -> int:
        with self._db.read() as session:
            return listing.count(session, S.id, _where(pairing_id, query))

    def position(self, pairing_id: str, query: SessionQuery, session_id: str) -> int | None:
        """Where the session stands in the list `query` makes; None when the query leaves it out."""
        with self._db.read() as session:
            return listing.position(session, S.id, session_id, _where(pairing_id, query), _keys(query))

    def tally(self, pairing_id: str, query: SessionQuery) -> SessionTally:
        """Held and upcoming sessions at `query.now` (shared ones only, when the query says so)."""
        base, now = _base(pairing_id, query), _now(query)
        with self._db.read() as session:
            held = listing.count(session, S.id, [*base, S.starts_at < now])
            upcoming = listing.count(session, S.id, [*base, S.starts_at >= now])
        return SessionTally(held, upcoming)
