"""The card editor beside the board: out of the way (collapsed) while no card is selected, so the board has
the width for its columns, and back at the width the user last left it when one is."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QSplitter, QStackedWidget, QWidget

from mentordesk.ui.board.column_view import NARROWEST

DEFAULT_WIDTH = 420
LEAST_WIDTH = 280


class CardSide:
    def __init__(self, splitter: QSplitter, stack: QStackedWidget, review: bool) -> None:
        self.splitter, self.stack = splitter, stack
        self._key = "split/Plan/editor" + ("/review" if review else "")
        self.width = int(str(QSettings().value(self._key, DEFAULT_WIDTH)))
        splitter.setCollapsible(1, True)
        splitter.splitterMoved.connect(self._moved)

    def step_aside(self, shown: QWidget, focus_to: QWidget) -> None:
        """Collapse the panel (showing `shown` in it); the keys go to `focus_to` if the panel had them."""
        focus = QApplication.focusWidget()
        had_focus = focus is None or self.stack.isAncestorOf(focus)
        self.stack.setCurrentWidget(shown)
        board, side = self.splitter.sizes()
        if side:  # the width it had is kept only when the user set it (_moved)
            self.splitter.setSizes([board + side, 0])
        if had_focus:  # Ctrl+N and Ctrl+arrows still reach the page
            focus_to.setFocus()

    def step_in(self, shown: QWidget) -> None:
        self.stack.setCurrentWidget(shown)
        board, side = self.splitter.sizes()
        if not side:
            width = min(self.width, max(board - NARROWEST, LEAST_WIDTH))
            self.splitter.setSizes([board - width, width])

    def _moved(self, _position: int, _index: int) -> None:
        side = self.splitter.sizes()[1]
        if side:
            self.width = side
            QSettings().setValue(self._key, side)
