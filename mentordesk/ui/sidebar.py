"""The page list at the window's left: names and icons, or icons alone (each name its tooltip) when the
window is too narrow to give the pages the width they need."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mentordesk.ui.theme import icon

WIDE, NARROW = 220, 60  # px at normal type
COMPACT_BELOW = 1240  # a window narrower than this (at normal type) shows icons only


class _Delegate(QStyledItemDelegate):
    def __init__(self, sidebar: Sidebar) -> None:
        super().__init__(sidebar)
        self.sidebar = sidebar

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self.sidebar.compact:
            option.text = ""  # the name is the item's tooltip, and what screen readers read
            option.displayAlignment = Qt.AlignmentFlag.AlignCenter
            option.decorationPosition = QStyleOptionViewItem.Position.Top


class Sidebar(QListWidget):
    def __init__(self, pages: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.compact = False
        self.scale = 1.0
        self.setIconSize(QSize(20, 20))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_Delegate(self))
        for icon_name, title in pages:
            item = QListWidgetItem(icon(icon_name, "#c7d2fe"), title, self)
            item.setToolTip(title)
        self.setFixedWidth(WIDE)

    def fit(self, window_width: int, scale: float = 1.0) -> None:
        """Names and icons, or icons alone in a window narrower than COMPACT_BELOW (scaled with the type)."""
        self.scale = scale
        compact = window_width < COMPACT_BELOW * scale
        width = round((NARROW if compact else WIDE) * scale)
        if compact != self.compact or width != self.width():
            self.compact = compact
            self.setProperty("compact", compact)
            self.style().unpolish(self)  # the style sheet's item padding differs when compact
            self.style().polish(self)
            self.setFixedWidth(width)
            self.doItemsLayout()
            if self.isVisible():  # else it is painted whole when shown
                self.viewport().update()
