"""Undoable timeline actions, on the page's undo stack like the board's."""

from __future__ import annotations

from mentordesk.ui.board.commands import DeleteRecord


class DeleteEvent(DeleteRecord):
    """Deleting an event; undo brings it back and shows it (the page redraws in `shown`)."""

    def delete(self) -> None:
        self.services.archeology.delete_event(self.record_id)

    def restore(self) -> None:
        self.services.archeology.restore_event(self.record_id)

    def changed(self) -> None:
        """The timeline is the only page that shows events; `shown` redraws it."""
