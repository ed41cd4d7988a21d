"""The change hub: after a service call commits, the caller announces what changed; pages refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeHub(QObject):
    """Signals carry the pairing id whose records changed, so a page showing another pairing ignores them."""

    pairings_changed = Signal()
    cards_changed = Signal(str)
    sessions_changed = Signal(str)
    decisions_changed = Signal(str)
    archeology_changed = Signal(str)
    problem = Signal(str)  # an action that did not work, in words for the user
