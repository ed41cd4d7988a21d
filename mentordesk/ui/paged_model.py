"""A table model over a list too long to hold: it knows how many rows there are and reads them in blocks
as the view asks for them (the rows on screen, and those a column's width is fitted to)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal

from mentordesk.ui.table_model import AnyIndex, Column, ColumnTableModel

Row = TypeVar("Row")

#: Rows read at a time: a screenful many times over, and still one short indexed query.
BLOCK = 200

#: Blocks kept once read; scrolling far through a long list reads again what it left long ago.
KEPT_BLOCKS = 50

Fetch = Callable[[int, int], Sequence[Row]]


class PagedTableModel(ColumnTableModel[Row]):
    """Rows `fetch(offset, limit)` returns, `total` of them. Sorting emits `sort_requested(column,
    descending)`: the owner reads the list again in its new order (or keeps the order it has). A signal,
    not a callback held here: a callback bound to the owner would tie the two in a reference cycle, and
    the garbage collector clearing it left the view asking a model emptied of its columns."""

    sort_requested = Signal(int, bool)

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._fetch: Fetch[Row] = lambda _offset, _limit: ()
        self._total = 0
        self._blocks: dict[int, Sequence[Row]] = {}

    def set_source(self, fetch: Fetch[Row], total: int) -> None:
        self.beginResetModel()
        self._fetch, self._total, self._blocks = fetch, total, {}
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        """The row at `row`, read with its block if it is not held yet; None past the end (the records
        may have changed since the list was counted: the next refresh counts again)."""
        if not 0 <= row < self._total:
            return None
        block = row // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            if len(self._blocks) >= KEPT_BLOCKS:
                self._blocks.pop(next(iter(self._blocks)))
            rows = self._blocks[block] = self._fetch(block * BLOCK, BLOCK)
        offset = row - block * BLOCK
        return rows[offset] if offset < len(rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(column, order == Qt.SortOrder.DescendingOrder)
