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


class CardListModel(QAbstractListModel):
    """Cards of one column. A drop emits `card_dropped`; the page moves the card through the services."""

    card_dropped = Signal(str, str, int)  # card id, column id, row among the cards shown (before the drop)

    def __init__(self, column_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.column_id = column_id
        self._cards: list[CardInfo] = []

    def set_rows(self, cards: Sequence[CardInfo]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def rows(self) -> list[CardInfo]:
        return list(self._cards)

    def row_of(self, card_id: str) -> int:
        return next((i for i, card in enumerate(self._cards) if card.id == card_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._cards):
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
