"""What stands in for a record's editor while there is no record to show: what goes here, and how to
begin. No editor of a record that does not exist, no button that acts on nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mentordesk.ui.widgets import label


@dataclass(frozen=True)
class EmptyState:
    title: str
    text: str
    actions: Sequence[tuple[str, Callable[[], object]]] = field(default=())  # (button text, what it does)


class EmptyPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyPanel")
        self.title = label("", "SectionTitle", wrap=True)
        self.text = label("", "EmptyStateText", wrap=True)
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout()
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 24, 24, 24)
        column.addStretch(1)
        for widget in (self.title, self.text):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(widget)
        column.addSpacing(8)
        column.addLayout(self._row)
        column.addStretch(2)

    def show_state(self, state: EmptyState) -> None:
        self.title.setText(state.title)
        self.text.setText(state.text)
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._row.addStretch()
        self.buttons = []
        for number, (text, act) in enumerate(state.actions):
            button = QPushButton(text)
            button.setProperty("primary", number == 0)
            button.clicked.connect(lambda _c=False, a=act: a())
            self._row.addWidget(button)
            self.buttons.append(button)
        self._row.addStretch()
