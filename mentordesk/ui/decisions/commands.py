"""Undoable decision actions, on the Decisions page's undo stack (the window's Edit menu undoes them)."""

from __future__ import annotations

from mentordesk.ui.board.commands import DeleteRecord
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP


class DeleteDecision(DeleteRecord):
    """Deleting a proposed, draft or rejected decision; undo brings it back with its review thread and
    shows it again. Its name is "ADR-007 Title"."""

    label = QT_TRANSLATE_NOOP("Undo", "Delete {name}")

    def delete(self) -> None:
        self.services.decisions.delete(self.record_id)

    def restore(self) -> None:
        self.services.decisions.restore(self.record_id)

    def changed(self) -> None:
        self.hub.decisions_changed.emit(self.pairing_id)
