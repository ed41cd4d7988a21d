"""The main window's menus (File, Edit, View, Go, Help; Sync's is the sync controller's) and what the
File and Help menus open. MainWindow builds on this class and owns the attributes it names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from mentordesk import APP_NAME
from mentordesk.domain import SearchHit
from mentordesk.ui.dates import WEEK_START_KEY
from mentordesk.ui.help import build_help_menu
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.menus import EditMenu
from mentordesk.ui.page_stack import PageStack
from mentordesk.ui.pages import PAGES
from mentordesk.ui.review_mode import ReviewMode
from mentordesk.ui.sidebar import Sidebar
from mentordesk.ui.theme import (
    TEXT_SCALE_KEY,
    THEME_KEY,
    apply_theme,
    chosen_text_scale,
    chosen_theme,
    icon,
)

if TYPE_CHECKING:
    from mentordesk.services import Services
    from mentordesk.ui.help import ShortcutsDialog
    from mentordesk.ui.pages.base import Page
    from mentordesk.ui.palette import CommandPalette
    from mentordesk.ui.sync.controller import SyncController

OPENING = QT_TRANSLATE_NOOP("MainWindow", "Opening the database…")  # said until the window has its records


class WindowMenus(QMainWindow):
    services: Services
    settings: QSettings
    review: ReviewMode
    sidebar: Sidebar
    page_stack: PageStack
    new_pairing_action: QAction
    edit_pairing_action: QAction
    restore_requested: Path | None
    _needs_records: list[QAction]
    _iconed: list[tuple[QAction, str]]
    sync: SyncController
    remake_pages: Callable[[], None]
    fit_to_width: Callable[[], None]
    _attached: bool
    show_page: Callable[[str], Page]
    focus_search: Callable[[], None]
    open_hit: Callable[[SearchHit], None]

    @property
    def pages(self) -> list[Page]:
        """Every page, making those not shown yet."""
        return [self.page_stack.page_at(row) for row in range(len(PAGES))]

    def current_page(self) -> Page | None:
        from mentordesk.ui.pages.base import Page

        page = self.page_stack.currentWidget()
        return page if isinstance(page, Page) else None

    def _page_shown(self, _row: int) -> None:
        page = self.current_page()
        if page is not None:
            self.edit_menu.show_page(page)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("Menus", "&File"))
        file_menu.addAction(self.new_pairing_action)
        file_menu.addAction(self.edit_pairing_action)
        file_menu.addSeparator()
        for text, name in (
            (translate("Menus", "Import ADR folder…"), "ask_import"),
            (translate("Menus", "Export ADR folder…"), "ask_export"),
        ):
            action = file_menu.addAction(text)
            action.triggered.connect(lambda _c=False, n=name: self._on_decisions(n))
            self._needs_records.append(action)
        file_menu.addSeparator()
        backups = file_menu.addAction(translate("Menus", "Backups…"))
        backups.triggered.connect(self.show_backups)
        self._needs_records.append(backups)
        programme = file_menu.addAction(translate("Menus", "Programme dashboard…"))
        programme.triggered.connect(self.show_programme)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(translate("Menus", "&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit = self.menuBar().addMenu(translate("Menus", "&Edit"))
        self.edit_menu = EditMenu(edit, self.current_page, self.statusBar().showMessage)
        edit.addSeparator()
        preferences = QAction(translate("Menus", "Preferences…"), self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.show_preferences)
        self.edit_menu.add_lasting(preferences)
        self.page_stack.currentChanged.connect(self._page_shown)
        view_menu = self.menuBar().addMenu(translate("Menus", "&View"))
        view_menu.addAction(self.review.action)
        view_menu.addMenu(self.review.scale_menu)
        go_menu = self.menuBar().addMenu(translate("Menus", "&Go"))
        for number, spec in enumerate(PAGES, start=1):
            action = self._with_icon(go_menu.addAction(spec.shown_title), spec.icon_name)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.sidebar.setCurrentRow(row))
        go_menu.addSeparator()
        search_action = self._with_icon(go_menu.addAction(translate("Menus", "Search everything")), "search")
        search_action.setShortcut(QKeySequence("Ctrl+K"))
        search_action.triggered.connect(self.focus_search)
        palette = go_menu.addAction(translate("Menus", "Command palette…"))
        palette.setShortcut(QKeySequence("Ctrl+Shift+P"))
        palette.triggered.connect(self.show_palette)
        self._needs_records.append(palette)
        self._help_menu = self.menuBar().addMenu(translate("Menus", "&Help"))
        build_help_menu(
            self._help_menu, self.show_guide, self.show_shortcuts, self.show_data_places, self._about
        )

    # the theme
    def _with_icon(self, action: QAction, name: str) -> QAction:
        """`action` with the line icon `name`, drawn again in the theme's colour when the theme changes."""
        self._iconed.append((action, name))
        action.setIcon(self._themed_icon(action, name))
        return action

    def _themed_icon(self, action: QAction, name: str) -> QIcon:
        """The theme's icon colour; a switch that is on is drawn on the accent, so its icon is too."""
        if not action.isCheckable():
            return icon(name)
        drawn = QIcon(icon(name))
        on = icon(name, "#ffffff")
        for size in on.availableSizes():
            drawn.addPixmap(on.pixmap(size), QIcon.Mode.Normal, QIcon.State.On)
        return drawn

    def redraw_icons(self) -> None:
        for action, name in self._iconed:
            action.setIcon(self._themed_icon(action, name))

    def set_theme(self, choice: str) -> None:
        """Keep `choice` ("system", "light" or "dark") and show it; Review mode keeps its own look."""
        self.settings.setValue(THEME_KEY, choice)
        self._show_theme()

    def set_text_scale(self, scale: float) -> None:
        """Keep the text size (a factor of the system's) and show it; Review mode keeps its own."""
        self.settings.setValue(TEXT_SCALE_KEY, scale)
        self._show_theme()

    def set_week_start(self, choice: str) -> None:
        """Keep the day weeks start on; the pages are made again so their calendars start there."""
        self.settings.setValue(WEEK_START_KEY, choice)
        self.remake_pages()

    def _show_theme(self) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication) or self.review.on:
            return
        apply_theme(app)
        self.sidebar.scale = chosen_text_scale()
        self.fit_to_width()
        self.redraw_icons()
        self.remake_pages()

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        """The system went light or dark: followed unless a theme was chosen."""
        if chosen_theme() == "system":
            self._show_theme()

    def show_palette(self) -> CommandPalette:
        from mentordesk.ui.palette import CommandPalette

        palette = CommandPalette(
            self.menuBar(), lambda text: self.services.search.search(text, limit=8), self.open_hit, self
        )
        palette.move(self.mapToGlobal(self.rect().center()) - palette.rect().center() - QPoint(0, 120))
        palette.show()
        palette.activateWindow()
        palette.query.setFocus()
        return palette

    def show_preferences(self) -> None:
        from mentordesk.ui.preferences import PreferencesDialog

        folder = self.sync.choose_folder if self._attached else None
        backups = (
            (self.services.preferences.retention(), self.services.preferences.set_retention)
            if self._attached
            else None
        )
        PreferencesDialog(
            self.review,
            self.set_theme,
            self.set_text_scale,
            self.set_week_start,
            folder,
            self,
            backups=backups,
        ).exec()

    def _on_decisions(self, method: str) -> None:
        """Show the Decisions page, then run one of its actions (menu entries that belong to it)."""
        page = self.show_page(translate("WindowMenus", "Decisions"))
        getattr(page, method)()

    # help
    def show_guide(self) -> None:
        from mentordesk.ui.help import GuideDialog

        guide = self.findChild(GuideDialog) or GuideDialog(self)  # one guide, beside the window
        guide.show()
        guide.raise_()

    def show_shortcuts(self) -> ShortcutsDialog:
        from mentordesk.ui.help import ShortcutsDialog, shortcut_rows

        dialog = ShortcutsDialog(shortcut_rows(self.menuBar(), self.pages if self._attached else []), self)
        dialog.show()
        return dialog

    def show_data_places(self) -> None:
        from mentordesk.config import log_path
        from mentordesk.ui.help import DataDialog

        places = [
            (translate("Menus", "Log file"), log_path()),
            (translate("Menus", "Settings"), Path(self.settings.fileName())),
        ]
        if self._attached:
            from mentordesk.services.backups import backup_folder

            database = self.services.db.path
            places[:0] = [
                (translate("Menus", "Database"), database),
                (translate("Menus", "Backups"), backup_folder(database)),
            ]
        DataDialog(places, self).exec()

    def _about(self) -> None:
        from mentordesk.ui.help import about_text

        database = str(self.services.db.path) if self._attached else translate("MainWindow", OPENING)
        QMessageBox.about(
            self, translate("WindowMenus", "About {APP_NAME}").format(APP_NAME=APP_NAME), about_text(database)
        )

    def show_programme(self) -> None:
        """The programme dashboard, on a hub's address; not on a shared screen (it names other pairs)."""
        if self.review.on:
            said = translate(
                "Menus", "The programme dashboard names other pairs: Review mode does not show it."
            )
            QMessageBox.information(self, translate("Menus", "Programme dashboard"), said)
            return
        from mentordesk.ui.programme import ProgrammeDashboard

        ProgrammeDashboard(self).exec()

    def show_backups(self) -> None:
        """The Backups dialog; a backup chosen to restore closes the window, and run_gui puts it in
        place and starts again on it."""
        from mentordesk.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.services.db.path, self)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_requested = dialog.chosen
            self.close()
