"""The decision editor: every MADR section as its own field, saved as you type; read-only once accepted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import (
    DECISION_SECTIONS,
    DecisionDetail,
    DecisionDraft,
    DecisionStatus,
    PairingInfo,
    RecordKind,
    Visibility,
    adr_number,
)
from mentordesk.services import Services, WriteFailed
from mentordesk.services.decision_data import allowed_statuses
from mentordesk.ui.decisions.actions import DecisionActions
from mentordesk.ui.decisions.options import OptionsEditor
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import translate
from mentordesk.ui.links_box import LinksBox
from mentordesk.ui.plain import text_editor
from mentordesk.ui.widgets import (
    RETRY_MS,
    bound_dates,
    combo,
    day_of,
    label,
    qdate,
    select_data,
    visibility_choices,
)

SAVE_DELAY_MS = 600
DECISION_LINK_KINDS = (RecordKind.CARD, RecordKind.SESSION, RecordKind.EVENT)
TEXT_FIELDS = [key for key in DECISION_SECTIONS if key not in ("options", "chosen_option")]


class DecisionEditor(DecisionActions, QWidget):
    """Edits one decision. Text saves itself shortly after typing stops; list fields save when left."""

    open_decision = Signal(str)  # another decision to show (one just created to supersede this)
    deleted = Signal(str, str)  # the id and "ADR-007 Title" of a decision just deleted: the page can undo it
    open_record = Signal(object, str)  # RecordKind, id of a linked card, session or event

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.hub = services, hub
        self.pairing: PairingInfo | None = None
        self.detail: DecisionDetail | None = None
        self.prompts: dict[str, str] = {}
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(lambda: self.save(list_changed=False))

        self.heading = label("", "SectionTitle", wrap=True)
        self.banner = label("", "Banner", wrap=True)
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("DecisionEditor", "What was decided, in a few words"))
        self.decided_on = QDateEdit()
        bound_dates(self.decided_on)
        self.decided_on.setCalendarPopup(True)
        self.status = QComboBox()
        self.confidence = QSpinBox()
        self.confidence.setRange(0, 5)
        self.confidence.setSpecialValueText(translate("DecisionEditor", "Not set"))
        self.confidence.setSuffix(" / 5")
        self.has_revisit = QCheckBox(translate("DecisionEditor", "Revisit on"))
        self.revisit = QDateEdit(QDate.currentDate().addMonths(3))
        bound_dates(self.revisit)
        self.revisit.setCalendarPopup(True)
        self.revisit.setAccessibleName(translate("DecisionEditor", "Revisit on"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(
            translate("DecisionEditor", "Tags and competencies, separated by commas")
        )
        self.visibility = combo(visibility_choices())
        revisit_row = QHBoxLayout()
        revisit_row.addWidget(self.has_revisit)
        revisit_row.addWidget(self.revisit, 1)
        form = QFormLayout()
        form.addRow(translate("DecisionEditor", "Title"), self.title)
        form.addRow(translate("DecisionEditor", "Date"), self.decided_on)
        form.addRow(translate("DecisionEditor", "Status"), self.status)
        form.addRow(translate("DecisionEditor", "Confidence"), self.confidence)
        form.addRow("", revisit_row)
        form.addRow(translate("DecisionEditor", "Tags"), self.tags)
        form.addRow(translate("DecisionEditor", "Visibility"), self.visibility)

        self.options = OptionsEditor()
        self.chosen = QComboBox()
        self.chosen.setEditable(True)
        self.chosen.setAccessibleName(translate("DecisionEditor", "Chosen option"))
        self.sections: dict[str, QPlainTextEdit] = {}
        self.section_boxes: dict[str, QWidget] = {}
        body = QVBoxLayout()
        body.addLayout(form)
        for key, title in labels.sections().items():
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 6, 0, 0)
            box_layout.addWidget(label(title, "FieldTitle"))
            if key == "options":
                box_layout.addWidget(self.options)
            elif key == "chosen_option":
                box_layout.addWidget(self.chosen)
            else:
                edit = text_editor()
                edit.setAccessibleName(title)
                edit.setTabChangesFocus(True)
                edit.setMinimumHeight(70)
                edit.textChanged.connect(self._typed)
                box_layout.addWidget(edit)
                self.sections[key] = edit
            self.section_boxes[key] = box
            body.addWidget(box)
        self.links = LinksBox(translate("DecisionEditor", "Linked cards, sessions and archeology events"))
        self.links.opened.connect(self.open_record)
        self.links.added.connect(self._link)
        self.links.removed.connect(self._unlink)
        body.addSpacing(6)
        body.addWidget(self.links)
        body.addStretch()
        inner = QWidget()
        inner.setLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)

        self.all_sections = QCheckBox(translate("DecisionEditor", "Show every section"))
        self.all_sections.setChecked(True)
        self.all_sections.toggled.connect(self._show_sections)
        self.message = label("", "FormProblem", wrap=True)
        self.buttons = self.action_buttons()
        bottom = QHBoxLayout()
        for button in self.buttons:
            bottom.addWidget(button)
        bottom.addStretch()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.all_sections)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)

        for widget in (self.title, self.tags):
            widget.editingFinished.connect(lambda: self.save(list_changed=True))
        self.decided_on.dateChanged.connect(lambda _d: self.save(list_changed=True))
        self.confidence.valueChanged.connect(lambda _v: self.save(list_changed=True))
        self.has_revisit.toggled.connect(self.revisit.setEnabled)
        self.has_revisit.toggled.connect(lambda _on: self.save(list_changed=True))
        self.revisit.dateChanged.connect(lambda _d: self.save(list_changed=True))
        self.visibility.currentIndexChanged.connect(lambda _i: self.save(list_changed=True))
        self.status.activated.connect(self._status_chosen)
        self.options.changed.connect(self._options_changed)
        self.chosen.currentTextChanged.connect(self._typed)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setWhatsThis(translate("DecisionEditor", "Save the decision"))  # its name in the shortcuts list
        save.activated.connect(lambda: self.save(list_changed=True))

    # loading
    def load(self, pairing: PairingInfo, decision_id: str) -> None:
        if self.detail is not None and self.detail.decision.id != decision_id:
            self.flush()
        self.pairing = pairing
        self.show_detail(self.services.decisions.detail(decision_id))

    def show_detail(self, detail: DecisionDetail) -> None:
        same = self.detail is not None and self.detail.decision.id == detail.decision.id
        self.detail = detail
        self.setEnabled(True)
        d, draft = detail.decision, detail.draft
        self._loading = True
        try:
            self.heading.setText(
                f"{adr_number(d.number)} · {labels.label(d.status)} · {labels.label(d.review_state)}"
            )
            self.banner.setText(self.banner_text(detail))
            self.banner.setVisible(bool(self.banner.text()))
            if not (same and self.title.hasFocus()):
                self.title.setText(draft.title)
                self.title.setCursorPosition(0)  # a long title reads from its start
            self.decided_on.setDate(qdate(draft.decided_on))
            self.status.clear()
            for status in (d.status, *sorted(allowed_statuses(d.status))):
                self.status.addItem(labels.label(status), status)
            self.confidence.setValue(draft.confidence or 0)
            self.has_revisit.setChecked(draft.revisit_on is not None)
            self.revisit.setEnabled(draft.revisit_on is not None)
            if draft.revisit_on is not None:
                self.revisit.setDate(qdate(draft.revisit_on))
            if not (same and self.tags.hasFocus()):
                self.tags.setText(", ".join(draft.tags))
            select_data(self.visibility, draft.visibility)
            if not same or self.options.options() != draft.options:
                self.options.set_options(draft.options)
            self._fill_chosen(draft.chosen_option)
            for key, edit in self.sections.items():
                text = getattr(draft, key)
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
                edit.setPlaceholderText(self.prompts.get(key, translate("DecisionEditor", "Markdown")))
            self._show_links()
            self._apply_lock(detail.locked)
            self._show_sections()
            self.update_buttons()
            if not same:
                self.message.setText("")
        finally:
            self._loading = False

    def unload(self) -> None:
        """Show no decision (none is selected, or the pairing has none): typing still waiting is saved
        first, then every field is emptied so nothing of another record can be seen or edited."""
        self.flush()
        self.detail = None
        self._loading = True
        try:
            self.heading.setText(translate("DecisionEditor", "No decision selected"))
            self.banner.hide()
            self.title.clear()
            self.tags.clear()
            self.options.set_options(())
            self._fill_chosen("")
            for edit in self.sections.values():
                edit.clear()
            self.message.setText("")
        finally:
            self._loading = False
        self.setEnabled(False)

    def banner_text(self, detail: DecisionDetail) -> str:
        if detail.locked:
            return translate(
                "DecisionEditor",
                "This decision is {status}: its text is read-only. Add an addendum, record "
                "how it turned out, or supersede it with a new decision.",
            ).format(status=labels.word(detail.decision.status))
        return ""

    def _fill_chosen(self, current: str) -> None:
        self.chosen.blockSignals(True)
        self.chosen.clear()
        self.chosen.addItems(self.options.titles())
        self.chosen.setEditText(current)
        self.chosen.blockSignals(False)

    def _apply_lock(self, locked: bool) -> None:
        fields: list[QWidget] = [self.title, *self.sections.values(), self.decided_on, self.confidence]
        for field in fields:
            if field.property("readOnly") != locked:
                field.setProperty("readOnly", locked)
                field.style().unpolish(field)  # the style sheet greys read-only fields: look again
                field.style().polish(field)
        self.chosen.setEnabled(not locked)
        self.options.set_read_only(locked)

    def _show_sections(self) -> None:
        if self.detail is None:
            return
        draft = self.detail.draft
        for key, box in self.section_boxes.items():
            filled = bool(draft.options) if key == "options" else bool(getattr(draft, key))
            box.setVisible(self.all_sections.isChecked() or filled or key in self.prompts)

    # links: not part of the record's text, so they can change even once it is accepted
    def _show_links(self) -> None:
        assert self.detail is not None and self.pairing is not None
        pairing_id, links = self.pairing.id, self.services.links
        self.links.set_links(
            links.links_of(RecordKind.DECISION, self.detail.decision.id),
            lambda text, linked: links.candidates(pairing_id, DECISION_LINK_KINDS, text, exclude=linked),
        )

    def _link(self, kind: RecordKind, record_id: str) -> None:
        if self.detail is not None:
            decision_id = self.detail.decision.id
            self.run(lambda: self.services.links.add_link(RecordKind.DECISION, decision_id, kind, record_id))

    def _unlink(self, link_id: str) -> None:
        self.run(lambda: self.services.links.remove_link(link_id))

    # saving
    def _typed(self) -> None:
        if not self._loading and self.detail is not None and not self.detail.locked:
            self.message.setText(translate("DecisionEditor", "Editing…"))
            self._timer.start(SAVE_DELAY_MS)

    def _options_changed(self) -> None:
        if not self._loading:
            self._fill_chosen(self.chosen.currentText())
            self._typed()

    def flush(self) -> None:
        """Save typing still waiting for its timer (another decision chosen, the window closing)."""
        if self._timer.isActive():
            self._timer.stop()
            self.save(list_changed=True)

    def draft(self) -> DecisionDraft:
        assert self.detail is not None
        revisit = day_of(self.revisit) if self.has_revisit.isChecked() else None
        decided = day_of(self.decided_on)
        return DecisionDraft(
            title=self.title.text(),
            decided_on=decided,
            options=self.options.options(),
            chosen_option=self.chosen.currentText().strip(),
            confidence=self.confidence.value() or None,
            revisit_on=revisit,
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            visibility=Visibility(self.visibility.currentData()),
            **{key: edit.toPlainText() for key, edit in self.sections.items()},
        )

    def save(self, list_changed: bool) -> None:
        if self._loading or self.detail is None or self.pairing is None:
            return
        self._timer.stop()
        draft = self.draft()
        if draft == self.detail.draft:
            return
        try:
            self.services.decisions.update(self.detail.decision.id, draft)
        except WriteFailed as error:  # the file is busy, full or read-only: the text stays; try again
            self.message.setText(error.retrying())
            self._timer.start(RETRY_MS)
            return
        except ValueError as error:
            self.message.setText(str(error))
            return
        self.message.setText(
            translate("DecisionEditor", "Saved {now:%H:%M:%S}").format(now=dt.datetime.now())
        )
        self.detail = self.services.decisions.detail(self.detail.decision.id)
        if list_changed:
            self.hub.decisions_changed.emit(self.pairing.id)

    def _status_chosen(self, _index: int) -> None:
        status = DecisionStatus(self.status.currentData())
        if self.detail is not None and status is not self.detail.decision.status:
            self.flush()
            self.run(lambda: self.services.decisions.set_status(self.detail.decision.id, status))  # type: ignore[union-attr]
