"""What every page shares, and the list-with-details layout most pages use."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.config import log_path
from mentordesk.domain import PairingInfo, RecordKind
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from mentordesk.ui.widgets import SafeBrowser, label

Row = TypeVar("Row")

#: Rows a column's width is fitted to (those near the top, and those on screen), not every row: fitting
#: to all 25,000 rows of a large list asked each row for its text, 200,000 calls.
RESIZE_PRECISION = 200
log = logging.getLogger(__name__)


class Page(QWidget):
    """A page of the main window, showing one pairing's records of one area."""

    title = ""
    icon_name = ""
    open_requested = Signal(object, str)  # RecordKind, record id: a record on another page

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.hub = hub
        self.pairing: PairingInfo | None = None
        self._failure: QLabel | None = None

    def set_pairing(self, pairing: PairingInfo) -> None:
        self.pairing = pairing
        self.load()

    def refresh(self) -> None:
        raise NotImplementedError

    def load(self) -> None:
        """Refresh the page; if its records cannot be shown, say so in the page (the traceback goes to
        the log) instead of taking the window down: every other page still works."""
        try:
            self.refresh()
        except Exception as error:
            log.exception("the %s page could not load", self.title)
            self._show_failure(error)
        else:
            if self._failure is not None:
                self._failure.hide()

    def _show_failure(self, error: Exception) -> None:
        if self._failure is None:
            self._failure = label("", "PageFailure", wrap=True)
            self._failure.setParent(self)
            self._failure.setTextFormat(Qt.TextFormat.PlainText)
            self._failure.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._failure.setAutoFillBackground(True)
        self._failure.setText(
            f"The {self.title} page cannot show this pairing: {type(error).__name__}: {error}\n\n"
            f"The other pages work as usual. The details are in {log_path()}."
        )
        self._failure.setGeometry(self.rect())
        self._failure.show()
        self._failure.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._failure is not None:
            self._failure.setGeometry(self.rect())

    def open_record(self, kind: RecordKind, record_id: str) -> bool:
        """Show the record if this page owns its kind; True when it did."""
        return False

    def save_pending(self) -> None:
        """Write anything typed but not saved yet; called before the window closes."""

    def _refresh_if_mine(self, pairing_id: str) -> None:
        if self.pairing is not None and self.pairing.id == pairing_id:
            self.load()

    def _filter_box(self, hint: str) -> QLineEdit:
        box = QLineEdit()
        box.setPlaceholderText(hint)
        box.setClearButtonEnabled(True)
        return box

    def _lay_out_with_detail(
        self, main: QWidget, filter_box: QLineEdit, sizes: tuple[int, int], side: QWidget | None = None
    ) -> SafeBrowser:
        """Title and filter on top; `main` beside a detail view whose record links open other records.

        `side`, when given, takes the detail view's place in the layout (and should hold it).
        """
        detail = SafeBrowser()
        detail.record_link_clicked.connect(self.open_requested)
        header_box, self.subtitle = self._header()
        top = QHBoxLayout()
        top.addWidget(header_box, 1)
        top.addWidget(filter_box, 0, Qt.AlignmentFlag.AlignBottom)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(main)
        splitter.addWidget(side or detail)
        splitter.setStretchFactor(0, sizes[0])
        splitter.setStretchFactor(1, sizes[1])
        splitter.setSizes(list(sizes))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        return detail

    def _header(self, subtitle: str = "") -> tuple[QWidget, Any]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.title, "PageTitle"))
        sub = label(subtitle, "PageSubtitle", wrap=True)
        layout.addWidget(sub)
        return box, sub


class ListDetailPage(Page, Generic[Row]):
    """A filterable table of records on the left and the selected record's details on the right."""

    kinds: tuple[RecordKind, ...] = ()
    filter_hint = "Filter"

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self.model: RowTableModel[Row] = RowTableModel(self.columns(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.stretch_column(), QHeaderView.ResizeMode.Stretch)
        for column, width in self.fixed_widths().items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.filter = self._filter_box(self.filter_hint)
        self.filter.textChanged.connect(self._on_filter)
        self.detail = self._lay_out_with_detail(
            self.table, self.filter, self._sizes(), side=self.side_panel()
        )

    # what subclasses provide
    def columns(self) -> Sequence[Column[Row]]:
        raise NotImplementedError

    def stretch_column(self) -> int:
        return 1

    def side_panel(self) -> QWidget | None:
        """A widget shown beside the table instead of the read-only detail view (an editor)."""
        return None

    def split_sizes(self) -> tuple[int, int]:
        return 760, 400

    def show_row(self, row: Row) -> None:
        self.detail.setHtml(self.detail_html(row))

    def fixed_widths(self) -> dict[int, int]:
        """Columns whose content can be long (tags, lists): a set width the user may change."""
        return {}

    def load_rows(self, pairing: PairingInfo) -> list[Row]:
        raise NotImplementedError

    def row_id(self, row: Row) -> str:
        return str(getattr(row, "id"))  # noqa: B009

    def detail_html(self, row: Row) -> str:
        raise NotImplementedError

    def subtitle_text(self, rows: list[Row]) -> str:
        return f"{len(rows)} records"

    # behaviour
    def refresh(self) -> None:
        if self.pairing is None:
            return
        selected = self.selected_row()
        keep = None if selected is None else self.row_id(selected)
        rows = self.load_rows(self.pairing)
        self.model.set_rows(rows)
        self.subtitle.setText(self.subtitle_text(rows))
        if (keep is None or not self.select_id(keep)) and not self._select_first():
            self.show_none(rows)

    def show_none(self, rows: list[Row]) -> None:
        """No row is selected after a refresh (none left, or another pairing): nothing of the record
        shown before may stay on screen."""
        self.detail.setHtml(self.empty_detail_html(rows))

    def empty_detail_html(self, rows: list[Row]) -> str:
        if not rows:
            return "<p style='color:#6b7280'>Nothing here yet for this pairing.</p>"
        return "<p style='color:#6b7280'>Select a row to see its details.</p>"

    def selected_row(self) -> Row | None:
        indexes = self.table.selectionModel().selectedRows()
        return None if not indexes else indexes[0].data(ROW_ROLE)

    def _select_first(self) -> bool:
        if self.proxy.rowCount() == 0:
            return False
        self.table.selectRow(0)
        return True

    def select_id(self, record_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.row_id(index.data(ROW_ROLE)) == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def _sizes(self) -> tuple[int, int]:
        """The list/panel split; Review mode's larger type gets the panel more of the width."""
        table, panel = self.split_sizes()
        return (round(table * 0.8), round(panel * 1.3)) if self.services.review.on else (table, panel)

    def open_record(self, kind: RecordKind, record_id: str) -> bool:
        if kind not in self.kinds:
            return False
        if self.select_id(record_id):
            return True
        if self.filter.text():  # the filter may hide it
            self.filter.clear()
            return self.select_id(record_id)
        return False

    def _on_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        if row is not None:
            self.show_row(row)
