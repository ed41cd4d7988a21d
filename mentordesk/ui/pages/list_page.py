"""A page that lists its pairing's records of one kind (sessions, decisions) beside the record chosen:
a list read by visible blocks, sortable and filtered as the user types, that sets minor columns aside
when it is narrow."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QWidget,
)

from mentordesk.domain import RecordKind
from mentordesk.listing import ListQuery
from mentordesk.services import Services
from mentordesk.ui import html
from mentordesk.ui.empty_panel import EmptyPanel, EmptyState
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.paged_model import PagedTableModel
from mentordesk.ui.pages.base import Page, remember_split
from mentordesk.ui.table_model import Column

Row = TypeVar("Row")
Row_co = TypeVar("Row_co", covariant=True)

#: Rows a column's width is fitted to (those near the top, and those on screen), not every row: fitting
#: to all 25,000 rows of a large list asked each row for its text, 200,000 calls.
RESIZE_PRECISION = 200
TITLE_CHARS = 22  # the stretching column keeps room for this many characters before others step aside


class PagedSource(Protocol[Row_co]):
    """A service whose records a list shows a window at a time (decisions, sessions)."""

    def page(self, pairing_id: str, query: Any, offset: int, limit: int) -> Sequence[Row_co]: ...

    def count(self, pairing_id: str, query: Any) -> int: ...

    def position(self, pairing_id: str, query: Any, record_id: str) -> int | None: ...


class ListDetailPage(Page, Generic[Row]):
    """A filterable table of records on the left and the selected record's details on the right.

    The table holds only the rows near what is on screen: it asks the page's `source()` how many records
    match `query()`, reads them a block at a time as they come into view, and sorts and filters in the
    service's query, so a list of 25,000 records costs what one of a few hundred does."""

    kinds: tuple[RecordKind, ...] = ()
    filter_hint = QT_TRANSLATE_NOOP("Pages", "Filter")

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self._columns = list(self.columns())
        self.sort_name, self.sort_descending = "", False
        self._sorted_column = -1
        self._query: ListQuery = ListQuery()
        self._listed_for = ""  # the pairing the list shows
        self.model: PagedTableModel[Row] = PagedTableModel(self._columns, self)
        self.model.sort_requested.connect(self._on_sort)
        self.table = QTableView()
        self.table.setAccessibleName(translate("Pages", self.title))
        self.table.setModel(self.model)
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
        self.table.viewport().installEventFilter(self)  # a narrower list sets columns aside (_fit_columns)
        self.filter = self._filter_box(translate("Pages", self.filter_hint))
        self.filter.textChanged.connect(self._on_filter)
        self._side = self.side_panel()
        self.empty_panel = EmptyPanel()
        self._side_stack: QStackedWidget | None = None
        if self._side is not None:  # an editor: while no record is selected, say what goes here instead
            self._side_stack = QStackedWidget()
            self._side_stack.addWidget(self._side)
            self._side_stack.addWidget(self.empty_panel)
        self.detail = self._lay_out_with_detail(self.table, self.filter, self._sizes(), side=self._side_stack)
        self._remember_split()

    # what subclasses provide
    def columns(self) -> Sequence[Column[Row]]:
        raise NotImplementedError

    def source(self) -> PagedSource[Row]:
        """The service the list reads its rows from."""
        raise NotImplementedError

    def query(self) -> ListQuery:
        """What the list shows now: the filter box's text, the sorted column and the page's own filters."""
        return ListQuery(text=self.filter.text(), sort=self.sort_name, descending=self.sort_descending)

    def stretch_column(self) -> int:
        return 1

    def side_panel(self) -> QWidget | None:
        """A widget shown beside the table instead of the read-only detail view (an editor)."""
        return None

    def split_sizes(self) -> tuple[int, int]:
        return 760, 400

    def show_row(self, row: Row) -> None:
        self.detail.setHtml(self.detail_html(row))

    def optional_columns(self) -> Sequence[int]:
        """Columns set aside, in this order, while the list is too narrow to show the stretching column
        (the title) readably; the panel beside the list shows what they hold."""
        return ()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - self.fontMetrics().averageCharWidth() * TITLE_CHARS
        stretch, fixed = self.stretch_column(), self.fixed_widths()

        def wanted(column: int) -> int:
            return fixed.get(column) or max(
                header.sectionSizeHint(column), self.table.sizeHintForColumn(column)
            )

        shown = [c for c in range(header.count()) if c != stretch and c not in self.optional_columns()]
        used = sum(wanted(c) for c in shown)
        for column in reversed(self.optional_columns()):  # the most wanted first
            width = wanted(column)
            hide = used + width > room
            header.setSectionHidden(column, hide)
            used += 0 if hide else width

    def fixed_widths(self) -> dict[int, int]:
        """Columns whose content can be long (tags, lists): a set width the user may change."""
        return {}

    def row_id(self, row: Row) -> str:
        return str(getattr(row, "id"))  # noqa: B009

    def detail_html(self, row: Row) -> str:
        raise NotImplementedError

    def subtitle_text(self, shown: int) -> str:
        return translate("ListDetailPage", "{shown} records").format(shown=shown)

    # behaviour
    def refresh(self) -> None:
        """Show the pairing's records as stored now (pages add what else they read: choices, counts)."""
        self.reload_list()

    def reload_list(self) -> None:
        """Read the list again for the query as it stands (after a sort, a filter, a refresh)."""
        if self.pairing is None:
            return
        pairing_id, source, query = self.pairing.id, self.source(), self.query()
        selected = self.selected_row() if self._listed_for == pairing_id else None
        keep = None if selected is None else self.row_id(selected)
        self._query, self._listed_for = query, pairing_id
        shown = source.count(pairing_id, query)
        self.model.set_source(lambda offset, limit: source.page(pairing_id, query, offset, limit), shown)
        self.subtitle.setText(self.subtitle_text(shown))
        if (keep is None or not self.select_id(keep)) and not self._select_first():
            self.show_none(shown)

    def show_none(self, shown: int) -> None:
        """No row is selected after a refresh (none left, or another pairing): nothing of the record
        shown before may stay on screen."""
        self.detail.setHtml(self.empty_detail_html(shown))
        if self._side_stack is not None:
            self.empty_panel.show_state(self.empty_state(shown))
            self._side_stack.setCurrentWidget(self.empty_panel)

    def empty_state(self, shown: int) -> EmptyState:
        """What the side panel says while no record is selected: `shown` rows are listed."""
        if shown:
            return EmptyState(
                translate("ListDetailPage", "No record selected"),
                translate("ListDetailPage", "Select a row to see it here."),
            )
        if self.filter.text():
            return EmptyState(
                translate("ListDetailPage", "Nothing matches the filter"),
                "",
                [(translate("ListDetailPage", "Clear the filter"), self.filter.clear)],
            )
        return EmptyState(translate("ListDetailPage", "Nothing here yet"), "")

    def empty_detail_html(self, shown: int) -> str:
        if not shown:
            return html.faint(translate("Page", "Nothing here yet for this pairing."))
        return html.faint(translate("Page", "Select a row to see its details."))

    def selected_row(self) -> Row | None:
        indexes = self.table.selectionModel().selectedRows()
        return None if not indexes else self.model.row_at(indexes[0].row())

    def _select_first(self) -> bool:
        if self.model.rowCount() == 0:
            return False
        self.table.selectRow(0)
        return True

    def select_id(self, record_id: str) -> bool:
        if self.pairing is None:
            return False
        row = self.source().position(self.pairing.id, self._query, record_id)
        if row is None or row >= self.model.rowCount():
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _sizes(self) -> tuple[int, int]:
        """The list/panel split, as the page's split_sizes() says (the same share in Review mode, whose
        larger type needs the list's width as much as the panel's)."""
        return self.split_sizes()

    def _remember_split(self) -> None:
        remember_split(self.splitter, self.title, self.services.review.on)

    def open_record(self, kind: RecordKind, record_id: str) -> bool:
        if kind not in self.kinds:
            return False
        if self.select_id(record_id):
            return True
        if self.filter.text():  # the filter may hide it
            self.filter.clear()
            return self.select_id(record_id)
        return False

    def _on_filter(self, _text: str) -> None:
        self.reload_list()

    def _on_sort(self, column: int, descending: bool) -> None:
        """A header was clicked: read the list again in that column's order. A column the service cannot
        sort by keeps the order there was (and its arrow)."""
        name = self._columns[column].sort if 0 <= column < len(self._columns) else ""
        header = self.table.horizontalHeader()
        if column >= 0 and not name:
            blocked = header.blockSignals(True)
            order = Qt.SortOrder.DescendingOrder if self.sort_descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self._sorted_column, order)
            header.blockSignals(blocked)
            return
        if (column, name, descending) == (self._sorted_column, self.sort_name, self.sort_descending):
            return  # asked again for the order it has (QTableView.sortByColumn asks twice)
        self._sorted_column, self.sort_name, self.sort_descending = column, name, descending
        self.reload_list()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        if row is not None:
            if self._side_stack is not None and self._side is not None:
                self._side_stack.setCurrentWidget(self._side)
            self.show_row(row)
