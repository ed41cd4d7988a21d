"""The session editor: every change is saved by itself, typing within a second of the last keystroke."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import PairingInfo, SessionDetail, SessionKind, Visibility
from mentordesk.services import Services, WriteFailed
from mentordesk.ui.flow import FlowLayout
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import translate
from mentordesk.ui.plain import text_editor
from mentordesk.ui.preview import PreviewRenderer
from mentordesk.ui.sessions.actions import SessionActions
from mentordesk.ui.sessions.outputs import SessionOutputs
from mentordesk.ui.theme import colours, icon
from mentordesk.ui.widgets import RETRY_MS, SafeBrowser, bound_dates, combo, label, select_data

SAVE_DELAY_MS = 700


class SessionEditor(SessionActions, SessionOutputs, QWidget):
    """Edits one session. Text fields save shortly after typing stops; every other field saves at once."""

    delete_requested = Signal(str)

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.hub = services, hub
        self.session_id: str | None = None
        self._shown: str | None = None  # the session whose text the fields hold
        self.pairing: PairingInfo | None = None
        self._loading = False

        self.heading = label(translate("SessionEditor", "Session"), "SectionTitle")
        self.status = label("", "EmptyState")
        self.problem = label("", "Problem", wrap=True)  # why the last save did not work, in full
        self.problem.hide()
        self.title = QLineEdit()
        self.when = QDateTimeEdit()
        bound_dates(self.when)
        self.when.setCalendarPopup(True)
        self.duration = QSpinBox()
        self.duration.setRange(5, 12 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(translate("SessionEditor", " min"))
        self.kind = combo(labels.choices(SessionKind))
        self.visibility = combo(
            {
                Visibility.SHARED: translate("SessionEditor", "Shared"),
                Visibility.CONFIDENTIAL: translate("SessionEditor", "Confidential (hidden in Review mode)"),
            }
        )
        for box in (self.kind, self.visibility):  # a long choice narrows the box, not the panel
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
        for field in (self.title, self.when, self.duration):
            field.editingFinished.connect(self._save_fields)
        for box in (self.kind, self.visibility):
            box.currentIndexChanged.connect(self._save_fields)

        self.agenda = QListWidget()
        self.agenda.setAccessibleName(translate("SessionEditor", "Agenda"))
        self.agenda.setMaximumHeight(120)
        self.agenda.itemChanged.connect(self._on_agenda_ticked)
        self.new_point = QLineEdit()
        self.new_point.setPlaceholderText(translate("SessionEditor", "Add a talking point and press Enter"))
        self.new_point.setAccessibleName(translate("SessionEditor", "New talking point"))
        self.new_point.returnPressed.connect(self._add_point)
        remove_point = QPushButton(translate("SessionEditor", "Remove point"))
        remove_point.clicked.connect(self._remove_point)
        point_row = QHBoxLayout()
        point_row.addWidget(self.new_point, 1)
        point_row.addWidget(remove_point)

        self.notes = text_editor()
        self.notes.setPlaceholderText(translate("SessionEditor", "Notes (Markdown)"))
        self.notes.setAccessibleName(translate("SessionEditor", "Notes"))
        self.preview = SafeBrowser()
        self.preview.setAccessibleName(translate("SessionEditor", "Notes as they read"))
        notes_split = QSplitter(Qt.Orientation.Horizontal)
        notes_split.addWidget(self.notes)
        notes_split.addWidget(self.preview)
        notes_split.setMinimumHeight(180)
        self.private = text_editor()
        self.private.setObjectName("PrivateNotes")
        self.private.setAccessibleName(translate("SessionEditor", "My private notes"))
        self.private.setPlaceholderText(
            translate("SessionEditor", "Only on this computer: never exported, hidden in Review mode")
        )
        self.private.setMaximumHeight(90)

        self._notes_timer = self._timer(SAVE_DELAY_MS, self._save_notes)
        self._private_timer = self._timer(SAVE_DELAY_MS, self._save_private)
        self._renderer = PreviewRenderer(self)
        self._renderer.rendered.connect(self.preview.setHtml)
        self.preview.show_all_requested.connect(self._renderer.show_whole)
        self.notes.textChanged.connect(self._on_notes_typed)
        self.private.textChanged.connect(self._on_private_typed)

        action_bar = self._build_actions()

        self.rating = combo(
            {None: translate("SessionEditor", "No rating"), **{n: f"{n} / 5" for n in range(1, 6)}}
        )
        self.rating.currentIndexChanged.connect(self._save_feedback)
        self.feedback = QLineEdit()
        self.feedback.setPlaceholderText(translate("SessionEditor", "Mentee's comment on the session"))
        self.feedback.setAccessibleName(translate("SessionEditor", "Mentee's comment on the session"))
        self.feedback.editingFinished.connect(self._save_feedback)
        feedback_row = QHBoxLayout()
        feedback_row.addWidget(self.rating)
        feedback_row.addWidget(self.feedback, 1)

        delete = QPushButton(translate("SessionEditor", "Delete session…"))
        delete.clicked.connect(lambda: self.session_id and self.delete_requested.emit(self.session_id))
        export_pdf = QPushButton(translate("SessionEditor", "Export PDF…"))
        export_pdf.setToolTip(
            translate("SessionEditor", "Shared content only unless you choose otherwise; private notes never")
        )
        export_pdf.clicked.connect(self._export_pdf)
        save_template = QPushButton(translate("SessionEditor", "Save as template…"))
        save_template.setToolTip(
            translate("SessionEditor", "Start future sessions from this one's agenda and notes")
        )
        save_template.clicked.connect(self._save_as_template)

        form = QFormLayout()
        form.addRow(translate("SessionEditor", "Title"), self.title)
        form.addRow(translate("SessionEditor", "When"), self.when)
        form.addRow(translate("SessionEditor", "Duration"), self.duration)
        form.addRow(translate("SessionEditor", "Kind"), self.kind)
        form.addRow(translate("SessionEditor", "Visibility"), self.visibility)
        fields = QWidget()
        column = QVBoxLayout(fields)
        column.setContentsMargins(0, 0, 4, 0)
        column.addLayout(form)
        column.addWidget(QLabel(translate("SessionEditor", "Agenda (tick what was discussed)")))
        column.addWidget(self.agenda)
        column.addLayout(point_row)
        column.addWidget(QLabel(translate("SessionEditor", "Notes")))
        column.addWidget(notes_split, 3)
        lock = QLabel()
        lock.setPixmap(icon("lock", colours().private).pixmap(16, 16))
        private_label = QLabel(translate("SessionEditor", "My private notes"))
        private_label.setObjectName("PrivateTitle")
        private_row = QHBoxLayout()
        private_row.addWidget(lock)
        private_row.addWidget(private_label, 1)
        column.addLayout(private_row)
        column.addWidget(self.private)
        if self.services.review.on:  # in Review mode private notes are neither shown nor editable
            self.private.setReadOnly(True)
            for widget in (lock, private_label, self.private):
                widget.hide()
        column.addWidget(QLabel(translate("SessionEditor", "Action items (tick when done)")))
        column.addWidget(self.actions_list)
        column.addWidget(action_bar)
        column.addWidget(QLabel(translate("SessionEditor", "Mentee feedback")))
        column.addLayout(feedback_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(fields)
        # never narrower than its fields: the scroll area would cut them off at the right edge
        scroll.setMinimumWidth(
            fields.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        bottom_bar = QWidget()
        bottom = FlowLayout(bottom_bar)
        for button in (delete, export_pdf, save_template):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(scroll, 1)
        layout.addWidget(bottom_bar)

    def _timer(self, delay: int, action: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(action)
        return timer

    # loading
    def load(self, pairing: PairingInfo, session_id: str) -> None:
        self.flush()
        self.pairing, self.session_id = pairing, session_id
        self.show_detail(self.services.sessions.detail(session_id))

    def show_detail(self, detail: SessionDetail) -> None:
        """Show the session. Shown again after one of its fields was saved, text that already reads
        as stored is left alone, so the cursor, the selection and the undo history stay where they are."""
        info = detail.session
        same = self._shown == info.id
        self._shown = info.id
        self._loading = True
        try:
            self.heading.setText(info.title)
            _set_text(self.title, info.title, same)
            local = info.starts_at.astimezone()
            self.when.setDateTime(
                QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
            )
            self.duration.setValue(info.duration_minutes)
            select_data(self.kind, info.kind)
            select_data(self.visibility, info.visibility)
            self.agenda.clear()
            for point in detail.agenda:
                item = QListWidgetItem(f"{point.text}  ({labels.word(point.added_by)})", self.agenda)
                item.setData(Qt.ItemDataRole.UserRole, point.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if point.discussed else Qt.CheckState.Unchecked)
            _set_plain(self.notes, info.notes, same)
            _set_plain(self.private, "\n\n".join(detail.private_notes), same)
            self._show_actions(detail)
            select_data(self.rating, info.feedback_rating)
            _set_text(self.feedback, detail.feedback_comment, same)
            self.update_preview()
            if not same:  # shown again after a save: "Saved …" stays
                self.status.setText("")
                self.problem.hide()
        finally:
            self._loading = False

    # saving
    def flush(self) -> None:
        """Save any typing that is still waiting for its timer (switching sessions, closing the window)."""
        for timer, save in ((self._notes_timer, self._save_notes), (self._private_timer, self._save_private)):
            if timer.isActive():
                timer.stop()
                save()

    def _saved(self, sessions_list_changed: bool = False) -> None:
        self.status.setText(translate("SessionEditor", "Saved {now:%H:%M:%S}").format(now=dt.datetime.now()))
        if sessions_list_changed and self.pairing is not None:
            self.hub.sessions_changed.emit(self.pairing.id)

    def _run(self, action: object, list_changed: bool = False, retry: QTimer | None = None) -> None:
        """Save through `action`; a refusal is shown and the text stays. A write that failed (the file
        busy, the disk full, ...) is tried again by `retry` until it works."""
        if self._loading or self.session_id is None:
            return
        try:
            action()  # type: ignore[operator]
        except WriteFailed as error:
            self._refused(
                translate("SessionEditor", "Not saved"), error.retrying() if retry is not None else str(error)
            )
            if retry is not None:
                retry.setInterval(RETRY_MS)
                retry.start()
            return
        except ValueError as error:
            self._refused(translate("SessionEditor", "Not saved"), str(error))
            return
        self.problem.hide()
        self._saved(list_changed)

    def _refused(self, short: str, why: str) -> None:
        self.status.setText(short)
        self.problem.setText(why)
        self.problem.show()

    def _save_fields(self) -> None:
        moment = self.when.dateTime().toPython()
        assert isinstance(moment, dt.datetime)
        self._run(
            lambda: self.services.session_edits.update_session(
                self.session_id,  # type: ignore[arg-type]
                starts_at=moment.astimezone(),
                duration_minutes=self.duration.value(),
                kind=SessionKind(self.kind.currentData()),
                title=self.title.text(),
                visibility=Visibility(self.visibility.currentData()),
            ),
            list_changed=True,
        )

    def _on_notes_typed(self) -> None:
        if not self._loading:
            self.status.setText(translate("SessionEditor", "Editing…"))
            self._notes_timer.setInterval(SAVE_DELAY_MS)
            self._notes_timer.start()
            self._renderer.request(self.notes.toPlainText())

    def _save_notes(self) -> None:
        text = self.notes.toPlainText()
        self._run(
            lambda: self.services.session_edits.set_notes(self.session_id, text),  # type: ignore[arg-type]
            retry=self._notes_timer,
        )

    def _on_private_typed(self) -> None:
        if not self._loading:
            self._private_timer.setInterval(SAVE_DELAY_MS)
            self._private_timer.start()

    def _save_private(self) -> None:
        text = self.private.toPlainText()
        self._run(
            lambda: self.services.session_edits.set_private_notes(self.session_id, text),  # type: ignore[arg-type]
            retry=self._private_timer,
        )

    def _save_feedback(self) -> None:
        rating = self.rating.currentData()
        comment = self.feedback.text()
        self._run(
            lambda: self.services.session_edits.set_feedback(
                self.session_id,  # type: ignore[arg-type]
                int(rating) if rating else None,
                comment,
            ),
            list_changed=True,
        )

    def update_preview(self) -> None:
        self._renderer.render_now(self.notes.toPlainText())

    def _on_agenda_ticked(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        item_id = item.data(Qt.ItemDataRole.UserRole)
        self._run(lambda: self.services.session_edits.set_discussed(item_id, done))

    def _add_point(self) -> None:
        text = self.new_point.text().strip()
        if text and self.session_id and self.pairing:
            role = self.pairing.acting_role
            self._run(lambda: self.services.sessions.add_agenda_item(self.session_id, text, added_by=role))
            self.new_point.clear()
            self.show_detail(self.services.sessions.detail(self.session_id))

    def _remove_point(self) -> None:
        item = self.agenda.currentItem()
        if item is not None and self.session_id is not None:
            item_id = item.data(Qt.ItemDataRole.UserRole)
            self._run(lambda: self.services.session_edits.delete_agenda_item(item_id))
            self.show_detail(self.services.sessions.detail(self.session_id))


def _set_plain(editor: QPlainTextEdit, text: str, same_record: bool) -> None:
    """Replace the editor's text unless it is the same record's and already reads `text`."""
    if not (same_record and editor.toPlainText() == text):
        editor.setPlainText(text)


def _set_text(field: QLineEdit, text: str, same_record: bool) -> None:
    if not (same_record and field.text() == text):
        field.setText(text)
