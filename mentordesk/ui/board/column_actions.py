"""Column operations of the board page: rename and WIP limit, reorder, add, delete (asking where cards go)."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.domain import CardInfo, ColumnInfo, PairingInfo
from mentordesk.services import Services
from mentordesk.ui.board.column_dialog import ColumnDialog
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import translate
from mentordesk.ui.pick_dialog import PickDialog


class ColumnActions:
    """Mixed into the plan page (a QWidget), which owns these attributes. Not a QObject itself, so the
    page keeps one clean meta-object."""

    services: Services
    hub: ChangeHub
    pairing: PairingInfo | None
    _columns: list[ColumnInfo]
    _cards: list[CardInfo]

    def _widget(self) -> QWidget:
        return cast(QWidget, self)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self._widget(), translate("ColumnActions", "Plan"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _on_rename_column(self, column_id: str) -> None:
        column = next(c for c in self._columns if c.id == column_id)

        def save(title: str, limit: int | None) -> None:
            self.services.board.update_column(column_id, title, limit)

        if ColumnDialog(
            self._widget(), translate("ColumnActions", "Edit column"), save, column.title, column.wip_limit
        ).exec():
            self._columns_changed()

    def _on_move_column(self, column_id: str, step: int) -> None:
        index = [c.id for c in self._columns].index(column_id) + step
        if 0 <= index < len(self._columns):
            self._column_change(lambda: self.services.board.move_column(column_id, index))

    def _on_add_column(self, after_id: str) -> None:
        assert self.pairing is not None
        pairing_id = self.pairing.id
        index = [c.id for c in self._columns].index(after_id) + 1
        made: list[str] = []

        def save(title: str, limit: int | None) -> None:
            if not made:  # a retry after the move failed does not add a second column
                made.append(self.services.board.add_column(pairing_id, title))
            self.services.board.update_column(made[0], title, limit)
            self.services.board.move_column(made[0], index)

        if ColumnDialog(self._widget(), translate("ColumnActions", "Add column"), save).exec():
            self._columns_changed()

    def _on_delete_column(self, column_id: str) -> None:
        column = next(c for c in self._columns if c.id == column_id)
        count = sum(1 for c in self._cards if c.column_id == column_id)
        target: str | None = None
        if count:
            others = [c for c in self._columns if c.id != column_id]
            dialog = PickDialog(
                self._widget(),
                translate("ColumnActions", "Delete column"),
                translate("ColumnActions", "{title} has {count} cards. Move them to:").format(
                    title=column.title, count=count
                ),
                [c.title for c in others],
                ok_text=translate("ColumnActions", "Move and delete"),
            )
            index = dialog.chosen() if dialog.exec() else None
            if index is None:
                return
            target = others[index].id
        elif not self.confirm(
            translate("ColumnActions", "Delete the empty column {title}?").format(title=column.title)
        ):
            return
        self._column_change(lambda: self.services.board.delete_column(column_id, target))

    def _column_change(self, change: object) -> None:
        try:
            change()  # type: ignore[operator]
        except ValueError as error:
            QMessageBox.warning(self._widget(), translate("ColumnActions", "Plan"), str(error))
            return
        self._columns_changed()

    def _columns_changed(self) -> None:
        assert self.pairing is not None
        self.hub.cards_changed.emit(self.pairing.id)
