"""A column's title and WIP limit in one form, saved before the form closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from mentordesk.ui.form_save import FormSave, form_buttons
from mentordesk.ui.i18n import translate
from mentordesk.ui.widgets import keep_typing, label


class ColumnDialog(QDialog):
    """`save(title, limit)` writes the column (limit None: no limit); the dialog closes once that went
    through (FormSave)."""

    def __init__(
        self,
        parent: QWidget,
        heading: str,
        save: Callable[[str, int | None], object],
        title: str = "",
        limit: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.title = QLineEdit(title)
        self.title.setMinimumWidth(280)
        self.limit = QSpinBox()
        self.limit.setRange(0, 999)
        self.limit.setSpecialValueText(translate("ColumnDialog", "No limit"))
        self.limit.setValue(limit or 0)
        self.limit.setToolTip(
            translate("ColumnDialog", "Most cards the column should hold; the board warns past it")
        )
        self.problem = label("", "FormProblem", wrap=True)
        buttons = form_buttons(self, translate("ColumnDialog", "Save"))
        form = QFormLayout()
        form.addRow(translate("ColumnDialog", "Title"), self.title)
        form.addRow(translate("ColumnDialog", "WIP limit"), self.limit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._shown = self.value()
        self._saving = FormSave(self, self.problem, lambda: save(*self.value()))

    def value(self) -> tuple[str, int | None]:
        return self.title.text(), self.limit.value() or None

    def accept(self) -> None:
        if self._saving.went_through():
            super().accept()

    def reject(self) -> None:
        if self.value() != self._shown and keep_typing(self, translate("ColumnDialog", "column")):
            return
        super().reject()
