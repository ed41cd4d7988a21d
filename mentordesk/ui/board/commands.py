"""Undoable board actions. Each does its work through the services and tells the hub what changed."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from mentordesk.domain import CardDraft
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)


class BoardCommand(QUndoCommand):
    """An action done once by `do_first` (whose errors reach the caller) and then pushed; undo and redo
    run `backward` and `forward`. PySide cannot carry an exception back out of QUndoStack, so a step
    that fails there is reported through the hub's `problem` and the command leaves the stack, instead
    of staying on it as if it had worked."""

    def __init__(self, services: Services, hub: ChangeHub, pairing_id: str, text: str) -> None:
        super().__init__(text)
        self.services = services
        self.hub = hub
        self.pairing_id = pairing_id
        self._done_first = False

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def do_first(self) -> None:
        """Do the action before it is pushed; an error propagates and nothing is pushed."""
        self.forward()
        self._done_first = True

    def done_already(self) -> BoardCommand:
        """For an action done elsewhere (an editor's own button): pushed, it is not done a second time."""
        self._done_first = True
        return self

    def redo(self) -> None:
        if self._done_first:  # QUndoStack.push redoes: it was done already
            self._done_first = False
            return
        self._guard(translate("BoardCommand", "Redo"), self.forward)

    def undo(self) -> None:
        self._guard(translate("BoardCommand", "Undo"), self.backward)

    def _guard(self, what: str, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as error:
            if not isinstance(error, ValueError | LookupError):
                log.exception("%s of %s failed", what, self.text())
            self.setObsolete(True)
            self.hub.problem.emit(
                translate("BoardCommand", "{what} of “{name}” did not work: {error}").format(
                    what=what, name=self.text(), error=error
                )
            )

    def changed(self) -> None:
        self.hub.cards_changed.emit(self.pairing_id)


class DeleteRecord(BoardCommand):
    """Deleting one record (a tombstone sync carries); undo brings it back. `shown(record_id)` shows the
    record brought back, `shown(None)` the page once it is gone. A kind of record says how it is deleted
    and restored, and which pages hear of it (`changed`)."""

    label = QT_TRANSLATE_NOOP("Undo", "Delete “{name}”")  # the undo text, around the record's name

    def __init__(
        self,
        services: Services,
        hub: ChangeHub,
        pairing_id: str,
        record_id: str,
        name: str,
        shown: Callable[[str | None], None],
    ) -> None:
        super().__init__(services, hub, pairing_id, translate("Undo", self.label).format(name=name))
        self.record_id = record_id
        self.shown = shown

    def delete(self) -> None:
        raise NotImplementedError

    def restore(self) -> None:
        raise NotImplementedError

    def forward(self) -> None:
        self.delete()
        self.changed()
        self.shown(None)

    def backward(self) -> None:
        self.restore()
        self.changed()
        self.shown(self.record_id)


class MoveCard(BoardCommand):
    def __init__(
        self, services: Services, hub: ChangeHub, pairing_id: str, card_id: str, column_id: str, row: int
    ):
        super().__init__(services, hub, pairing_id, translate("MoveCard", "Move card"))
        self.card_id, self.target = card_id, (column_id, row)
        self.origin = services.board.location(card_id)

    def forward(self) -> None:
        self.services.board.move_card(self.card_id, *self.target)
        self.changed()

    def backward(self) -> None:
        self.services.board.move_card(self.card_id, *self.origin)
        self.changed()


class CreateCard(BoardCommand):
    def __init__(self, services: Services, hub: ChangeHub, pairing_id: str, column_id: str, draft: CardDraft):
        super().__init__(
            services, hub, pairing_id, translate("CreateCard", "Create “{title}”").format(title=draft.title)
        )
        self.column_id, self.draft = column_id, draft
        self.card_id: str | None = None

    def forward(self) -> None:
        if self.card_id is None:
            self.card_id = self.services.board.create_card(self.column_id, self.draft)
        else:
            self.services.board.restore_card(self.card_id)
        self.changed()

    def backward(self) -> None:
        assert self.card_id is not None
        self.services.board.delete_card(self.card_id)
        self.changed()


class EditCard(BoardCommand):
    def __init__(self, services: Services, hub: ChangeHub, pairing_id: str, card_id: str, draft: CardDraft):
        super().__init__(
            services, hub, pairing_id, translate("EditCard", "Edit “{title}”").format(title=draft.title)
        )
        self.card_id, self.after = card_id, draft
        self.before = services.board.draft(card_id)

    def forward(self) -> None:
        self.services.board.update_card(self.card_id, self.after)
        self.changed()

    def backward(self) -> None:
        self.services.board.update_card(self.card_id, self.before)
        self.changed()


class DeleteCard(BoardCommand):
    def __init__(self, services: Services, hub: ChangeHub, pairing_id: str, card_id: str, title: str):
        super().__init__(
            services, hub, pairing_id, translate("DeleteCard", "Delete “{title}”").format(title=title)
        )
        self.card_id = card_id

    def forward(self) -> None:
        self.services.board.delete_card(self.card_id)
        self.changed()

    def backward(self) -> None:
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
        super().__init__(
            services,
            hub,
            pairing_id,
            (
                translate("Undo", "Archive “{title}”")
                if archive
                else translate("Undo", "Unarchive “{title}”")
            ).format(title=title),
        )
        self.card_id, self.archive = card_id, archive

    def forward(self) -> None:
        self.services.board.set_archived(self.card_id, self.archive)
        self.changed()

    def backward(self) -> None:
        self.services.board.set_archived(self.card_id, not self.archive)
        self.changed()


class TickChecklistItem(BoardCommand):
    def __init__(self, services: Services, hub: ChangeHub, pairing_id: str, item_id: str, done: bool):
        super().__init__(
            services,
            hub,
            pairing_id,
            translate("TickChecklistItem", "Tick checklist item")
            if done
            else translate("TickChecklistItem", "Untick checklist item"),
        )
        self.item_id, self.done = item_id, done

    def forward(self) -> None:
        self.services.board.set_checklist_done(self.item_id, self.done)
        self.changed()

    def backward(self) -> None:
        self.services.board.set_checklist_done(self.item_id, not self.done)
        self.changed()
