"""The Conflicts view: fields both copies edited at once, each value side by side, and a choice.

The banner above the pages says how many there are, so they are never out of sight; the dialog lists
them and keeps the chosen value. The choice goes to the partner with the next export."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain import RecordKind
from mentordesk.ui.i18n import translate
from mentordesk.ui.plain import rich_label, text_editor

if TYPE_CHECKING:  # the banner is up from the start; sync's modules load when sync is first used
    from mentordesk.sync.conflicts import ConflictInfo

OPENS = {
    "card": RecordKind.CARD,
    "mentoring_session": RecordKind.SESSION,
    "decision": RecordKind.DECISION,
    "archeology_event": RecordKind.EVENT,
    "era": RecordKind.ERA,
}


class ConflictBanner(QFrame):
    """A bar above the pages while anything is in conflict."""

    resolve_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ConflictBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # the theme's notice colours (QSS)
        self.text = rich_label()
        button = QPushButton(translate("ConflictBanner", "Resolve…"))
        button.clicked.connect(self.resolve_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.text, 1)
        row.addWidget(button)
        self.hide()

    def show_count(self, count: int, partner: str) -> None:
        who = escape(partner) if partner else translate("ConflictBanner", "your partner")
        edits = (
            translate("ConflictBanner", "edit conflicts")
            if count == 1
            else translate("ConflictBanner", "edits conflict")
        )
        self.text.setText(
            translate(
                "ConflictBanner",
                "<b>{count} {edits}</b> with {who}'s: you both changed the same thing. Choose what to keep.",
            ).format(count=count, edits=edits, who=who)
        )
        self.setVisible(count > 0)


class ConflictsDialog(QDialog):
    """Every conflict of the pairing; pick one, read the values, keep one."""

    def __init__(
        self,
        load: Callable[[], list[ConflictInfo]],
        resolve: Callable[[ConflictInfo, int], None],
        open_record: Callable[[RecordKind, str], bool],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ConflictsDialog", "Conflicts"))
        self.resize(900, 560)
        self._load = load
        self._resolve = resolve
        self._open_record = open_record
        self.resolved = 0
        self.list = QListWidget()
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(self._show)
        self.heading = rich_label()
        self.heading.setWordWrap(True)
        self.values = QHBoxLayout()
        self.open_button = QPushButton(translate("ConflictsDialog", "Open record"))
        self.open_button.clicked.connect(self._open)
        self.empty = QLabel(translate("ConflictsDialog", "No conflicts: both copies agree."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.addWidget(self.heading)
        column.addLayout(self.values, 1)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.split = QSplitter()
        self.split.addWidget(self.list)
        self.split.addWidget(detail)
        self.split.setSizes([300, 600])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.conflicts: list[ConflictInfo] = []
        self._keep_shortcuts = [QShortcut(QKeySequence(f"Ctrl+{n}"), self) for n in (1, 2, 3)]
        for number, shortcut in enumerate(self._keep_shortcuts):
            shortcut.activated.connect(lambda n=number: self.keep(n))
        self.reload()

    def reload(self, select: int = 0) -> None:
        self.conflicts = self._load()
        self.list.clear()
        for conflict in self.conflicts:
            QListWidgetItem(f"{conflict.kind_label}: {conflict.title}\n{conflict.field_label}", self.list)
        has_any = bool(self.conflicts)
        count = len(self.conflicts)
        self.intro.setText(
            translate(
                "ConflictsDialog",
                "You and your partner changed {what} on your own copies at the same time. "
                "Choose the version to keep; your choice reaches your partner with your "
                "next export.",
            ).format(
                what=translate("ConflictsDialog", "this field")
                if count == 1
                else translate("ConflictsDialog", "these {count} fields").format(count=count)
            )
        )
        self.intro.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self.split.setVisible(has_any)
        if has_any:
            self.list.setCurrentRow(min(select, len(self.conflicts) - 1))

    def current(self) -> ConflictInfo | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, _row: int) -> None:
        while self.values.count():
            item = self.values.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        conflict = self.current()
        if conflict is None:
            return
        shown = conflict.values[0]
        shown_as = (
            translate("ConflictsDialog", "your version")
            if shown.mine
            else translate("ConflictsDialog", "{author}'s version").format(author=escape(shown.author))
        )
        self.heading.setText(
            translate(
                "ConflictsDialog",
                "<b>{kind}: {title}</b><br>{field} was changed on both copies. Until you choose, both copies "
                "show {shown_as}.",
            ).format(
                kind=conflict.kind_label,
                title=escape(conflict.title),
                field=conflict.field_label,
                shown_as=shown_as,
            )
        )
        self.open_button.setEnabled(conflict.kind in OPENS)
        for number, value in enumerate(conflict.values):
            author = value.author[:1].upper() + value.author[1:]
            box = QGroupBox(
                translate("ConflictsDialog", "Your version")
                if value.mine
                else translate("ConflictsDialog", "{author}'s version").format(author=author)
            )
            text = text_editor(value.text)
            text.setReadOnly(True)
            keep = QPushButton(
                translate("ConflictsDialog", "Keep this (Ctrl+{number})").format(number=number + 1)
                if number < 3
                else translate("ConflictsDialog", "Keep this")
            )
            keep.clicked.connect(lambda _c=False, n=number: self.keep(n))
            inner = QVBoxLayout(box)
            inner.addWidget(text, 1)
            inner.addWidget(keep)
            self.values.addWidget(box, 1)

    def keep(self, choice: int) -> None:
        conflict = self.current()
        if conflict is None or choice >= len(conflict.values):
            return
        try:
            self._resolve(conflict, choice)
        except ValueError as error:
            QMessageBox.warning(self, translate("ConflictsDialog", "Conflicts"), str(error))
        self.resolved += 1
        self.reload(self.list.currentRow())

    def _open(self) -> None:
        conflict = self.current()
        if conflict is not None and conflict.kind in OPENS:
            self.accept()  # out of the way: the record opens on its page, the banner stays until resolved
            self._open_record(OPENS[conflict.kind], conflict.record_id)
