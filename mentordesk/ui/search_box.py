"""The global search box (Ctrl+K): hits across every record kind, shown in a completer popup. Each hit
reads as two lines, its kind's icon, its title, and a plain-text snippet with the words typed in bold."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPainter, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import RecordKind, SearchHit
from mentordesk.ui.i18n import translate
from mentordesk.ui.theme import icon

DEBOUNCE_MS = 150
POPUP_WIDTH = 620  # wide enough for a title and a dozen words of snippet
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
WORD = re.compile(r"\w+", re.UNICODE)

KIND_ICONS = {
    RecordKind.CARD: "task",
    RecordKind.CHECKLIST_ITEM: "task",
    RecordKind.SESSION: "sessions",
    RecordKind.SESSION_NOTE: "sessions",
    RecordKind.AGENDA_ITEM: "sessions",
    RecordKind.ACTION_ITEM: "sessions",
    RecordKind.DECISION: "decisions",
    RecordKind.COMMENT: "decisions",
    RecordKind.ADDENDUM: "decisions",
    RecordKind.EVENT: "archeology",
    RecordKind.ERA: "archeology",
}


def highlighted(text: str, words: list[str]) -> str:
    """`text` as HTML with every word that starts with one of `words` (case-insensitive) in bold."""
    folded = [w.casefold() for w in words if w]
    out, last = [], 0
    for match in WORD.finditer(text):
        if any(match.group().casefold().startswith(w) for w in folded):
            out += [escape(text[last : match.start()]), f"<b>{escape(match.group())}</b>"]
            last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


def hit_html(hit: SearchHit, words: list[str], where: str) -> str:
    snippet = hit.snippet if hit.snippet and hit.snippet != hit.title else ""
    second = f"<br><span style='color:#4b5563'>{highlighted(snippet, words)}</span>" if snippet else ""
    place = f"<span style='color:#6b7280'>{escape(where)}</span>" if where else ""
    return (
        f"<span style='color:#6b7280'>{escape(labels.label(hit.kind))}</span>&nbsp; "
        f"{highlighted(hit.title, words)}{place}{second}"
    )


class HitDelegate(QStyledItemDelegate):
    """Paints a hit's icon and its HTML (two lines, elided by the document's width)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        text, option.text = option.text, ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = option.rect
        size = option.decorationSize.width()
        kind_icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(kind_icon, QIcon):
            kind_icon.paint(painter, rect.left() + 6, rect.top() + 6, size, size)
        document = self._document(index, rect.width() - size - 18)
        painter.save()
        painter.translate(rect.left() + size + 12, rect.top() + 3)
        document.drawContents(painter, QRectF(0, 0, rect.width() - size - 18, rect.height() - 4))
        painter.restore()
        option.text = text

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        document = self._document(index, POPUP_WIDTH)
        lines = 2 if "<br>" in str(index.data(HTML_ROLE) or "") else 1
        height = option.fontMetrics.lineSpacing() * lines + 10
        return QSize(int(document.idealWidth()), max(height, 28))

    @staticmethod
    def _document(index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(2)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(width, 50))
        return document


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
        self.setPlaceholderText(translate("SearchBox", "Search everything  (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.results = QStandardItemModel(self)
        self._completer = QCompleter(self.results, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(10)
        self._completer.setWidget(self)
        popup = self._completer.popup()
        assert popup is not None
        self._popup = popup
        popup.setObjectName("SearchResults")
        popup.setItemDelegate(HitDelegate(popup))
        popup.setIconSize(QSize(16, 16))
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

    def shown_texts(self) -> list[str]:
        """Each result as plain text (what a screen reader reads)."""
        return [self.results.item(row).text() for row in range(self.results.rowCount())]

    def run_search(self) -> None:
        text = self.text()
        self._hits = self._search(text) if text.strip() else []
        words = WORD.findall(text)
        self.results.clear()
        for hit in self._hits:
            where = self._where(hit)
            item = QStandardItem(_hit_text(hit) + where)
            item.setData(hit_html(hit, words, where), HTML_ROLE)
            item.setIcon(self._icon(hit.kind))
            item.setEditable(False)
            self.results.appendRow(item)
        if self._hits:
            self._completer.complete(self._popup_rect())
        else:
            self._popup.hide()

    def _popup_rect(self) -> QRect:
        """Under the box, as wide as the hits need (more than the box is), kept inside the window."""
        width = max(self.width(), POPUP_WIDTH)
        window = self.window()
        right_edge = self.mapTo(window, self.rect().topRight()).x() if window is not None else width
        rect = self.rect()
        rect.setLeft(rect.right() - min(width, max(right_edge, self.width())))
        return rect

    def _icon(self, kind: RecordKind) -> QIcon:
        return icon(KIND_ICONS.get(kind, "search"))  # in the theme's colour (icon() keeps each drawn)

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
    return f"{labels.label(hit.kind)}: {hit.title}{snippet}"
