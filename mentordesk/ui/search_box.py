"""The global search box (Ctrl+K): hits across every record kind, shown in a completer popup."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from mentordesk.domain import SearchHit

DEBOUNCE_MS = 150


class SearchBox(QLineEdit):
    """Type to search; Enter or a click opens the highlighted hit (the best one when none is)."""

    hit_chosen = Signal(object)  # SearchHit

    def __init__(
        self,
        search: Callable[[str], list[SearchHit]],
        where: Callable[[SearchHit], str] = lambda _hit: "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._where = where
        self._hits: list[SearchHit] = []
        self.setObjectName("GlobalSearch")
        self.setPlaceholderText("Search everything  (Ctrl+K)")
        self.setClearButtonEnabled(True)
        self.results = QStringListModel(self)
        self._completer = QCompleter(self.results, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        self._completer.setWidget(self)
        popup = self._completer.popup()
        assert popup is not None
        self._popup = popup
        popup.setObjectName("SearchResults")
        popup.clicked.connect(self._on_popup_activated)
        popup.activated.connect(self._on_popup_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._on_return)

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def run_search(self) -> None:
        self._hits = self._search(self.text()) if self.text().strip() else []
        self.results.setStringList([_hit_text(hit) + self._where(hit) for hit in self._hits])
        if self._hits:
            self._completer.complete()
        else:
            self._popup.hide()

    def _on_popup_activated(self, index: QModelIndex) -> None:
        self._choose(index.row())

    def _on_return(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run_search()
        current = self._popup.currentIndex()
        self._choose(current.row() if current.isValid() else 0)

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self._hits):
            hit = self._hits[row]
            self._popup.hide()
            self.hit_chosen.emit(hit)


def _hit_text(hit: SearchHit) -> str:
    snippet = f" — {hit.snippet}" if hit.snippet and hit.snippet != hit.title else ""
    return f"{hit.kind.label}: {hit.title}{snippet}"
