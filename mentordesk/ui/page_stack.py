"""The main window's pages, in sidebar order: each is made, and loads its records, the first time it is
shown, so the window's first paint waits for one page only."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget

from mentordesk.domain import PairingInfo
from mentordesk.ui.pages import PAGES, PageSpec

if TYPE_CHECKING:
    from mentordesk.ui.pages.base import Page


class PageStack(QStackedWidget):
    """`make(spec)` makes a page; `pairing()` is the pairing a page made now should show."""

    def __init__(self, make: Callable[[PageSpec], Page], pairing: Callable[[], PairingInfo | None]) -> None:
        super().__init__()
        self._make = make
        self._pairing = pairing
        self._pages: list[Page | None] = [None] * len(PAGES)
        for _spec in PAGES:
            self.addWidget(QWidget())  # a stand-in until the page is first shown

    def page_at(self, row: int) -> Page:
        page = self._pages[row]
        if page is None:
            page = self._make(PAGES[row])
            self._put(row, page)
            self._pages[row] = page
            pairing = self._pairing()
            if pairing is not None:
                page.set_pairing(pairing)
        return page

    def show_row(self, row: int) -> None:
        if row >= 0:
            self.page_at(row)
            self.setCurrentIndex(row)

    def built(self) -> list[Page]:
        """The pages made so far."""
        return [page for page in self._pages if page is not None]

    def drop_all(self) -> None:
        """Save what each page holds typed, then let every page go: each is made again when shown."""
        for row, page in enumerate(self._pages):
            if page is not None:
                page.save_pending()
                self._put(row, QWidget())
                self._pages[row] = None

    def _put(self, row: int, widget: QWidget) -> None:
        """`widget` in the place of whatever is at `row`, which is let go."""
        old = self.widget(row)
        assert old is not None
        self.insertWidget(row, widget)
        self.removeWidget(old)
        old.setParent(None)
        old.deleteLater()
