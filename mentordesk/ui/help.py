"""The Help menu: a short guide, every keyboard shortcut (read from the actions themselves), where the
data, backups and log live, and About with the versions a bug report needs."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk import APP_NAME, __version__, wording
from mentordesk.ui.i18n import translate
from mentordesk.ui.widgets import SafeBrowser

ShortcutRow = tuple[str, str, str]  # where, what, keys


def keys_text(keys: Iterable[QKeySequence]) -> str:
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys if not key.isEmpty()
    )


def _menu_rows(menu: QMenu, where: str) -> list[ShortcutRow]:
    rows: list[ShortcutRow] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _menu_rows(submenu, where)
        elif keys := keys_text(action.shortcuts()):
            rows.append((where, action.text().replace("&", ""), keys))
    return rows


def shortcut_rows(menus: QMenuBar, pages: Iterable[QWidget]) -> list[ShortcutRow]:
    """Every shortcut of the window: its menus' actions, then each page's own actions and shortcuts
    (a QShortcut names itself with its what's-this text). An action in both is listed under its menu."""
    rows: list[ShortcutRow] = []
    for action in menus.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(menu, action.text().replace("&", ""))
    listed = {(what, keys) for _where, what, keys in rows}
    for page in pages:
        where = str(getattr(page, "title", "")) or page.objectName()
        own = [(a.text(), keys_text(a.shortcuts())) for a in page.findChildren(QAction) if a.text()]
        own += [(s.whatsThis(), keys_text([s.key()])) for s in page.findChildren(QShortcut) if s.whatsThis()]
        for what, keys in own:
            if keys and (what, keys) not in listed:
                listed.add((what, keys))
                rows.append((where, what, keys))
    return rows


class ShortcutsDialog(QDialog):
    """The shortcuts as a table, with a filter: typing "undo" or "ctrl+k" keeps the rows that match."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Keyboard shortcuts"))
        self.rows = rows
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("Help", "Filter by name or key"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._show)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [translate("Help", "Where"), translate("Help", "Action"), translate("Help", "Keys")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(translate("Help", "Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._show("")
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.resize(640, 560)

    def _show(self, text: str) -> None:
        wanted = text.strip().lower()
        shown = [row for row in self.rows if not wanted or any(wanted in part.lower() for part in row)]
        self.table.setRowCount(len(shown))
        for index, row in enumerate(shown):
            for column, value in enumerate(row):
                self.table.setItem(index, column, QTableWidgetItem(value))


class GuideDialog(QDialog):
    """The built-in guide (resources/help/guide.md), readable without a network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from mentordesk.assets import localised, read_asset
        from mentordesk.render import markdown_to_html

        super().__init__(parent)
        self.setWindowTitle(translate("Help", "{app} guide").format(app=APP_NAME))
        self.browser = SafeBrowser()
        folder = localised("help", wording.language())
        self.browser.setHtml(markdown_to_html(read_asset(*folder.split("/"), "guide.md")))
        self.browser.setAccessibleName(translate("Help", "{app} guide").format(app=APP_NAME))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)


class DataDialog(QDialog):
    """Where the database, its backups, the log and the settings are, each with a way to its folder."""

    def __init__(self, places: list[tuple[str, Path]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Where your data lives"))
        grid = QGridLayout()
        for row, (what, path) in enumerate(places):
            name = QLabel(what)
            shown = QLabel(str(path))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            folder = path if path.is_dir() else path.parent
            opener = QPushButton(translate("Help", "Open folder"))
            opener.setAccessibleName(translate("Help", "Open the folder: {place}").format(place=what))
            opener.setEnabled(folder.is_dir())
            opener.clicked.connect(
                lambda _checked=False, f=folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(f)))
            )
            grid.addWidget(name, row, 0)
            grid.addWidget(shown, row, 1)
            grid.addWidget(opener, row, 2)
        grid.setColumnStretch(1, 1)
        note = QLabel(
            translate(
                "Help",
                "Everything stays on this computer unless you export it. Copy the database file to "
                "move to another computer; close MentorDesk first.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(720, 0)


def versions() -> list[tuple[str, str]]:
    """What a bug report needs: the app's version and those of what it runs on."""
    import platform  # read when About is opened, not at start
    import sqlite3
    from importlib import metadata

    def installed(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return translate("Help", "not found")

    return [
        (APP_NAME, __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("SQLAlchemy", installed("sqlalchemy")),
        ("SQLite", sqlite3.sqlite_version),
        (
            translate("Help", "System"),
            f"{platform.system()} {platform.release()} ({QGuiApplication.platformName()})",
        ),
    ]


def about_text(database: str) -> str:
    lines = "\n".join(f"{name}: {version}" for name, version in versions())
    about = translate("Help", "An offline-first desk for technical mentor–mentee pairs.")
    return f"{about}\n\n{lines}\n\n" + translate("Help", "Database: {path}").format(path=database)


def build_help_menu(
    menu: QMenu,
    guide: Callable[[], object],
    shortcuts: Callable[[], object],
    data: Callable[[], object],
    about: Callable[[], object],
) -> None:
    entries: list[tuple[str, QKeySequence | QKeySequence.StandardKey | None, Callable[[], object]]] = [
        (translate("Help", "{app} guide").format(app=APP_NAME), QKeySequence.StandardKey.HelpContents, guide),
        (translate("Help", "Keyboard shortcuts"), QKeySequence("Ctrl+/"), shortcuts),
        (translate("Help", "Where your data lives"), None, data),
        (translate("Help", "About {app}").format(app=APP_NAME), None, about),
    ]
    for text, keys, slot in entries:
        action = menu.addAction(text)
        if keys is not None:
            action.setShortcut(keys)
        action.triggered.connect(slot)
    if sys.platform != "darwin":
        menu.actions()[-1].setMenuRole(QAction.MenuRole.AboutRole)
