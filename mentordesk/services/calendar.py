"""The session schedule as an iCalendar file, so sessions show up in the user's calendar app."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from mentordesk import APP_ID, __version__
from mentordesk.domain import PairingInfo, Visibility
from mentordesk.files import write_atomically
from mentordesk.services.base import Service
from mentordesk.services.sessions import SessionService


def _event(pairing: PairingInfo, session_id: str, title: str, starts_at: dt.datetime, minutes: int) -> Event:
    event = Event()
    event.add("uid", f"{session_id}@{APP_ID}")
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    event.add("dtstart", starts_at)
    event.add("dtend", starts_at + dt.timedelta(minutes=minutes))
    event.add("summary", f"{title} · {pairing.mentor.name} & {pairing.mentee.name}")
    return event


class CalendarService(Service):
    def schedule(self, pairing: PairingInfo) -> bytes:
        """Every session of the pairing as one calendar. Titles of confidential sessions are not written:
        calendar apps sync and show them to other people."""
        calendar = Calendar()
        calendar.add("prodid", f"-//MentorDesk//{__version__}//EN")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", f"Mentoring: {pairing.name}")
        for session in SessionService(self._db).list_sessions(pairing.id):
            title = session.kind.label if session.visibility is not Visibility.SHARED else session.title
            calendar.add_component(
                _event(pairing, session.id, title, session.starts_at, session.duration_minutes)
            )
        return calendar.to_ical()

    def export(self, pairing: PairingInfo, target: Path) -> int:
        """Write the schedule atomically (temporary file, then rename); returns the number of sessions."""
        data = self.schedule(pairing)
        target = target.expanduser()
        write_atomically(target, data)
        return data.count(b"BEGIN:VEVENT")
