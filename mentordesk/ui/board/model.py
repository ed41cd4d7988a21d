"""One board column as a list model; drags carry card ids, drops are announced, not applied here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from mentordesk import labels
from mentordesk.domain import CardInfo
from mentordesk.ui.i18n import translate
from mentordesk.ui.plain import plain_tip
from mentordesk.ui.table_model import ROW_ROLE

CARD_MIME = "application/x-mentordesk-card"
AnyIndex = QModelIndex | QPersistentModelIndex


BATCH = 100
"""Cards a column's view is given at a time: the first ones, then more as it is scrolled to its end
(Qt's fetchMore). A view measures each card it is given (its wrapped text), so a column of 25,000
cards opens as one of 100 does."""


class CardListModel(QAbstractListModel):
    """Cards of one column, given to the view BATCH at a time. A drop emits `card_dropped`; the page
    moves the card through the services."""

    card_dropped = Signal(str, str, int)  # card id, column id, row among the cards shown (before the drop)

    def __init__(self, column_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.column_id = column_id
        self._cards: list[CardInfo] = []
        self._given = 0  # the first cards, those the view has been given

    def set_rows(self, cards: Sequence[CardInfo]) -> None:
        """The column's cards; the view keeps as many as it had (at least BATCH), so that a refresh
        leaves a column scrolled far down where it was."""
        self.beginResetModel()
        self._cards = list(cards)
        self._given = min(len(self._cards), max(self._given, BATCH))
        self.endResetModel()

    def rows(self) -> list[CardInfo]:
        """Every card of the column, those the view has not been given yet too."""
        return list(self._cards)

    def row_of(self, card_id: str) -> int:
        return next((i for i, card in enumerate(self._cards) if card.id == card_id), -1)

    def reveal(self, row: int) -> None:
        """Give the view the cards down to `row` (and the rest of its batch), so that it can show it."""
        if row >= self._given:
            self._give(min(len(self._cards), (row // BATCH + 1) * BATCH) - self._given)

    def _give(self, count: int) -> None:
        if count > 0:
            self.beginInsertRows(QModelIndex(), self._given, self._given + count - 1)
            self._given += count
            self.endInsertRows()

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._given < len(self._cards)

    def fetchMore(self, parent: AnyIndex) -> None:
        if not parent.isValid():
            self._give(min(BATCH, len(self._cards) - self._given))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._given

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._given:
            return None
        card = self._cards[index.row()]
        if role == ROW_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(
                translate("CardListModel", "{title}\n{kind}, owner: {owner}").format(
                    title=card.title, kind=labels.label(card.kind), owner=labels.word(card.owner)
                )
            )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            return (
                base
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(CARD_MIME, QByteArray(self._cards[indexes[0].row()].id.encode("ascii")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return data.hasFormat(CARD_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not data.hasFormat(CARD_MIME):
            return False
        card_id = bytes(data.data(CARD_MIME).data()).decode("ascii")
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._cards)
        self.card_dropped.emit(card_id, self.column_id, row)  # "before the card shown at row", or the end
        return False  # the view must not remove the dragged row itself; the refresh redraws it
