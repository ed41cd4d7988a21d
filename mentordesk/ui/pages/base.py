"""What every page shares, and the list-with-details layout most pages use."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentordesk.config import log_path
from mentordesk.domain import PairingInfo, RecordKind
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import translate
from mentordesk.ui.widgets import SafeBrowser, label

log = logging.getLogger(__name__)


class Page(QWidget):
    """A page of the main window, showing one pairing's records of one area."""

    title = ""
    icon_name = ""
    new_text = ""  # what Ctrl+N starts here ("New card"), for menus and the shortcuts list
    undo_stack: QUndoStack | None = None  # the page's undoable actions, for the Edit menu
    open_requested = Signal(object, str)  # RecordKind, record id: a record on another page
    pairing_requested = Signal(str)  # a pairing's id: show that pairing

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.hub = hub
        self.pairing: PairingInfo | None = None
        self._failure: QLabel | None = None
        self._filter: QLineEdit | None = None

    def set_pairing(self, pairing: PairingInfo) -> None:
        if self.undo_stack is not None and (self.pairing is None or self.pairing.id != pairing.id):
            self.undo_stack.clear()  # undo stays within the pairing it was done in
        self.pairing = pairing
        self.load()

    def refresh(self) -> None:
        raise NotImplementedError

    def load(self) -> None:
        """Refresh the page; if its records cannot be shown, say so in the page (the traceback goes to
        the log) instead of taking the window down: every other page still works."""
        try:
            self.refresh()
        except Exception as error:
            log.exception("the %s page could not load", self.title)
            self._show_failure(error)
        else:
            if self._failure is not None:
                self._failure.hide()

    def _show_failure(self, error: Exception) -> None:
        if self._failure is None:
            self._failure = label("", "PageFailure", wrap=True)
            self._failure.setParent(self)
            self._failure.setTextFormat(Qt.TextFormat.PlainText)
            self._failure.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._failure.setAutoFillBackground(True)
        self._failure.setText(
            translate(
                "Page",
                "The {page} page cannot show this pairing: {kind}: {error}\n\nThe other "
                "pages work as usual. The details are in {log_path}.",
            ).format(
                page=translate("Pages", self.title),
                kind=type(error).__name__,
                error=error,
                log_path=log_path(),
            )
        )
        self._failure.setGeometry(self.rect())
        self._failure.show()
        self._failure.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._failure is not None:
            self._failure.setGeometry(self.rect())

    def open_record(self, kind: RecordKind, record_id: str) -> bool:
        """Show the record if this page owns its kind; True when it did."""
        return False

    def save_pending(self) -> None:
        """Write anything typed but not saved yet; called before the window closes."""

    def new_item(self) -> None:
        """Start a new record of the page's kind (Ctrl+N); pages that make none leave this empty."""

    def add_new_shortcut(self) -> None:
        """Ctrl+N starts a new record wherever the focus is in the page."""
        action = QAction(
            translate("Pages", self.new_text) if self.new_text else translate("Page", "New"), self
        )
        action.setShortcut(QKeySequence.StandardKey.New)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.new_item)
        self.addAction(action)

    def set_tab_order(self, *widgets: QWidget) -> None:
        """Tab goes through `widgets` in this order, as they read on the page (controls inside one of
        them keep their own order)."""
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def delete_selected(self) -> None:
        """Delete the record chosen, asking first (Delete); pages that delete nothing leave this empty."""

    def rename_selected(self) -> None:
        """Put the keyboard in the chosen record's title (F2); pages without one leave this empty."""

    def add_record_keys(self, delete_text: str, rename_text: str, views: Sequence[QWidget]) -> None:
        """Delete and F2 for the record chosen in `views` (the page's list, board columns or timeline),
        while one of them has the keyboard; a text field keeps its own Delete. The texts name the two
        actions in menus and the shortcuts list ("Delete card…", "Rename card")."""
        self.record_keys: list[QAction] = []
        for text, keys, slot in (
            (delete_text, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            (rename_text, QKeySequence(Qt.Key.Key_F2), self.rename_selected),
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.addAction(action)  # listed in the Edit menu and the shortcuts
            self.record_keys.append(action)
        for view in views:
            view.addActions(self.record_keys)

    def _refresh_if_mine(self, pairing_id: str) -> None:
        if self.pairing is not None and self.pairing.id == pairing_id:
            self.load()

    def _filter_box(self, hint: str) -> QLineEdit:
        box = QLineEdit()
        box.setPlaceholderText(hint)
        box.setAccessibleName(hint)
        box.setClearButtonEnabled(True)
        # the hint says what the filter looks at: wide enough to read whole, with the clear button
        box.setMinimumWidth(box.fontMetrics().horizontalAdvance(hint) + 48)
        self._filter = box
        return box

    @property
    def has_filter(self) -> bool:
        return self._filter is not None

    def focus_filter(self) -> bool:
        """Put the keyboard in the page's filter (Ctrl+F), its text selected; False when it has none."""
        if self._filter is None or not self._filter.isVisible():
            return False
        self._filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._filter.selectAll()
        return True

    def _lay_out_with_detail(
        self, main: QWidget, filter_box: QLineEdit, sizes: tuple[int, int], side: QWidget | None = None
    ) -> SafeBrowser:
        """Title and filter on top; `main` beside a detail view whose record links open other records.

        `side`, when given, takes the detail view's place in the layout (and should hold it).
        """
        detail = SafeBrowser(self)
        if side is not None:  # the side panel takes its place; it stays the page's own, hidden
            detail.hide()
        detail.setAccessibleName(
            translate("Page", "{page}: the record chosen").format(page=translate("Pages", self.title))
        )
        detail.record_link_clicked.connect(self.open_requested)
        header_box, self.subtitle = self._header()
        top = QHBoxLayout()
        top.addWidget(header_box, 1)
        top.addWidget(filter_box, 0, Qt.AlignmentFlag.AlignBottom)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(main)
        splitter.addWidget(side or detail)
        splitter.setStretchFactor(0, sizes[0])
        splitter.setStretchFactor(1, sizes[1])
        splitter.setSizes(list(sizes))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        return detail

    def _header(self, subtitle: str = "") -> tuple[QWidget, Any]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(translate("Pages", self.title), "PageTitle"))
        sub = label(subtitle, "PageSubtitle", wrap=True)
        layout.addWidget(sub)
        return box, sub


def remember_split(splitter: QSplitter, page: str, review: bool) -> None:
    """The split as the user left it, per page (and for Review mode apart, whose type is larger)."""
    key = f"split/{page}" + ("/review" if review else "")
    saved = QSettings().value(key)
    if isinstance(saved, QByteArray):
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(lambda _pos, _index: QSettings().setValue(key, splitter.saveState()))
