"""The generic row model, tested without any widget."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from mentordesk.ui.table_model import ROW_ROLE, Column, RowTableModel


@dataclass(frozen=True)
class Item:
    name: str
    size: int


def make() -> RowTableModel[Item]:
    return RowTableModel(
        [
            Column("Name", lambda i: i.name, tooltip=lambda i: f"about {i.name}"),
            Column("Size", lambda i: str(i.size), colour=lambda i: QColor("red") if i.size > 9 else None,
                   sort_key=lambda i: i.size),
        ]
    )  # fmt: skip


def test_rows_and_roles(qapp: object) -> None:
    model = make()
    assert model.rowCount() == 0
    model.set_rows([Item("a", 2), Item("b", 10)])
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Size"
    assert model.data(model.index(1, 0)) == "b"
    assert model.data(model.index(1, 0), ROW_ROLE) == Item("b", 10)
    tip = model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert "about b" in tip and tip.startswith("<p")  # quoted as text, never read as markup
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole) == QColor("red")
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1, 1), Qt.ItemDataRole.UserRole) == 10
    assert model.data(QModelIndex()) is None


def test_set_rows_resets(qtbot: object, qapp: object) -> None:
    model = make()
    model.set_rows([Item("a", 1)])
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows([Item("x", 1), Item("y", 2), Item("z", 3)])
    assert resets == [True] and [r.name for r in model.rows()] == ["x", "y", "z"]
