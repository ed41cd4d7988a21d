"""Undoable decision actions, on the Decisions page's undo stack (the window's Edit menu undoes them)."""

from __future__ import annotations

from collections.abc import Callable

from mentordesk.services import Services
from mentordesk.ui.board.commands import BoardCommand
from mentordesk.ui.hub import ChangeHub


class DeleteDecision(BoardCommand):
    """Deleting a proposed, draft or rejected decision; undo brings it back with its review thread and
    shows it again."""

    def __init__(
        self,
        services: Services,
        hub: ChangeHub,
        pairing_id: str,
        decision_id: str,
        name: str,
        shown: Callable[[str | None], None],
    ) -> None:
        super().__init__(services, hub, pairing_id, f"Delete {name}")
        self.decision_id = decision_id
        self.shown = shown

    def forward(self) -> None:
        self.services.decisions.delete(self.decision_id)
        self.hub.decisions_changed.emit(self.pairing_id)
        self.shown(None)

    def backward(self) -> None:
        self.services.decisions.restore(self.decision_id)
        self.hub.decisions_changed.emit(self.pairing_id)
        self.shown(self.decision_id)
