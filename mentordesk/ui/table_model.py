"""A thin, generic item model: rows in through set_rows(), columns described once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from mentordesk.ui.plain import plain_tip

Row = TypeVar("Row")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""data(index, ROW_ROLE) returns the row object itself."""

AnyIndex = QModelIndex | QPersistentModelIndex

_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_SORT = Qt.ItemDataRole.UserRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
# A view asks for about seven roles of every cell it paints (font, alignment, check state, ...); the
# others are answered before the row is looked up.
_ANSWERED = frozenset({_DISPLAY, _DECORATION, _FOREGROUND, _TOOLTIP, _SORT, _ALIGN, ROW_ROLE})


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    icon: Callable[[Row], QIcon | None] | None = None
    colour: Callable[[Row], QColor | None] | None = None
    tooltip: Callable[[Row], str] | None = None
    sort_key: Callable[[Row], Any] | None = None
    sort: str = ""
    """The order a paged list asks its service for when this column is sorted ("" when it cannot be)."""
    align: Qt.AlignmentFlag | None = None
    """How the cells place their text (None: as the view does, at the start)."""


def cell(column: Column[Row], row: Row, role: int) -> Any:
    """What a table shows of `row` in `column` for the item data `role`."""
    if role == _DISPLAY:
        return column.text(row)
    if role == _DECORATION and column.icon is not None:
        return column.icon(row)
    if role == _FOREGROUND and column.colour is not None:
        return column.colour(row)
    if role == _TOOLTIP:
        return plain_tip(column.tooltip(row) if column.tooltip is not None else column.text(row))
    if role == _SORT:
        return column.sort_key(row) if column.sort_key is not None else column.text(row)
    if role == _ALIGN and column.align is not None:
        return int(column.align)
    return None


class ColumnTableModel(QAbstractTableModel, Generic[Row]):
    """A table of rows described by `columns`; subclasses hold the rows and say how many there are."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    def row_at(self, row: int) -> Row | None:
        """The row at `row`; None past the end."""
        raise NotImplementedError

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:
            return None
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        return cell(self._columns[index.column()], row, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None


class RowTableModel(ColumnTableModel[Row]):
    """Rows in through set_rows(), all held."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)
