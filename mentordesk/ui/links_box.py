"""A record's links to other records: a list to open them from, and a searchable picker to add one."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import LinkInfo
from mentordesk.ui.i18n import translate
from mentordesk.ui.plain import plain_tip
from mentordesk.ui.widgets import label

MAX_VISIBLE_ROWS = 6
FIND_DELAY_MS = 150  # a search for link targets waits this long after the last key

#: Records to offer for linking: those whose title holds the text, leaving out the ids already linked.
Finder = Callable[[str, Collection[str]], list[LinkInfo]]


def link_text(info: LinkInfo) -> str:
    return f"{labels.label(info.kind)}: {info.title}"


class LinksBox(QWidget):
    """What a record is linked to. Emits what the user asked for; the owner runs it through the services."""

    opened = Signal(object, str)  # RecordKind, record id
    added = Signal(object, str)  # RecordKind, record id
    removed = Signal(str)  # link id

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.links = QListWidget()
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.links.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.links.setToolTip(
            translate("LinksBox", "Double-click or press Enter to open; Delete removes the link")
        )
        self.links.setAccessibleName(title)
        self.links.itemActivated.connect(self._on_activated)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.links)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.setWhatsThis(translate("LinksBox", "Remove the link chosen"))
        remove.activated.connect(self.unlink)

        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(8)
        self.target.setAccessibleName(translate("LinksBox", "Record to link"))
        typed = self.target.lineEdit()
        assert typed is not None  # the combo box is editable
        typed.setPlaceholderText(translate("LinksBox", "Type to find a record to link"))
        completer = QCompleter(self.target.model(), self.target)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.target.setCompleter(completer)
        typed.returnPressed.connect(self.link)
        self._find: Finder = lambda _text, _linked: []
        self._linked: set[str] = set()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(FIND_DELAY_MS)
        self._typing.timeout.connect(lambda: self._offer(self.target.currentText().strip()))
        typed.textEdited.connect(lambda _text: self._typing.start())
        self.link_button = QPushButton(translate("LinksBox", "Link"))
        self.link_button.clicked.connect(self.link)
        self.unlink_button = QPushButton(translate("LinksBox", "Unlink"))
        self.unlink_button.setEnabled(False)
        self.unlink_button.clicked.connect(self.unlink)
        self.links.currentRowChanged.connect(lambda row: self.unlink_button.setEnabled(row >= 0))
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(title, "FieldTitle"))
        layout.addWidget(self.links)
        layout.addLayout(row)

    def set_links(self, links: list[LinkInfo], find: Finder) -> None:
        """Show the current links, and offer records to link from `find(text, linked ids)`: the newest
        at first, then those matching what is typed, asked for again a moment after typing stops."""
        self._find = find
        self.links.clear()
        for info in links:
            item = QListWidgetItem(link_text(info), self.links)
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setToolTip(plain_tip(link_text(info)))
        if not links:
            empty = QListWidgetItem(translate("LinksBox", "Nothing linked yet"), self.links)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self._fit_height()
        self._linked = {info.record_id for info in links}
        self._offer("")
        self.target.setCurrentIndex(-1)
        self.unlink_button.setEnabled(False)

    def _offer(self, text: str) -> None:
        """Fill the picker with the records `text` finds, keeping what is typed and where."""
        typed = self.target.lineEdit()
        assert typed is not None
        kept, cursor = typed.text(), typed.cursorPosition()
        self.target.blockSignals(True)
        self.target.clear()
        for info in self._find(text, self._linked):
            self.target.addItem(link_text(info), info)
        self.target.setCurrentIndex(-1)
        self.target.setEditText(kept)
        typed.setCursorPosition(cursor)
        self.target.blockSignals(False)
        offered = self.target.count() > 0 or bool(text)
        self.target.setEnabled(offered)
        self.link_button.setEnabled(offered)

    def _fit_height(self) -> None:
        """Tall enough for every link, up to six rows; then it scrolls."""
        rows = min(max(self.links.count(), 1), MAX_VISIBLE_ROWS)
        row_height = self.links.sizeHintForRow(0) if self.links.count() else self.fontMetrics().height() + 4
        self.links.setFixedHeight(rows * row_height + 2 * self.links.frameWidth() + 4)

    def chosen(self) -> LinkInfo | None:
        """The candidate picked, or the only one whose text contains what was typed."""
        typed = self.target.currentText().strip()
        exact = self.target.findText(typed, Qt.MatchFlag.MatchFixedString)  # picked from the list
        if exact < 0 and self._typing.isActive():  # typed since the last search: search now
            self._typing.stop()
            self._offer(typed)
        texts = [self.target.itemText(i).casefold() for i in range(self.target.count())]
        exact_rows = [i for i, text in enumerate(texts) if text == typed.casefold()]
        partial = [i for i, text in enumerate(texts) if typed and typed.casefold() in text]
        found = exact_rows or (partial if len(partial) == 1 else [])
        info = self.target.itemData(found[0]) if found else None
        return info if isinstance(info, LinkInfo) else None

    def link(self) -> None:
        info = self.chosen()
        if info is not None:
            self.added.emit(info.kind, info.record_id)
        elif self.target.currentText().strip():
            self.target.setToolTip(
                translate("LinksBox", "No single record matches what was typed; pick one from the list")
            )
            self.target.showPopup()

    def unlink(self) -> None:
        item = self.links.currentItem()
        info = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(info, LinkInfo) and info.id is not None:
            self.removed.emit(info.id)

    def _on_activated(self, item: QListWidgetItem) -> None:
        info = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(info, LinkInfo):
            self.opened.emit(info.kind, info.record_id)

    def linked(self) -> list[LinkInfo]:
        """The links shown, in order."""
        found = (self.links.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.links.count()))
        return [info for info in found if isinstance(info, LinkInfo)]
