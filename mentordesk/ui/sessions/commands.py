"""Undoable session actions, on the Sessions page's undo stack (the window's Edit menu undoes them)."""

from __future__ import annotations

from collections.abc import Callable

from mentordesk.services import Services
from mentordesk.ui.board.commands import BoardCommand
from mentordesk.ui.hub import ChangeHub


class DeleteSession(BoardCommand):
    """Deleting a session with its agenda, notes and action items; undo brings back exactly what the
    delete took (items deleted on their own before stay deleted) and shows the session again."""

    def __init__(
        self,
        services: Services,
        hub: ChangeHub,
        pairing_id: str,
        session_id: str,
        title: str,
        shown: Callable[[str | None], None],
    ) -> None:
        super().__init__(services, hub, pairing_id, f"Delete “{title}”")
        self.session_id = session_id
        self.shown = shown  # the page shows the session brought back, or the list once it is gone
        self.tombstoned: tuple[str, ...] = ()

    def forward(self) -> None:
        self.tombstoned = self.services.session_edits.delete_session(self.session_id)
        self.hub.sessions_changed.emit(self.pairing_id)
        self.shown(None)

    def backward(self) -> None:
        self.services.session_edits.restore_session(self.session_id, self.tombstoned)
        self.hub.sessions_changed.emit(self.pairing_id)
        self.shown(self.session_id)
