"""The main window: pairing switcher, page navigation, global search, status bar, remembered layout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk import APP_NAME, labels
from mentordesk.domain import PairingInfo, RecordKind, SearchHit
from mentordesk.services.redaction import ReviewSwitch
from mentordesk.ui import dates
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import translate
from mentordesk.ui.page_stack import PageStack
from mentordesk.ui.pages import PAGES, PageSpec
from mentordesk.ui.pairing_actions import PairingActions
from mentordesk.ui.plain import ElidedLabel
from mentordesk.ui.review_mode import ReviewMode
from mentordesk.ui.search_box import SearchBox
from mentordesk.ui.sidebar import Sidebar
from mentordesk.ui.theme import chosen_text_scale, icon
from mentordesk.ui.widgets import label
from mentordesk.ui.window_menus import OPENING, WindowMenus
from mentordesk.ui.window_start import AfterFirstPaint, OnThread

if TYPE_CHECKING:
    from mentordesk.services import Services
    from mentordesk.ui.pages.base import Page
    from mentordesk.ui.pairing_form import WelcomePage


PAGE_FOR_KIND = {
    RecordKind.CARD: "Plan",
    RecordKind.SESSION: "Sessions",
    RecordKind.DECISION: "Decisions",
    RecordKind.EVENT: "System Archeology",
    RecordKind.ERA: "System Archeology",
}


class MainWindow(PairingActions, WindowMenus):
    """Made in two steps so that it paints before the database layer is loaded: without services it is
    the window's frame (sidebar, toolbar, menus; what needs records is disabled and the status bar says
    the file is being opened), and `attach` fills it. Given services, it is made whole at once."""

    framed = Signal()  # the window has painted for the first time (its frame, records or not)
    up = Signal()  # the window has painted its records; work its first view does not need may start

    def __init__(
        self, services: Services | None, hub: ChangeHub, *, demo: bool = False, review: bool = False
    ) -> None:
        super().__init__()
        self.restore_requested: Path | None = None  # a backup to put in place once the window closed
        self.damage_found: str | None = None  # what the check made once the window was up found
        self._check_later = False
        self.integrity_checked = False
        self.switch = ReviewSwitch()
        self.hub = hub
        self.settings = QSettings()
        self._title = (
            translate("MainWindow", "{APP_NAME} (demo)").format(APP_NAME=APP_NAME) if demo else APP_NAME
        )
        self._review_at_start = review
        self._attached = False
        self._starting = True  # sync's state (keys, keyring) is read once the window is up
        self.setWindowTitle(self._title)
        self.setMinimumSize(QSize(960, 600))
        self._iconed: list[tuple[QAction, str]] = []  # drawn again when the theme changes
        self.review = ReviewMode(self, self.switch, self.settings)
        self.review.changed.connect(self._review_changed)

        self.sidebar = Sidebar([(spec.icon_name, spec.shown_title) for spec in PAGES])
        self.sidebar.scale = chosen_text_scale()  # wider for larger text (fitted at every resize)
        new_here = QShortcut(QKeySequence.StandardKey.New, self.sidebar)  # pages have their own inside
        new_here.setContext(Qt.ShortcutContext.WidgetShortcut)
        new_here.activated.connect(lambda: self.page_at(self.sidebar.currentRow()).new_item())
        self.page_stack = PageStack(self._make_page, self.current_pairing)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        self._main_area = QVBoxLayout()
        self._main_area.setSpacing(0)
        self._main_area.addWidget(self.page_stack, 1)
        row.addLayout(self._main_area, 1)

        self.welcome: WelcomePage | None = None  # made when the file holds no pairing
        self.outer = QStackedWidget()
        self.workspace = workspace
        self.outer.addWidget(workspace)
        self.setCentralWidget(self.outer)

        self.pairing_box = QComboBox()
        self.pairing_box.setMinimumContentsLength(24)
        self.pairing_box.setEnabled(False)
        self.pairing_box.currentIndexChanged.connect(self._on_pairing_selected)
        self.search_box = SearchBox(lambda text: self.services.search.search(text, limit=40), self._hit_place)
        self.search_box.hit_chosen.connect(self.open_hit)
        self.search_box.setEnabled(False)
        self._needs_records: list[QAction] = []  # disabled until the records are there to act on
        self._build_toolbar()
        self._build_menus()
        for action in self._needs_records:
            action.setEnabled(False)
        self.pairing_status = ElidedLabel(translate("MainWindow", OPENING))
        self.statusBar().addWidget(self.pairing_status, 1)
        self.sidebar.setCurrentRow(int(str(self.settings.value("window/page", 0))) % len(PAGES))
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1360, 840)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self._first_paint = AfterFirstPaint(self, self.framed.emit)
        if services is not None:
            self.attach(services)

    @property
    def attached(self) -> bool:
        """Whether the window has its services and shows records."""
        return self._attached

    def attach(self, services: Services) -> None:
        """Fill the window from `services`: the pairings, the page last shown, sync and its menu."""
        from mentordesk.services.redaction import guarded
        from mentordesk.ui.sync.controller import SyncController

        self.services: Services = guarded(services, self.switch)  # what every page sees
        if services.db.read_only:
            self._title += translate("MainWindow", " (read-only)")
            self.setWindowTitle(self._title)
            self._main_area.insertWidget(0, read_only_banner(services.db.path))
        self.sync = SyncController(
            self,
            self.services,
            self.current_pairing,
            self.open_record,
            self.hub.pairings_changed.emit,
            self.save_pending,
        )
        self._main_area.insertWidget(self._main_area.indexOf(self.page_stack), self.sync.banner)
        self.menuBar().insertMenu(self._help_menu.menuAction(), self.sync.menu)
        self.statusBar().addPermanentWidget(self.sync.status)
        self.statusBar().addPermanentWidget(
            ElidedLabel(
                translate("MainWindow", "Database: {path}").format(path=services.db.path),
                Qt.TextElideMode.ElideMiddle,
            )
        )
        for action in self._needs_records:
            action.setEnabled(True)
        self.hub.pairings_changed.connect(self.reload_pairings)
        self._attached = True
        self.reload_pairings(select_id=str(self.settings.value("window/pairing", "")))
        self.sidebar.currentRowChanged.connect(self.page_stack.show_row)
        self.page_stack.show_row(self.sidebar.currentRow())
        if self._review_at_start:
            self.review.set_on(True)
        self._records_painted = AfterFirstPaint(self, self._started, anywhere=True)

    def _started(self) -> None:
        self._starting = False
        self.sync.start()
        if self._check_later:
            self._check_integrity()
        self.up.emit()

    def check_integrity_later(self) -> None:
        """Check the file for damage once the window is up (a large file takes a while to read)."""
        self._check_later = True

    def _check_integrity(self) -> None:
        """Read the file whole for damage on a thread (until it is done, a save waits for it)."""
        run = OnThread(self.services.db.verify, self, name=translate("MainWindow", "integrity check"))
        run.done.connect(self._checked)
        run.failed.connect(self._check_failed)
        run.start()

    def _check_failed(self, error: Exception) -> None:
        raise error  # not damage but a fault: reported as any unexpected error is (ui/crash.py)

    def _checked(self, found: object) -> None:
        """The check's outcome: None when the file checks out. Damage is said, then the window closes;
        run_gui moves the file aside and offers the newest good backup, as for a file damaged at start."""
        self.integrity_checked = True
        if found is None:
            return
        message = str(found)
        self.damage_found = message
        QMessageBox.critical(
            self,
            translate("MainWindow", "{APP_NAME}: the database is damaged").format(APP_NAME=APP_NAME),
            translate(
                "MainWindow",
                "{message}\n\nMentorDesk closes it now, keeps it aside under another name, "
                "and offers the newest backup that checks out.",
            ).format(message=message),
        )
        self.close()

    @property
    def started(self) -> bool:
        """Whether the work deferred past the first paint (sync's state and folder) is done."""
        return not self._starting

    # pages: each is made, and loads its records, when it is first shown (PageStack)
    def page_at(self, row: int) -> Page:
        return self.page_stack.page_at(row)

    def _make_page(self, spec: PageSpec) -> Page:
        page = spec.page_class()(self.services, self.hub)
        page.open_requested.connect(self.open_record)
        page.pairing_requested.connect(self.open_pairing)
        return page

    def remake_pages(self) -> None:
        """Make the pages again (each saves what is typed first), so none keeps what it showed before:
        colours of another theme in its HTML, records Review mode now hides, another week start."""
        if self._attached:
            row = self.sidebar.currentRow()
            self.page_stack.drop_all()
            self.reload_pairings()
            self.page_stack.show_row(row)

    def _review_changed(self, on: bool) -> None:
        """Make the pages again from redacted (or full) data, so no widget keeps what it showed before."""
        self.redraw_icons()
        self.sidebar.scale = self.review.scale if on else chosen_text_scale()
        self.fit_to_width()
        self.search_box.clear()
        self.search_box.run_search()
        self.remake_pages()
        self.sync.set_review(on)

    # building
    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("MainWindow", "Main"))
        bar.setObjectName("MainToolBar")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.addWidget(QLabel(translate("MainWindow", " Pairing ")))
        bar.addWidget(self.pairing_box)
        self.new_pairing_action = self._with_icon(QAction(translate("Menus", "New pairing…"), self), "add")
        self.new_pairing_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_pairing_action.triggered.connect(self.ask_new_pairing)
        bar.addAction(self.new_pairing_action)
        self.edit_pairing_action = self._with_icon(QAction(translate("Menus", "Edit pairing…"), self), "edit")
        self.edit_pairing_action.setToolTip(
            translate("Menus", "Change the pairing's name, people, dates, goals or competencies")
        )
        self.edit_pairing_action.triggered.connect(self.ask_edit_pairing)
        bar.addAction(self.edit_pairing_action)
        self._needs_records += [self.new_pairing_action, self.edit_pairing_action, self.review.action]
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.review.badge_action = bar.addWidget(self.review.badge)
        self.review.badge_action.setVisible(False)
        bar.addAction(self._with_icon(self.review.action, "review"))
        switch = bar.widgetForAction(self.review.action)  # a switch that looks like one: icon, text, state
        self._review_switch = switch if isinstance(switch, QToolButton) else None
        if self._review_switch is not None:
            self._review_switch.setObjectName("ReviewSwitch")
        bar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    # pairings
    def current_pairing(self) -> PairingInfo | None:
        data = self.pairing_box.currentData()
        return data if isinstance(data, PairingInfo) else None

    def reload_pairings(self, select_id: str = "") -> None:
        pairings = self.services.pairings.list_pairings()
        keep = select_id or (p.id if (p := self.current_pairing()) else "")
        self.pairing_box.blockSignals(True)
        self.pairing_box.clear()
        for pairing in pairings:
            self.pairing_box.addItem(icon("pairing"), pairing.name, pairing)
        index = next((i for i, p in enumerate(pairings) if p.id == keep), 0)
        self.pairing_box.setCurrentIndex(index if pairings else -1)
        self.pairing_box.blockSignals(False)
        self.outer.setCurrentWidget(self.workspace if pairings else self._welcome_page())
        self.pairing_box.setEnabled(bool(pairings))
        self.search_box.setEnabled(bool(pairings))
        if pairings:
            self._on_pairing_selected(self.pairing_box.currentIndex())
        else:
            self.pairing_status.setText(translate("MainWindow", "No pairing yet: create one to begin."))

    def _on_pairing_selected(self, _index: int) -> None:
        pairing = self.current_pairing()
        if pairing is None:
            return
        for page in self.page_stack.built():
            page.set_pairing(pairing)
        mode = translate("MainWindow", " — Review mode") if self.switch.on else ""
        self.setWindowTitle(f"{pairing.name}{mode} — {self._title}")
        role = (
            translate("MainWindow", "you are the {role}").format(role=labels.word(pairing.my_role))
            if pairing.my_role
            else ""
        )
        hidden = translate("MainWindow", " · Review mode") if self.switch.on else ""
        self.pairing_status.setText(
            translate(
                "MainWindow", "{mentor} mentoring {mentee} · {day} · {cadence} · {role}{hidden}"
            ).format(
                mentor=pairing.mentor.name,
                mentee=pairing.mentee.name,
                day=dates.plan_day(pairing, dt.date.today()),
                cadence=labels.word(pairing.cadence),
                role=role,
                hidden=hidden,
            )
        )
        if not self._starting:
            self.sync.refresh()

    # navigation
    def page(self, title: str) -> Page:
        return self.page_at(_row_of(title))

    def show_page(self, title: str) -> Page:
        row = _row_of(title)
        self.sidebar.setCurrentRow(row)
        return self.page_at(row)

    def open_pairing(self, pairing_id: str) -> None:
        """Show the pairing, on its Prepare page (from the Overview)."""
        box = self.pairing_box
        row = next((i for i in range(box.count()) if getattr(box.itemData(i), "id", "") == pairing_id), -1)
        if row >= 0:
            box.setCurrentIndex(row)
            self.show_page("Prepare")

    def open_record(self, kind: RecordKind, record_id: str) -> bool:
        title = PAGE_FOR_KIND.get(kind)
        if title is None:
            return False
        return self.show_page(title).open_record(kind, record_id)

    def open_hit(self, hit: SearchHit) -> None:
        current = self.current_pairing()
        if current is None or current.id != hit.pairing_id:
            self.reload_pairings(select_id=hit.pairing_id)
        if not self.open_record(hit.open_kind, hit.open_id):
            self.statusBar().showMessage(
                translate("MainWindow", "Could not show “{title}”: it may have been deleted.").format(
                    title=hit.title
                ),
                5000,
            )

    def _hit_place(self, hit: SearchHit) -> str:
        """Names the pairing of a hit that is not in the pairing on screen."""
        current = self.current_pairing()
        if current is not None and current.id == hit.pairing_id:
            return ""
        for index in range(self.pairing_box.count()):
            pairing = self.pairing_box.itemData(index)
            if isinstance(pairing, PairingInfo) and pairing.id == hit.pairing_id:
                return translate("MainWindow", "  (in {name})").format(name=pairing.name)
        return ""

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def bring_forward(self) -> None:
        """Another start on this database asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def save_pending(self) -> None:
        """Write what is typed but not saved yet, on every page."""
        for page in self.page_stack.built():
            page.save_pending()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_to_width()

    def fit_to_width(self) -> None:
        """A narrow window (for its text size) shows the sidebar's icons alone; in Review mode, whose
        badge says it is on, the switch is then its icon alone, so the search box keeps its place."""
        self.sidebar.fit(self.width(), self.sidebar.scale)
        if self._review_switch is not None:
            style = Qt.ToolButtonStyle
            compact = self.sidebar.compact and self.switch.on
            self._review_switch.setToolButtonStyle(
                style.ToolButtonIconOnly if compact else style.ToolButtonTextBesideIcon
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._attached:
            self.sync.shutdown()
        self.save_pending()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.sidebar.currentRow())
        pairing = self.current_pairing()
        if pairing is not None:
            self.settings.setValue("window/pairing", pairing.id)
        super().closeEvent(event)


def _row_of(title: str) -> int:
    return next(row for row, spec in enumerate(PAGES) if spec.title == title)


def read_only_banner(path: object) -> QLabel:
    """Says, above every page, that nothing can be saved: the file or its folder cannot be written."""
    banner = label(
        translate(
            "main_window",
            "Read-only: {path} (or its folder) cannot be written, so nothing you "
            "change here is saved. To work in it, copy it somewhere you can write and "
            "open the copy.",
        ).format(path=path),
        "ReadOnlyBanner",
        wrap=True,
    )
    return banner
