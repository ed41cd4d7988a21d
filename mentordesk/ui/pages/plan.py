"""Plan page: the pairing's 90-day plan as columns of cards, with the selected card's details."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QListView,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain import CardInfo, ColumnInfo, PairingInfo, RecordKind
from mentordesk.services import Services
from mentordesk.services.plans import phase_dates
from mentordesk.ui import html
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.base import Page
from mentordesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from mentordesk.ui.theme import WARNING, icon, visibility_label
from mentordesk.ui.widgets import label

COLUMN_WIDTH = 230


def card_meta(card: CardInfo, today: dt.date) -> str:
    parts = [card.kind.value.capitalize(), card.owner.value]
    if card.due_date:
        overdue = card.due_date < today and card.reached_on is None
        parts.append(("overdue " if overdue else "due ") + card.due_date.strftime("%-d %b"))
    if card.checklist_total:
        parts.append(f"{card.checklist_done}/{card.checklist_total} ✓")
    if visibility_label(card.visibility):
        parts.append(visibility_label(card.visibility))
    return " · ".join(parts)


def column_header(column: ColumnInfo, start: dt.date, count: int) -> str:
    dates = phase_dates(start, column)
    span = f"{dates[0].strftime('%-d %b')} – {dates[1].strftime('%-d %b')}" if dates else ""
    limit = f"{count}/{column.wip_limit}" if column.wip_limit else f"{count} cards"
    return f"{column.title}\n{' · '.join(p for p in (span, limit) if p)}"


def card_column(today: dt.date, done_column: bool) -> Column[CardInfo]:
    def overdue_colour(card: CardInfo) -> QColor | None:
        late = card.due_date is not None and card.due_date < today and not done_column
        return WARNING if late else None

    return Column(
        "Card",
        lambda c: f"{c.title}\n{card_meta(c, today)}",
        icon=lambda c: icon(c.kind.value),
        colour=overdue_colour,
    )


class WrappingCardDelegate(QStyledItemDelegate):
    """Sizes each card to its word-wrapped text so titles are never cut off."""

    ICON_AND_PADDING = 72
    VERTICAL_PADDING = 22

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        widget = option.widget
        width = widget.viewport().width() if isinstance(widget, QAbstractScrollArea) else COLUMN_WIDTH
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, max(width - self.ICON_AND_PADDING, 40), 100_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(width - 8, bounds.height() + self.VERTICAL_PADDING)


class PlanPage(Page):
    title = "Plan"
    icon_name = "plan"

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self._lists: list[QListView] = []
        self._proxies: list[QSortFilterProxyModel] = []
        self.filter = self._filter_box("Filter cards")
        self.filter.textChanged.connect(self._on_filter)
        self.board = QWidget()
        self.board_layout = QHBoxLayout(self.board)
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.board_layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.detail = self._lay_out_with_detail(scroll, self.filter, (900, 280))
        hub.cards_changed.connect(self._refresh_if_mine)

    def refresh(self) -> None:
        if self.pairing is None:
            return
        columns = self.services.plans.columns(self.pairing.id)
        cards = self.services.plans.cards(self.pairing.id)
        self._rebuild(self.pairing, columns, cards)
        done = sum(1 for c in cards if any(col.is_done and col.id == c.column_id for col in columns))
        day = self.pairing.day_number(dt.date.today())
        self.subtitle.setText(f"Day {day} of 90 · {len(cards)} cards, {done} done")
        self.detail.setHtml(
            html.heading("Goals of this pairing", 3)
            + html.markdown_to_html(self.pairing.goals or "_No goals written down yet._")
            + html.meta("Select a card to see its details.")
        )

    def _rebuild(self, pairing: PairingInfo, columns: list[ColumnInfo], cards: list[CardInfo]) -> None:
        while (item := self.board_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self._lists, self._proxies = [], []
        today = dt.date.today()
        for column in columns:
            rows = [c for c in cards if c.column_id == column.id]
            model: RowTableModel[CardInfo] = RowTableModel([card_column(today, column.is_done)], self)
            model.set_rows(rows)
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            proxy.setFilterFixedString(self.filter.text())
            view = QListView()
            view.setObjectName("BoardColumn")
            view.setModel(proxy)
            view.setWordWrap(True)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setResizeMode(QListView.ResizeMode.Adjust)
            view.setTextElideMode(Qt.TextElideMode.ElideNone)
            view.setItemDelegate(WrappingCardDelegate(view))
            view.clicked.connect(self._on_card_clicked)
            view.activated.connect(self._on_card_clicked)
            header = label(column_header(column, pairing.start_date, len(rows)), "BoardColumnHeader")
            header.setProperty("overLimit", bool(column.wip_limit and len(rows) > column.wip_limit))
            box = QWidget()
            box.setFixedWidth(COLUMN_WIDTH)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(header)
            box_layout.addWidget(view, 1)
            self.board_layout.addWidget(box)
            self._lists.append(view)
            self._proxies.append(proxy)
        self.board_layout.addStretch()

    def card_views(self) -> list[QListView]:
        return list(self._lists)

    def open_record(self, kind: RecordKind, record_id: str) -> bool:
        if kind is not RecordKind.CARD:
            return False
        if self.filter.text():
            self.filter.clear()
        for view in self._lists:
            model = view.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                if index.data(ROW_ROLE).id == record_id:
                    view.setCurrentIndex(index)
                    view.scrollTo(index)
                    self._on_card_clicked(index)
                    return True
        return False

    def _on_filter(self, text: str) -> None:
        for proxy in self._proxies:
            proxy.setFilterFixedString(text)

    def _on_card_clicked(self, index: QModelIndex) -> None:
        card: CardInfo = index.data(ROW_ROLE)
        checklist = self.services.plans.checklist(card.id)
        parts = [
            html.heading(card.title),
            html.meta(
                card.kind.value.capitalize(),
                f"owner: {card.owner.value}",
                f"due {html.day(card.due_date)}" if card.due_date else "",
            ),
            html.visibility_note(card.visibility),
            html.section("Description", card.description),
        ]
        if card.competencies:
            parts.append(html.meta("Competencies: " + ", ".join(card.competencies)))
        if checklist:
            parts.append("<h3>Checklist</h3>")
            parts.append(
                html.bullet_list(html.check_item(done, html.escape(text)) for text, done in checklist)
            )
        if card.reached_on:
            parts.append(html.meta(f"Reached on {html.day(card.reached_on)}"))
        self.detail.setHtml("".join(parts))
