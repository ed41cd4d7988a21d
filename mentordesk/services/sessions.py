"""Mentoring sessions: listing, details, open action items, and recording what happened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from mentordesk import labels
from mentordesk.domain import (
    ActionItemInfo,
    AgendaItemInfo,
    AgendaPoint,
    Role,
    SessionDetail,
    SessionInfo,
    SessionKind,
    SessionsAround,
    SessionTemplateInfo,
    Visibility,
    strictest,
)
from mentordesk.services.base import get_live
from mentordesk.services.session_list import LIST_COLUMNS, SessionListing, open_counts
from mentordesk.storage.models import ActionItem, AgendaItem, MentoringSession, SessionNote
from mentordesk.wording import translate


def _session(record: MentoringSession, open_actions: int = 0) -> SessionInfo:
    return SessionInfo(
        id=record.id,
        starts_at=record.starts_at,
        duration_minutes=record.duration_minutes,
        kind=record.kind,
        title=record.title,
        visibility=record.visibility,
        open_actions=open_actions,
        notes=record.notes,
        feedback_rating=record.feedback_rating,
    )


def _action(
    item: ActionItem, session_visibility: Visibility, recorded_at: dt.datetime | None = None
) -> ActionItemInfo:
    """The action item as shown: as hidden as its session, whatever its own visibility says."""
    return ActionItemInfo(
        id=item.id,
        session_id=item.session_id,
        text=item.text,
        owner=item.owner,
        due_date=item.due_date,
        done=item.done,
        visibility=strictest(item.visibility, session_visibility),
        recorded_at=recorded_at,
    )


def carried_text(action: ActionItemInfo) -> str:
    """How an agenda point that carries an open action item forward reads."""
    return translate("sessions", "Open action: {text} ({owner})").format(
        text=action.text, owner=labels.word(action.owner)
    )


def _agenda_item(item: AgendaItem, record: MentoringSession, session: Session) -> AgendaItemInfo | None:
    """An agenda point as shown. One that carries an action item forward holds no text of its own: it
    shows the action's current text, and is as hidden as that action (None once the action is gone)."""
    visibility = strictest(item.visibility, record.visibility)
    text = item.text
    if item.carried_from_id is not None:
        source = session.get(ActionItem, item.carried_from_id)
        if source is None or source.deleted:
            return None
        action = _action(source, source.session.visibility)
        text, visibility = carried_text(action), strictest(visibility, action.visibility)
    return AgendaItemInfo(
        id=item.id,
        text=text,
        added_by=item.added_by,
        discussed=item.discussed,
        visibility=visibility,
        carried_from=item.carried_from_id,
    )


def _actions_with_sessions(pairing_id: str) -> Select[ActionItem, Visibility]:
    return (
        select(ActionItem, MentoringSession.visibility)
        .join(MentoringSession, MentoringSession.id == ActionItem.session_id)
        .where(ActionItem.pairing_id == pairing_id, ActionItem.deleted.is_(False))
    )


def _append_agenda(
    record: MentoringSession, text: str, added_by: Role, visibility: Visibility = Visibility.SHARED
) -> AgendaItem:
    item = AgendaItem(
        pairing_id=record.pairing_id,
        session_id=record.id,
        text=text,
        added_by=added_by,
        position=float(len(record.agenda) + 1),
        visibility=visibility,
    )
    record.agenda.append(item)
    return item


#: At most this many open items of earlier sessions are listed under a session (the oldest are left
#: out: a pairing that kept hundreds open reviews them on the Prepare page, not in one session).
CARRIED_LIMIT = 50


def _open_before(pairing_id: str, starts_at: dt.datetime) -> Select[ActionItem, MentoringSession]:
    """Open action items of the pairing's sessions that began before `starts_at`, nearest due first."""
    return (
        select(ActionItem, MentoringSession)
        .join(MentoringSession, MentoringSession.id == ActionItem.session_id)
        .where(
            ActionItem.pairing_id == pairing_id,
            ActionItem.deleted.is_(False),
            ActionItem.done.is_(False),
            MentoringSession.deleted.is_(False),
            MentoringSession.starts_at < starts_at,
        )
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.created_at)
    )


def _open_actions_before(session: Session, pairing_id: str, starts_at: dt.datetime) -> list[ActionItem]:
    return list(session.scalars(_open_before(pairing_id, starts_at)))


def _carried(session: Session, record: MentoringSession) -> tuple[ActionItemInfo, ...]:
    rows = session.execute(_open_before(record.pairing_id, record.starts_at).limit(CARRIED_LIMIT))
    return tuple(_action(action, source.visibility, source.starts_at) for action, source in rows)


