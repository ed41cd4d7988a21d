"""Undoable timeline actions, on the page's undo stack like the board's."""

from __future__ import annotations

from collections.abc import Callable

from mentordesk.services import Services
from mentordesk.ui.board.commands import BoardCommand
from mentordesk.ui.hub import ChangeHub


class DeleteEvent(BoardCommand):
    """Deleting an event (a tombstone sync carries); undo brings it back and shows it."""

    def __init__(
        self,
        services: Services,
        hub: ChangeHub,
        pairing_id: str,
        event_id: str,
        title: str,
        shown: Callable[[str | None], None],
    ) -> None:
        super().__init__(services, hub, pairing_id, f"Delete “{title}”")
        self.event_id = event_id
        self.shown = shown  # the page shows the event brought back, or nothing once it is gone

    def forward(self) -> None:
        self.services.archeology.delete_event(self.event_id)
        self.shown(None)

    def backward(self) -> None:
        self.services.archeology.restore_event(self.event_id)
        self.shown(self.event_id)
