"""Changing a session after it was created: what the session editor saves, one short write each."""

from __future__ import annotations

import datetime as dt

from mentordesk.domain import Role, SessionKind, Visibility
from mentordesk.services.base import Service, get_live
from mentordesk.services.board import required_text
from mentordesk.storage.models import ActionItem, AgendaItem, MentoringSession, SessionNote
from mentordesk.wording import translate


class SessionEditService(Service):
    def update_session(
        self,
        session_id: str,
        *,
        starts_at: dt.datetime,
        duration_minutes: int,
        kind: SessionKind,
        title: str,
        visibility: Visibility,
    ) -> None:
        if not 5 <= duration_minutes <= 12 * 60:
            raise ValueError(
                translate("SessionEditService", "A session lasts between 5 minutes and 12 hours.")
            )
        with self._db.write() as session:
            record = get_live(session, MentoringSession, session_id)
            record.starts_at, record.duration_minutes, record.kind = starts_at, duration_minutes, kind
            record.title = title.strip() or kind.label
            record.visibility = visibility

    def set_notes(self, session_id: str, notes: str) -> None:
        with self._db.write() as session:
            record = get_live(session, MentoringSession, session_id)
            if record.notes != notes:
                record.notes = notes

    def set_private_notes(self, session_id: str, body: str) -> None:
        """My private notes on the session: one private record, tombstoned when emptied."""
        with self._db.write() as session:
            record = get_live(session, MentoringSession, session_id)
            notes = [n for n in record.private_notes if not n.deleted]
            if notes:
                if notes[0].body != body:
                    notes[0].body = body
                    notes[0].deleted = not body.strip()
            elif body.strip():
                record.private_notes.append(
                    SessionNote(
                        pairing_id=record.pairing_id,
                        session_id=record.id,
                        body=body,
                        visibility=Visibility.PRIVATE,
                    )
                )

    def set_feedback(self, session_id: str, rating: int | None, comment: str) -> None:
        if rating is not None and not 1 <= rating <= 5:
            raise ValueError(translate("SessionEditService", "Feedback ratings go from 1 to 5."))
        with self._db.write() as session:
            record = get_live(session, MentoringSession, session_id)
            record.feedback_rating, record.feedback_comment = rating, comment

    def set_discussed(self, agenda_item_id: str, discussed: bool) -> None:
        with self._db.write() as session:
            get_live(session, AgendaItem, agenda_item_id).discussed = discussed

    def delete_agenda_item(self, agenda_item_id: str) -> None:
        with self._db.write() as session:
            get_live(session, AgendaItem, agenda_item_id).deleted = True

    def update_action(
        self, action_id: str, *, text: str, owner: Role, due_date: dt.date | None, done: bool
    ) -> None:
        cleaned = required_text(text, translate("SessionEditService", "An action item needs some text."))
        with self._db.write() as session:
            item = get_live(session, ActionItem, action_id)
            item.text, item.owner, item.due_date = cleaned, owner, due_date
            if done != item.done:
                item.done, item.done_on = done, dt.date.today() if done else None

    def delete_action(self, action_id: str) -> None:
        with self._db.write() as session:
            get_live(session, ActionItem, action_id).deleted = True

    def delete_session(self, session_id: str) -> tuple[str, ...]:
        """Tombstone the session and everything recorded in it, so its open items stop carrying forward.
        Returns the ids of what it tombstoned (not what was deleted before), for `restore_session`."""
        with self._db.write() as session:
            record = get_live(session, MentoringSession, session_id)
            record.deleted = True
            tombstoned: list[str] = []
            for part in _parts(record):
                if not part.deleted:
                    part.deleted = True
                    tombstoned.append(part.id)
            return tuple(tombstoned)

    def restore_session(self, session_id: str, tombstoned: tuple[str, ...]) -> None:
        """Undo `delete_session`: the session and the parts that delete tombstoned come back."""
        wanted = set(tombstoned)
        with self._db.write() as session:
            record = session.get(MentoringSession, session_id)
            if record is None:
                raise LookupError(translate("SessionEditService", "That session no longer exists."))
            record.deleted = False
            for part in _parts(record):
                if part.id in wanted:
                    part.deleted = False


def _parts(record: MentoringSession) -> list[AgendaItem | ActionItem | SessionNote]:
    """What a session records: its agenda, its action items and its private notes."""
    return [*record.agenda, *record.actions, *record.private_notes]
