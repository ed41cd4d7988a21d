"""The command palette (Ctrl+Shift+P): type a few letters of any menu entry or of a record's name, press
Enter. Entries are read from the window's menus as they are now (only those that can be used), records
from the search index, in every pairing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMenuBar,
    QVBoxLayout,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import RecordKind, SearchHit
from mentordesk.fuzzy import best
from mentordesk.ui.i18n import translate
from mentordesk.ui.search_box import KIND_ICONS
from mentordesk.ui.theme import icon

ACTIONS_SHOWN = 12
RECORDS_SHOWN = 8
SEARCH_DELAY_MS = 120  # records are looked up once typing pauses


@dataclass(frozen=True)
class Command:
    name: str  # "Edit › Undo Move card"
    keys: str
    action: QAction


def commands(menus: QMenuBar) -> list[Command]:
    """Every entry of the menus that can be used now, named by its menu."""
    found: list[Command] = []

    def walk(menu: QMenu, path: str) -> None:
        menu.aboutToShow.emit()  # menus that fill or enable their entries as they open do it now
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} › {submenu.title().replace('&', '')}")
            elif action.text() and not action.isSeparator() and action.isEnabled() and action.isVisible():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                found.append(Command(f"{path} › {action.text().replace('&', '')}", keys, action))

    for top in menus.actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.isVisible():
            walk(menu, top.text().replace("&", ""))
    return found


class CommandPalette(QDialog):
    """`search(text)` finds records; `open_hit(hit)` shows one. Closes before it runs what was chosen,
    so a dialog the entry opens is not under the palette."""

    def __init__(
        self,
        menus: QMenuBar,
        search: Callable[[str], Sequence[SearchHit]],
        open_hit: Callable[[SearchHit], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Command palette", "Command palette"))
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setObjectName("CommandPalette")
        self.commands = commands(menus)
        self._search = search
        self._open_hit = open_hit
        self._hits: list[SearchHit] = []
        self.query = QLineEdit()
        self.query.setPlaceholderText(translate("Command palette", "Type a command or a record's name"))
        self.query.setAccessibleName(translate("Command palette", "Command or record"))
        self.results = QListWidget()
        self.results.setAccessibleName(translate("Command palette", "Matching commands and records"))
        self.results.setObjectName("PaletteResults")
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(self._run)
        self.hint = QLabel(translate("Command palette", "↑↓ choose · Enter runs · Esc closes"))
        self.hint.setObjectName("PageSubtitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._records_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._records_timer.timeout.connect(self._find_records)
        self.query.textChanged.connect(self._typed)
        self.query.installEventFilter(self)
        self._typed("")
        self.resize(560, 420)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and down move through the results while the keyboard stays in the query."""
        if watched is self.query and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
            if event.key() in steps and self.results.count():
                row = self.results.currentRow() + steps[Qt.Key(event.key())]
                self.results.setCurrentRow(min(max(row, 0), self.results.count() - 1))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem()
                if item is not None:
                    self._run(item)
                return True
        return super().eventFilter(watched, event)

    def _typed(self, text: str) -> None:
        self._hits = []
        self._show(best(text, self.commands, lambda command: command.name, ACTIONS_SHOWN))
        if text.strip():
            self._records_timer.start()
        else:
            self._records_timer.stop()

    def _find_records(self) -> None:
        text = self.query.text().strip()
        self._hits = list(self._search(text)[:RECORDS_SHOWN]) if text else []
        self._show(best(text, self.commands, lambda command: command.name, ACTIONS_SHOWN))

    def _show(self, shown: list[Command]) -> None:
        """The results; the one chosen stays chosen when records arrive after it was."""
        current = self.results.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.results.clear()
        for command in shown:
            item = QListWidgetItem(f"{command.name}    {command.keys}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, command)
            self.results.addItem(item)
        for hit in self._hits:
            item = QListWidgetItem(self._icon(hit.kind), f"{labels.label(hit.kind)} › {hit.title}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        rows = [self.results.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.results.count())]
        if rows:
            self.results.setCurrentRow(rows.index(keep) if keep in rows else 0)

    @staticmethod
    def _icon(kind: RecordKind) -> QIcon:
        return icon(KIND_ICONS.get(kind, "search"))

    def _run(self, item: QListWidgetItem) -> None:
        chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        if isinstance(chosen, Command):
            QTimer.singleShot(0, chosen.action.trigger)
        elif isinstance(chosen, SearchHit):
            QTimer.singleShot(0, lambda: self._open_hit(chosen))
