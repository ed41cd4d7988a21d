"""Forms for the timeline's records: an event, an era, and the list of components (lanes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import (
    ComponentInfo,
    DatePrecision,
    EraInfo,
    EventDraft,
    EventInfo,
    EventKind,
    Visibility,
)
from mentordesk.ui import dates
from mentordesk.ui.form_save import FormSave, form_buttons
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.plain import text_editor
from mentordesk.ui.widgets import (
    combo,
    date_edit,
    day_of,
    keep_typing,
    label,
    select_data,
    visibility_choices,
)

PRECISIONS: dict[object, str] = {
    DatePrecision.DAY: QT_TRANSLATE_NOOP("Choices", "Exact day"),
    DatePrecision.MONTH: QT_TRANSLATE_NOOP("Choices", "Month"),
    DatePrecision.QUARTER: QT_TRANSLATE_NOOP("Choices", "Quarter"),
    DatePrecision.YEAR: QT_TRANSLATE_NOOP("Choices", "Year"),
}


class EventDialog(QDialog):
    """Creates or edits an event. `save` is called with the draft; the dialog closes once it went through
    (FormSave: a refusal is shown here, a failed write tried again)."""

    def __init__(
        self,
        parent: QWidget | None,
        components: Sequence[str],
        save: Callable[[EventDraft], object],
        existing: EventInfo | None = None,
        day: dt.date | None = None,
        lane: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("EventDialog", "Edit event") if existing else translate("EventDialog", "New event")
        )
        self.title = QLineEdit(existing.title if existing else "")
        self.title.setPlaceholderText(translate("EventDialog", "What happened, in a few words"))
        self.occurred = date_edit(existing.occurred_on if existing else day or dt.date.today())
        self.precision = combo({value: translate("Choices", text) for value, text in PRECISIONS.items()})
        self.kind = combo(labels.choices(EventKind))
        self.components = QListWidget()
        self.components.setMaximumHeight(110)
        chosen = set(existing.components) if existing else ({lane} if lane else set())
        for name in components:
            item = QListWidgetItem(name, self.components)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
        self.why = text_editor(existing.why if existing else "")
        self.why.setPlaceholderText(
            translate("EventDialog", "The constraints of the time: why did this look right then? (Markdown)")
        )
        self.lessons = text_editor(existing.lessons if existing else "")
        self.lessons.setPlaceholderText(
            translate("EventDialog", "What must not be re-introduced when “cleaning up”? (Markdown)")
        )
        self.sources = text_editor("\n".join(existing.sources) if existing else "")
        self.sources.setPlaceholderText(translate("EventDialog", "Links, commit ids, tickets — one per line"))
        for edit in (self.why, self.lessons, self.sources):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(64)
        self.people = QLineEdit(existing.people if existing else "")
        self.visibility = combo(visibility_choices())
        if existing:
            select_data(self.precision, existing.precision)
            select_data(self.kind, existing.kind)
            select_data(self.visibility, existing.visibility)
        when = QHBoxLayout()
        when.addWidget(self.occurred, 1)
        when.addWidget(self.precision)
        form = QFormLayout()
        form.addRow(translate("EventDialog", "Title"), self.title)
        form.addRow(translate("EventDialog", "When"), when)
        form.addRow(translate("EventDialog", "Kind"), self.kind)
        form.addRow(translate("EventDialog", "Components"), self.components)
        form.addRow(translate("EventDialog", "Why"), self.why)
        form.addRow(translate("EventDialog", "Don't re-introduce"), self.lessons)
        form.addRow(translate("EventDialog", "Sources"), self.sources)
        form.addRow(translate("EventDialog", "People"), self.people)
        form.addRow(translate("EventDialog", "Visibility"), self.visibility)
        self.problem = label("", "FormProblem", wrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(
            form_buttons(
                self, translate("EventDialog", "Save") if existing else translate("EventDialog", "Add event")
            )
        )
        self.resize(560, 640)
        self.title.setFocus()
        self._shown = self.draft()
        self._saving = FormSave(self, self.problem, lambda: save(self.draft()))

    def reject(self) -> None:
        """Cancel, Escape or the close button: asks first when something was typed."""
        if self.draft() != self._shown and keep_typing(self, translate("EventDialog", "event")):
            return
        super().reject()

    def draft(self) -> EventDraft:
        return EventDraft(
            title=self.title.text(),
            occurred_on=day_of(self.occurred),
            kind=EventKind(self.kind.currentData()),
            precision=DatePrecision(self.precision.currentData()),
            components=tuple(
                self.components.item(i).text()
                for i in range(self.components.count())
                if self.components.item(i).checkState() == Qt.CheckState.Checked
            ),
            why=self.why.toPlainText(),
            lessons=self.lessons.toPlainText(),
            sources=tuple(line.strip() for line in self.sources.toPlainText().splitlines() if line.strip()),
            people=self.people.text().strip(),
            visibility=Visibility(self.visibility.currentData()),
        )

    def accept(self) -> None:
        if self._saving.went_through():
            super().accept()


class EraDialog(QDialog):
    """Creates or edits an era through `save(name, start, end, colour, description)`, as EventDialog."""

    def __init__(
        self,
        parent: QWidget | None,
        save: Callable[[str, dt.date, dt.date | None, str, str], object],
        existing: EraInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("EraDialog", "Edit era") if existing else translate("EraDialog", "New era")
        )
        self.name = QLineEdit(existing.name if existing else "")
        self.starts = date_edit(existing.starts_on if existing else dt.date.today().replace(month=1, day=1))
        self.has_end = QCheckBox(translate("EraDialog", "Ended on"))
        self.ends = date_edit(existing.ends_on if existing and existing.ends_on else dt.date.today())
        self.has_end.setChecked(bool(existing and existing.ends_on))
        self.ends.setEnabled(self.has_end.isChecked())
        self.has_end.toggled.connect(self.ends.setEnabled)
        self.colour = existing.colour if existing else "#e0e7ff"
        self.colour_button = QPushButton(translate("EraDialog", "Colour…"))
        self.colour_button.clicked.connect(self._pick_colour)
        self._show_colour()
        self.description = text_editor(existing.description if existing else "")
        self.description.setTabChangesFocus(True)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.ends, 1)
        form = QFormLayout()
        form.addRow(translate("EraDialog", "Name"), self.name)
        form.addRow(translate("EraDialog", "Started on"), self.starts)
        form.addRow("", end_row)
        form.addRow(translate("EraDialog", "Colour"), self.colour_button)
        form.addRow(translate("EraDialog", "About this era"), self.description)
        self.problem = label("", "FormProblem", wrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(
            form_buttons(
                self, translate("EraDialog", "Save") if existing else translate("EraDialog", "Add era")
            )
        )
        self._shown = self._values()
        self._saving = FormSave(self, self.problem, lambda: save(*self._values()))

    def _values(self) -> tuple[str, dt.date, dt.date | None, str, str]:
        end = day_of(self.ends) if self.has_end.isChecked() else None
        return self.name.text(), day_of(self.starts), end, self.colour, self.description.toPlainText()

    def reject(self) -> None:
        if self._values() != self._shown and keep_typing(self, translate("EraDialog", "era")):
            return
        super().reject()

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, translate("EraDialog", "Era colour"))
        if chosen.isValid():
            self.colour = chosen.name()
            self._show_colour()

    def _show_colour(self) -> None:
        self.colour_button.setIcon(swatch(self.colour))

    def accept(self) -> None:
        if self._saving.went_through():
            super().accept()


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ListEditor(QDialog):
    """A list of eras or components with buttons that act on the selected one through callbacks.

    Each action returns nothing or raises ValueError; the list is then filled again from `load`. A
    double-click on an item runs the action named `edit`."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        load: Callable[[], Sequence[ComponentInfo] | Sequence[EraInfo]],
        actions: Mapping[str, Callable[[ComponentInfo | EraInfo | None], object]],
        edit: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._load = load
        self.items = QListWidget()
        self.items.itemDoubleClicked.connect(lambda _item: self._run(actions, edit))
        buttons = QVBoxLayout()
        for name in actions:
            button = QPushButton(name)
            button.clicked.connect(lambda _checked=False, n=name: self._run(actions, n))
            buttons.addWidget(button)
        buttons.addStretch()
        self.problem = label("", "FormProblem", wrap=True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.items, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.resize(460, 340)
        self.fill()

    def fill(self, select: int | None = None) -> None:
        current = self.items.currentRow() if select is None else select
        self.items.clear()
        for record in self._load():
            text = record.name
            if isinstance(record, EraInfo):
                until = dates.short(record.ends_on) if record.ends_on else translate("EraList", "today")
                text = f"{record.name}  ({dates.short(record.starts_on)} – {until})"
            item = QListWidgetItem(swatch(record.colour), text, self.items)
            item.setData(Qt.ItemDataRole.UserRole, record)
        self.items.setCurrentRow(min(max(current, 0), self.items.count() - 1))

    def current(self) -> ComponentInfo | EraInfo | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _run(
        self, actions: Mapping[str, Callable[[ComponentInfo | EraInfo | None], object]], name: str
    ) -> None:
        if name not in actions:
            return
        try:
            result = actions[name](self.current())
        except (ValueError, LookupError) as error:
            self.problem.setText(str(error))
            return
        self.problem.setText("")
        self.fill(result if isinstance(result, int) else None)
