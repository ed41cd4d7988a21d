"""One column of the board: a header with dates, count and WIP state, and a list view of painted cards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain import CardInfo, ColumnInfo
from mentordesk.services.board import over_limit
from mentordesk.services.plans import phase_dates
from mentordesk.ui.board.delegate import CardDelegate
from mentordesk.ui.board.model import CardListModel
from mentordesk.ui.dates import day_month
from mentordesk.ui.i18n import translate
from mentordesk.ui.plain import plain_tip
from mentordesk.ui.widgets import label

COLUMN_WIDTH = 310  # as wide as a column grows where there is room
NARROWEST = 196  # and as narrow as it gets before the board scrolls


def header_text(column: ColumnInfo, start: dt.date, shown: int, total: int) -> str:
    dates = phase_dates(start, column)
    span = f"{day_month(dates[0])} – {day_month(dates[1])}" if dates else ""
    count = (
        f"{total}/{column.wip_limit}"
        if column.wip_limit
        else translate("column_view", "{total} cards").format(total=total)
    )
    if over_limit(column, total):
        count += translate(
            "column_view", " · over its limit"
        )  # said in words, not only in the warning colour
    if shown != total:
        count += translate("column_view", " ({shown} shown)").format(shown=shown)
    return f"{column.title}\n{' · '.join(p for p in (span, count) if p)}"


class ColumnView(QWidget):
    """Signals name what the user asked for on this column; the page decides what happens."""

    rename_requested = Signal(str)
    move_requested = Signal(str, int)  # column id, step (-1 left, +1 right)
    delete_requested = Signal(str)
    add_after_requested = Signal(str)

    def __init__(self, column: ColumnInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.setMinimumWidth(NARROWEST)
        self.setMaximumWidth(COLUMN_WIDTH)
        self.model = CardListModel(column.id, self)
        self.delegate = CardDelegate(self)
        self.delegate.done_column = column.is_done
        self.view = QListView()
        self.view.setObjectName("BoardColumn")
        self.view.setAccessibleName(translate("ColumnView", "Column {title}").format(title=column.title))
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.header = label(column.title, "BoardColumnHeader", wrap=True)
        menu_button = QToolButton()
        menu_button.setText("⋯")
        menu_button.setToolTip(
            plain_tip(translate("ColumnView", "Column {title}").format(title=column.title))
        )
        menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(menu_button)
        menu.addAction(
            translate("ColumnView", "Rename or set WIP limit…"), lambda: self.rename_requested.emit(column.id)
        )
        menu.addAction(translate("ColumnView", "Move left"), lambda: self.move_requested.emit(column.id, -1))
        menu.addAction(translate("ColumnView", "Move right"), lambda: self.move_requested.emit(column.id, +1))
        menu.addAction(
            translate("ColumnView", "Add a column after this one…"),
            lambda: self.add_after_requested.emit(column.id),
        )
        menu.addAction(
            translate("ColumnView", "Delete column…"), lambda: self.delete_requested.emit(column.id)
        )
        menu_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(menu_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def show_cards(self, shown: list[CardInfo], total: int, start: dt.date, today: dt.date) -> None:
        self.delegate.today = today
        self.delegate.forget_sizes()
        self.model.set_rows(shown)
        self.header.setText(header_text(self.column, start, len(shown), total))
        over = over_limit(self.column, total)
        self.header.setProperty("overLimit", over)
        self.header.setToolTip(
            translate("ColumnView", "Over its WIP limit of {wip_limit}").format(
                wip_limit=self.column.wip_limit
            )
            if over
            else ""
        )
        self.header.style().unpolish(self.header)
        self.header.style().polish(self.header)

    def select(self, card_id: str) -> bool:
        row = self.model.row_of(card_id)
        if row < 0:
            return False
        self.model.reveal(row)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True
