"""Preferences kept in the database file rather than in the window's settings, because the command line
honours them too: how many backups rotation keeps."""

from __future__ import annotations

from mentordesk.services.base import Service
from mentordesk.storage.backups import RETENTION_KEY, Retention
from mentordesk.storage.models import Setting


class PreferenceService(Service):
    def retention(self) -> Retention:
        with self._db.read() as session:
            row = session.get(Setting, RETENTION_KEY)
            return Retention.from_setting(row.value if row is not None else None)

    def set_retention(self, retention: Retention) -> None:
        """Kept for the next rotation (after the next backup); backups beyond it go then, not now."""
        with self._db.write() as session:
            session.merge(Setting(key=RETENTION_KEY, value=retention.as_setting()))
