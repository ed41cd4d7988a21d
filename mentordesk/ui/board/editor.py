"""The card editor side panel: every field, a live Markdown preview, and the checklist."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import CardDraft, CardKind, ChecklistEntry, LinkInfo, Role, Visibility
from mentordesk.services.board import validated_title
from mentordesk.ui import dates
from mentordesk.ui.i18n import translate
from mentordesk.ui.links_box import Finder, LinksBox
from mentordesk.ui.plain import text_editor
from mentordesk.ui.preview import PreviewRenderer
from mentordesk.ui.widgets import SafeBrowser, bound_dates, combo, label, select_data, visibility_choices


class CardEditor(QWidget):
    """Edits one card (or a new one). Emits what the user asked for; the page runs it through the services."""

    saved = Signal(object)  # CardDraft
    archive_requested = Signal()
    delete_requested = Signal()
    checklist_ticked = Signal(str, bool)
    checklist_added = Signal(str)
    checklist_removed = Signal(str)
    checklist_moved = Signal(str, int)
    link_opened = Signal(object, str)  # RecordKind, record id
    link_added = Signal(object, str)
    link_removed = Signal(str)  # link id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_date = dt.date.today()
        self.heading = label(translate("CardEditor", "New card"), "SectionTitle")
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("CardEditor", "What is the card about?"))
        self.kind = combo(labels.choices(CardKind))
        self.owner = combo(
            {Role.MENTEE: translate("CardEditor", "Mentee"), Role.MENTOR: translate("CardEditor", "Mentor")}
        )
        self.has_due = QCheckBox(translate("CardEditor", "Due"))
        self.due = QDateEdit(QDate.currentDate())
        bound_dates(self.due)
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(translate("CardEditor", "Due date"))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.visibility = combo(visibility_choices())
        self.competencies = QListWidget()
        self.competencies.setMaximumHeight(90)
        self.competencies.setAccessibleName(translate("CardEditor", "Competencies"))
        self.description = text_editor()
        self.description.setPlaceholderText(translate("CardEditor", "Description (Markdown)"))
        self.description.setAccessibleName(translate("CardEditor", "Description"))
        self.description.setMinimumHeight(110)
        self.preview = SafeBrowser()
        self.preview.setMinimumHeight(110)
        self.preview.setAccessibleName(translate("CardEditor", "Description as it reads"))
        self._renderer = PreviewRenderer(self)
        self._renderer.rendered.connect(self.preview.setHtml)
        self.preview.show_all_requested.connect(self._renderer.show_whole)
        self.description.textChanged.connect(lambda: self._renderer.request(self.description.toPlainText()))

        self.checklist = QListWidget()
        self.checklist.setMaximumHeight(130)
        self.checklist.setAccessibleName(translate("CardEditor", "Checklist"))
        self.checklist.itemChanged.connect(self._on_check_changed)
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(translate("CardEditor", "Add a checklist item and press Enter"))
        self.new_item.setAccessibleName(translate("CardEditor", "New checklist item"))
        self.new_item.returnPressed.connect(self._on_add_item)
        remove, up, down = (
            QPushButton(translate("CardEditor", "Remove")),
            QPushButton(translate("CardEditor", "Up")),
            QPushButton(translate("CardEditor", "Down")),
        )
        remove.clicked.connect(self._on_remove_item)
        up.clicked.connect(lambda: self._on_move_item(-1))
        down.clicked.connect(lambda: self._on_move_item(+1))
        checklist_buttons = QHBoxLayout()
        for button in (remove, up, down):
            checklist_buttons.addWidget(button)
        checklist_buttons.addStretch()
        self.checklist_box = QWidget()
        checklist_layout = QVBoxLayout(self.checklist_box)
        checklist_layout.setContentsMargins(0, 0, 0, 0)
        checklist_layout.addWidget(self.checklist)
        checklist_layout.addWidget(self.new_item)
        checklist_layout.addLayout(checklist_buttons)

        self.links_box = LinksBox(translate("CardEditor", "Linked decisions, sessions, cards and events"))
        self.links_box.opened.connect(self.link_opened)
        self.links_box.added.connect(self.link_added)
        self.links_box.removed.connect(self.link_removed)

        self.problem = label("", "Problem", wrap=True)
        self.save_button = QPushButton(translate("CardEditor", "Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self._loaded: CardDraft | None = None  # the card as it was shown, to tell what was typed since
        save_keys = QShortcut(QKeySequence.StandardKey.Save, self)
        save_keys.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_keys.setWhatsThis(translate("CardEditor", "Save the card"))  # its name in the shortcuts list
        save_keys.activated.connect(self.save)
        self.title.returnPressed.connect(self.save)
        self.archive_button = QPushButton(translate("CardEditor", "Archive"))
        self.archive_button.clicked.connect(self.archive_requested)
        self.delete_button = QPushButton(translate("CardEditor", "Delete…"))
        self.delete_button.clicked.connect(self.delete_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        form.addRow(translate("CardEditor", "Title"), self.title)
        form.addRow(translate("CardEditor", "Kind"), self.kind)
        form.addRow(translate("CardEditor", "Owner"), self.owner)
        form.addRow("", due_row)
        form.addRow(translate("CardEditor", "Visibility"), self.visibility)
        form.addRow(translate("CardEditor", "Competencies"), self.competencies)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 4, 0)
        fields_layout.addLayout(form)
        fields_layout.addWidget(QLabel(translate("CardEditor", "Description")))
        fields_layout.addWidget(self.description, 2)
        fields_layout.addWidget(QLabel(translate("CardEditor", "Preview")))
        fields_layout.addWidget(self.preview, 2)
        self.checklist_label = QLabel(translate("CardEditor", "Checklist"))
        fields_layout.addWidget(self.checklist_label)
        fields_layout.addWidget(self.checklist_box)
        fields_layout.addWidget(self.links_box)
        scroll = QScrollArea()  # the fields scroll; heading, message and buttons stay in view
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(fields)
        # never narrower than its fields: the scroll area would cut them off at the right edge
        scroll.setMinimumWidth(
            fields.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def load(
        self,
        draft: CardDraft,
        *,
        existing: bool,
        competencies: list[str],
        checklist: list[ChecklistEntry],
        start_date: dt.date,
    ) -> None:
        self.start_date = start_date
        self.heading.setText(
            translate("CardEditor", "Edit card") if existing else translate("CardEditor", "New card")
        )
        self.save_button.setText(
            translate("CardEditor", "Save") if existing else translate("CardEditor", "Create card")
        )
        for widget in (
            self.archive_button,
            self.delete_button,
            self.checklist_box,
            self.checklist_label,
            self.links_box,
        ):
            widget.setVisible(existing)
        self.title.setText(draft.title)
        select_data(self.kind, draft.kind)
        select_data(self.owner, draft.owner)
        select_data(self.visibility, draft.visibility)
        self.has_due.setChecked(draft.due_date is not None)
        due = draft.due_date or dt.date.today()
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.competencies.clear()
        for name in competencies:
            item = QListWidgetItem(name, self.competencies)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if name in draft.competencies else Qt.CheckState.Unchecked
            )
        self.description.setPlainText(draft.description)
        self.update_preview()
        self.set_checklist(checklist)
        self.problem.setText(self.due_warning())
        self.title.setFocus()
        self._loaded = self.draft()

    def pending(self) -> bool:
        """Something was typed or chosen since the card was shown (or last saved)."""
        return self._loaded is not None and self.draft() != self._loaded

    def set_checklist(self, entries: list[ChecklistEntry]) -> None:
        self.checklist.blockSignals(True)
        current = self.checklist.currentRow()
        self.checklist.clear()
        for entry in entries:
            item = QListWidgetItem(entry.text, self.checklist)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
        self.checklist.setCurrentRow(min(current, self.checklist.count() - 1))
        self.checklist.blockSignals(False)

    def set_links(self, links: list[LinkInfo], find: Finder) -> None:
        self.links_box.set_links(links, find)

    def draft(self) -> CardDraft:
        date = self.due.date()
        chosen = [
            self.competencies.item(i).text()
            for i in range(self.competencies.count())
            if self.competencies.item(i).checkState() == Qt.CheckState.Checked
        ]
        return CardDraft(
            title=self.title.text(),
            kind=CardKind(self.kind.currentData()),
            owner=Role(self.owner.currentData()),
            due_date=dt.date(date.year(), date.month(), date.day()) if self.has_due.isChecked() else None,
            description=self.description.toPlainText(),
            visibility=Visibility(self.visibility.currentData()),
            competencies=tuple(sorted(chosen)),
        )

    def due_warning(self) -> str:
        draft = self.draft()
        if draft.due_date is not None and draft.due_date < self.start_date:
            return translate("CardEditor", "Note: due before the pairing started ({start_date}).").format(
                start_date=dates.short(self.start_date)
            )
        return ""

    def save(self) -> None:
        """Emit `saved` with the draft, or say in the form what is wrong with it."""
        try:
            validated_title(self.title.text())
        except ValueError as error:
            self.problem.setText(str(error))
            self.title.setFocus()
            return
        self.problem.setText(self.due_warning())
        self.saved.emit(self.draft())

    def mark_saved(self) -> None:
        """What the form shows is now what is stored."""
        self._loaded = self.draft()

    def update_preview(self) -> None:
        self._renderer.render_now(self.description.toPlainText())

    def _on_check_changed(self, item: QListWidgetItem) -> None:
        self.checklist_ticked.emit(
            item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked
        )

    def _on_add_item(self) -> None:
        if self.new_item.text().strip():
            self.checklist_added.emit(self.new_item.text())
            self.new_item.clear()

    def _on_remove_item(self) -> None:
        item = self.checklist.currentItem()
        if item is not None:
            self.checklist_removed.emit(item.data(Qt.ItemDataRole.UserRole))

    def _on_move_item(self, step: int) -> None:
        row = self.checklist.currentRow()
        item = self.checklist.currentItem()
        if item is not None and 0 <= row + step < self.checklist.count():
            self.checklist.setCurrentRow(row + step)
            self.checklist_moved.emit(item.data(Qt.ItemDataRole.UserRole), row + step)
