"""Version vectors kept current: every flush that adds or changes a syncable record counts one more
change by this database's device (its install id) in the record's vector.

An import that writes vectors it received sets `session.info["keep_versions"]`, so those stay as sent."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from mentordesk.storage.base import SyncedMixin

DEVICE_KEY = "device_id"
KEEP_KEY = "keep_versions"


def _count_changes(session: Session, _context: Any, _instances: Any) -> None:
    device = session.info.get(DEVICE_KEY)
    if device is None or session.info.get(KEEP_KEY):
        return
    changed = [*session.new, *(o for o in session.dirty if session.is_modified(o, include_collections=True))]
    for record in changed:
        if isinstance(record, SyncedMixin):
            vector = dict(record.version_vector or {})
            vector[device] = vector.get(device, 0) + 1
            record.version_vector = vector


def install_version_hooks(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", _count_changes)
