"""Undoable board actions. Each does its work through the services and tells the hub what changed."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from mentordesk.domain import CardDraft
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub


class BoardCommand(QUndoCommand):
    def __init__(self, services: Services, hub: ChangeHub, pairing_id: str, text: str) -> None:
        super().__init__(text)
        self.services = services
        self.hub = hub
        self.pairing_id = pairing_id

    def changed(self) -> None:
        self.hub.cards_changed.emit(self.pairing_id)


class MoveCard(BoardCommand):
    def __init__(
        self, services: Services, hub: ChangeHub, pairing_id: str, card_id: str, column_id: str, row: int
    ):
        super().__init__(services, hub, pairing_id, "Move card")
        self.card_id, self.target = card_id, (column_id, row)
        self.origin = services.board.location(card_id)

    def redo(self) -> None:
        self.services.board.move_card(self.card_id, *self.target)
        self.changed()

    def undo(self) -> None:
        self.services.board.move_card(self.card_id, *self.origin)
        self.changed()


class CreateCard(BoardCommand):
    def __init__(self, services: Services, hub: ChangeHub, pairing_id: str, column_id: str, draft: CardDraft):
        super().__init__(services, hub, pairing_id, f"Create “{draft.title}”")
        self.column_id, self.draft = column_id, draft
        self.card_id: str | None = None

    def redo(self) -> None:
        if self.card_id is None:
            self.card_id = self.services.board.create_card(self.column_id, self.draft)
        else:
            self.services.board.restore_card(self.card_id)
        self.changed()

    def undo(self) -> None:
        assert self.card_id is not None
        self.services.board.delete_card(self.card_id)
        self.changed()


class EditCard(BoardCommand):
    def __init__(self, services: Services, hub: ChangeHub, pairing_id: str, card_id: str, draft: CardDraft):
        super().__init__(services, hub, pairing_id, f"Edit “{draft.title}”")
        self.card_id, self.after = card_id, draft
        self.before = services.board.draft(card_id)

    def redo(self) -> None:
        self.services.board.update_card(self.card_id, self.after)
        self.changed()

    def undo(self) -> None:
        self.services.board.update_card(self.card_id, self.before)
        self.changed()


class DeleteCard(BoardCommand):
    def __init__(self, services: Services, hub: ChangeHub, pairing_id: str, card_id: str, title: str):
        super().__init__(services, hub, pairing_id, f"Delete “{title}”")
        self.card_id = card_id

    def redo(self) -> None:
        self.services.board.delete_card(self.card_id)
        self.changed()

    def undo(self) -> None:
        self.services.board.restore_card(self.card_id)
        self.changed()


class ArchiveCard(BoardCommand):
    def __init__(
        self,
        services: Services,
        hub: ChangeHub,
        pairing_id: str,
        card_id: str,
        title: str,
        archive: bool = True,
    ):
        super().__init__(services, hub, pairing_id, f"{'Archive' if archive else 'Unarchive'} “{title}”")
        self.card_id, self.archive = card_id, archive

    def redo(self) -> None:
        self.services.board.set_archived(self.card_id, self.archive)
        self.changed()

    def undo(self) -> None:
        self.services.board.set_archived(self.card_id, not self.archive)
        self.changed()


class TickChecklistItem(BoardCommand):
    def __init__(self, services: Services, hub: ChangeHub, pairing_id: str, item_id: str, done: bool):
        super().__init__(
            services, hub, pairing_id, "Tick checklist item" if done else "Untick checklist item"
        )
        self.item_id, self.done = item_id, done

    def redo(self) -> None:
        self.services.board.set_checklist_done(self.item_id, self.done)
        self.changed()

    def undo(self) -> None:
        self.services.board.set_checklist_done(self.item_id, not self.done)
        self.changed()