class SessionService(SessionListing):
    def around(self, pairing_id: str, now: dt.datetime, *, shared_only: bool = False) -> SessionsAround:
        """The next session from `now` and the last one before it (shared ones only, when asked: Review
        mode hides the others), each found by one indexed query however many sessions there are."""
        S = MentoringSession
        where = [S.pairing_id == pairing_id, S.deleted.is_(False)]
        if shared_only:
            where.append(S.visibility == Visibility.SHARED)
        columns = select(*LIST_COLUMNS)
        with self._db.read() as session:
            rows = [
                session.execute(
                    columns.where(*where, S.starts_at >= now).order_by(S.starts_at).limit(1)
                ).first(),
                session.execute(
                    columns.where(*where, S.starts_at < now).order_by(S.starts_at.desc()).limit(1)
                ).first(),
            ]
            ids = [row.id for row in rows if row is not None]
            counts = open_counts(session, ActionItem.session_id.in_(ids))
        upcoming, last = (
            None if row is None else SessionInfo(**row._asdict(), open_actions=counts.get(row.id, 0))
            for row in rows
        )
        return SessionsAround(next=upcoming, last=last)

    def last_start(self, pairing_id: str, now: dt.datetime) -> dt.datetime | None:
        """When the last session before `now` began, whatever its visibility."""
        S = MentoringSession
        with self._db.read() as session:
            latest: dt.datetime | None = session.scalar(
                select(func.max(S.starts_at)).where(
                    S.pairing_id == pairing_id, S.deleted.is_(False), S.starts_at < now
                )
            )
        return latest

    def detail(self, session_id: str) -> SessionDetail:
        with self._db.read() as session:
            record = get_live(session, MentoringSession, session_id)
            agenda = (_agenda_item(a, record, session) for a in record.agenda if not a.deleted)
            return SessionDetail(
                session=_session(record, sum(1 for a in record.actions if not a.done and not a.deleted)),
                agenda=tuple(a for a in agenda if a is not None),
                actions=tuple(_action(a, record.visibility) for a in record.actions if not a.deleted),
                private_notes=tuple(n.body for n in record.private_notes if not n.deleted),
                feedback_comment=record.feedback_comment,
                carried=_carried(session, record),
            )

    def open_actions(self, pairing_id: str) -> list[ActionItemInfo]:
        """Open action items of the pairing, those with the nearest due date first."""
        with self._db.read() as session:
            rows = session.execute(
                _actions_with_sessions(pairing_id)
                .where(ActionItem.done.is_(False))
                .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.created_at)
            )
            return [_action(action, visibility) for action, visibility in rows]

    def all_actions(self, pairing_id: str) -> list[ActionItemInfo]:
        with self._db.read() as session:
            rows = session.execute(_actions_with_sessions(pairing_id).order_by(ActionItem.created_at))
            return [_action(action, visibility) for action, visibility in rows]

    def add_session(
        self,
        pairing_id: str,
        starts_at: dt.datetime,
        *,
        kind: SessionKind = SessionKind.ONE_ON_ONE,
        title: str = "",
        duration_minutes: int = 60,
        notes: str = "",
        visibility: Visibility = Visibility.SHARED,
        template: str | None = None,
        feedback_rating: int | None = None,
        feedback_comment: str = "",
    ) -> str:
        if feedback_rating is not None and not 1 <= feedback_rating <= 5:
            raise ValueError(translate("SessionService", "Feedback ratings go from 1 to 5."))
        with self._db.write() as session:
            record = MentoringSession(
                pairing_id=pairing_id,
                starts_at=starts_at,
                kind=kind,
                title=title or kind.label,
                duration_minutes=duration_minutes,
                notes=notes,
                visibility=visibility,
                template=template,
                feedback_rating=feedback_rating,
                feedback_comment=feedback_comment,
            )
            session.add(record)
            session.flush()
            return record.id

    def add_agenda_item(
        self,
        session_id: str,
        text: str,
        *,
        added_by: Role = Role.MENTOR,
        discussed: bool = False,
        visibility: Visibility = Visibility.SHARED,
    ) -> str:
        with self._db.write() as session:
            record = get_live(session, MentoringSession, session_id)
            item = AgendaItem(
                pairing_id=record.pairing_id,
                session_id=session_id,
                text=text,
                added_by=added_by,
                discussed=discussed,
                position=float(len(record.agenda) + 1),
                visibility=visibility,
            )
            session.add(item)
            session.flush()
            return item.id

    def add_action(
        self,
        session_id: str,
        text: str,
        *,
        owner: Role = Role.MENTEE,
        due_date: dt.date | None = None,
        done: bool = False,
        visibility: Visibility = Visibility.SHARED,
    ) -> str:
        with self._db.write() as session:
            record = get_live(session, MentoringSession, session_id)
            item = ActionItem(
                pairing_id=record.pairing_id,
                session_id=session_id,
                text=text,
                owner=owner,
                due_date=due_date,
                done=done,
                done_on=dt.date.today() if done else None,
                visibility=visibility,
            )
            session.add(item)
            session.flush()
            return item.id

    def add_private_note(self, session_id: str, body: str) -> str:
        """A note for this machine only: it is never exported and never shown in Review mode."""
        with self._db.write() as session:
            record = get_live(session, MentoringSession, session_id)
            note = SessionNote(
                pairing_id=record.pairing_id, session_id=session_id, body=body, visibility=Visibility.PRIVATE
            )
            session.add(note)
            session.flush()
            return note.id

    def create_session(
        self,
        pairing_id: str,
        starts_at: dt.datetime,
        *,
        template: SessionTemplateInfo | None = None,
        kind: SessionKind | None = None,
        title: str = "",
        agenda: Sequence[AgendaPoint] = (),
        added_by: Role = Role.MENTOR,
        duration_minutes: int = 60,
    ) -> str:
        """A new session: the template's agenda and notes, then `agenda` (each point as hidden as the
        records it was drafted from), then every open action item of earlier sessions, carried forward by
        reference until it is done: the new agenda never holds a copy of the action's text."""
        chosen = kind or (template.kind if template else SessionKind.ONE_ON_ONE)
        with self._db.write() as session:
            record = MentoringSession(
                pairing_id=pairing_id,
                starts_at=starts_at,
                kind=chosen,
                title=title.strip() or chosen.label,
                duration_minutes=duration_minutes,
                notes=template.notes if template else "",
                template=template.name if template else None,
            )
            session.add(record)
            session.flush()
            for text in template.agenda if template else ():
                _append_agenda(record, text, added_by)
            for point in agenda:
                _append_agenda(record, point.text, added_by, point.visibility)
            for action in _open_actions_before(session, pairing_id, starts_at):
                item = _append_agenda(record, "", action.owner)
                item.carried_from_id = action.id
            return record.id
