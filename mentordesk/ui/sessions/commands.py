"""Undoable session actions, on the Sessions page's undo stack (the window's Edit menu undoes them)."""

from __future__ import annotations

from mentordesk.ui.board.commands import DeleteRecord


class DeleteSession(DeleteRecord):
    """Deleting a session with its agenda, notes and action items; undo brings back exactly what the
    delete took (items deleted on their own before stay deleted) and shows the session again."""

    tombstoned: tuple[str, ...] = ()

    def delete(self) -> None:
        self.tombstoned = self.services.session_edits.delete_session(self.record_id)

    def restore(self) -> None:
        self.services.session_edits.restore_session(self.record_id, self.tombstoned)

    def changed(self) -> None:
        self.hub.sessions_changed.emit(self.pairing_id)
