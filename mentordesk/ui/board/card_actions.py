"""What the plan page does to cards: create and save from the form (an untitled card kept under a
name), archive, delete, checklist changes, and moves by keyboard or drag and drop; each an undoable
command on the page's stack, whose failure the form says."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from mentordesk.domain import CardDraft, CardInfo, ColumnInfo, PairingInfo
from mentordesk.services import Services, WriteFailed
from mentordesk.services.board import over_limit
from mentordesk.ui.board.column_view import ColumnView
from mentordesk.ui.board.commands import ArchiveCard, BoardCommand, CreateCard, DeleteCard, EditCard, MoveCard
from mentordesk.ui.board.editor import CardEditor
from mentordesk.ui.board.filter_bar import FilterBar
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)
#: The title a card typed without one is kept under when the form is left.
UNTITLED = QT_TRANSLATE_NOOP("PlanPage", "Untitled card")


class CardActions:
    """Mixed into the plan page (a QWidget), which owns these attributes."""

    services: Services
    hub: ChangeHub
    pairing: PairingInfo | None
    editor: CardEditor
    filters: FilterBar
    undo_stack: QUndoStack
    _retry: QTimer
    _selected: str | None
    _new_in_column: str | None
    _columns: list[ColumnInfo]
    _cards: list[CardInfo]
    _views: list[ColumnView]
    select_card: Callable[[str], bool]
    selected_card: Callable[[], CardInfo | None]
    confirm: Callable[[str], bool]
    _select_in_views: Callable[[str], None]

    def _widget(self) -> QWidget:
        return cast(QWidget, self)

    def _context(self) -> tuple[Services, ChangeHub, str]:
        assert self.pairing is not None
        return self.services, self.hub, self.pairing.id

    def _push(self, make: Callable[[], BoardCommand]) -> BoardCommand | None:
        """Make the action and do it, then put it on the undo stack and return it; an action that fails
        (also while it is made: its card may be gone) is said, not stacked."""
        try:
            command = make()
            command.do_first()
        except Exception as error:
            if not isinstance(error, ValueError | LookupError):
                log.exception("a board action failed")
            if isinstance(error, WriteFailed):  # busy, full, read-only: the form keeps it; try again
                self.editor.problem.setText(error.retrying())
                self._retry.start()
            else:
                self.editor.problem.setText(str(error))
            return None
        self.undo_stack.push(command)
        return command

    def _show_problem(self, message: str) -> None:
        if not self._widget().isVisible():
            return
        self.editor.problem.setText(message)
        bar = getattr(self._widget().window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(message, 15000)

    def _on_saved(self, draft: CardDraft) -> bool:
        """Create or update the card from the form; False when that did not work (the form says why)."""
        if self.pairing is None:
            return False
        if self._selected is None:
            column = self._new_in_column or self._columns[0].id
            command = self._push(lambda: CreateCard(*self._context(), column, draft))
            if not isinstance(command, CreateCard) or command.card_id is None:
                return False
            self.editor.mark_saved()
            self.select_card(command.card_id)
            return True
        selected = self._selected
        if self._push(lambda: EditCard(*self._context(), selected, draft)) is None:
            return False
        self.editor.mark_saved()
        return True

    def save_pending(self) -> None:
        self.save_form()

    def save_form(self) -> bool:
        """Save what was typed in the card form and not saved yet (another card chosen, a new card, the
        pairing switched, the window closing); False when it could not be saved, and it is still there."""
        if self.pairing is None or not self.editor.pending():
            return True
        draft = self.editor.draft()
        if not draft.title.strip():
            if self._selected is None and draft == CardDraft("", due_date=draft.due_date):
                return True  # a new card with nothing written in it
            draft = dataclasses.replace(draft, title=translate("PlanPage", UNTITLED))
        return self._on_saved(draft)

    def _on_archive(self) -> None:
        card = self.selected_card()
        if card is not None:
            self._push(lambda: ArchiveCard(*self._context(), card.id, card.title, archive=not card.archived))

    def delete_selected(self) -> None:
        self._on_delete()

    def rename_selected(self) -> None:
        if self.selected_card() is not None:
            self.editor.title.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.editor.title.selectAll()

    def _on_delete(self) -> None:
        card = self.selected_card()
        if card is not None and self.confirm(
            translate("PlanPage", "Delete the card “{title}”? You can undo this with Ctrl+Z.").format(
                title=card.title
            )
        ):
            self._push(lambda: DeleteCard(*self._context(), card.id, card.title))

    def _add_item(self, text: str) -> None:
        assert self._selected is not None
        self.services.board.add_checklist_item(self._selected, text)

    def _checklist_change(self, action: object, argument: str) -> None:
        try:
            action(argument)  # type: ignore[operator]
        except ValueError as error:
            self.editor.problem.setText(str(error))
            return
        assert self.pairing is not None
        self.hub.cards_changed.emit(self.pairing.id)

    # moving
    def move_selected(self, column_step: int, row_step: int) -> None:
        card = self.selected_card()
        if card is None:
            return
        column_ids = [c.id for c in self._columns]
        column_id, row = self.services.board.location(card.id)
        target_column = column_ids.index(column_id) + column_step
        if not 0 <= target_column < len(column_ids):
            return
        target_row = max(row + row_step, 0)
        if column_step:
            target_row = min(row, sum(1 for c in self._cards if c.column_id == column_ids[target_column]))
        self.move_card(card.id, column_ids[target_column], target_row)

    def move_card(self, card_id: str, column_id: str, row: int) -> None:
        self._selected = card_id
        self._push(lambda: MoveCard(*self._context(), card_id, column_id, row))
        column = next(c for c in self._columns if c.id == column_id)
        count = sum(1 for c in self._cards if c.column_id == column_id)
        self.filters.notice.setText(
            translate("PlanPage", "{title} is over its WIP limit ({count}/{wip_limit}).").format(
                title=column.title, count=count, wip_limit=column.wip_limit
            )
            if over_limit(column, count)
            else ""
        )
        self._select_in_views(card_id)

    def _on_dropped(self, card_id: str, column_id: str, visible_row: int) -> None:
        """A drop names a row among the cards shown: map it to the column's full order after the drop."""
        view = next(v for v in self._views if v.column.id == column_id)
        full = [c.id for c in self._cards if c.column_id == column_id and c.id != card_id]
        anchor = next((c.id for c in view.model.rows()[visible_row:] if c.id != card_id), None)
        row = full.index(anchor) if anchor in full else len(full)
        QTimer.singleShot(0, lambda: self.move_card(card_id, column_id, row))
