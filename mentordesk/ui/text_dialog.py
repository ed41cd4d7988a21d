"""Asking for a line or a few paragraphs of text and saving it, in a dialog that stays open until the
save went through: a refusal or a failed write never throws away what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from mentordesk.ui.form_save import FormSave, form_buttons
from mentordesk.ui.i18n import translate
from mentordesk.ui.plain import plain_label, text_editor
from mentordesk.ui.widgets import keep_typing, label


class TextDialog(QDialog):
    """One text field under a question. `save(text)` writes it (FormSave: the dialog closes once that
    went through); closing with something typed asks first. `required`: empty text is not saved."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        question: str,
        save: Callable[[str], object],
        *,
        text: str = "",
        multiline: bool = False,
        required: bool = True,
        what: str = "",
        ok_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._required = required
        self._what = what or translate("TextDialog", "text")
        self.question: QLabel = plain_label(question)
        self.question.setWordWrap(True)
        if multiline:
            self.editor = text_editor(text)
            self.editor.setTabChangesFocus(True)
            self.editor.setMinimumSize(480, 180)
            self.value: Callable[[], str] = self.editor.toPlainText
        else:
            self.line = QLineEdit(text)
            self.line.setMinimumWidth(380)
            self.value = self.line.text
        self.problem = label("", "FormProblem", wrap=True)
        buttons = form_buttons(self, ok_text or translate("TextDialog", "Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.editor if multiline else self.line)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._shown = text
        self._saving = FormSave(self, self.problem, lambda: save(self.value()))

    def saved(self) -> bool:
        """Ask; True once saved, False when the person cancelled."""
        return self.exec() == QDialog.DialogCode.Accepted

    def accept(self) -> None:
        if self._required and not self.value().strip():
            self.problem.setText(
                translate("TextDialog", "Type the {what} first, or press Cancel.").format(what=self._what)
            )
            return
        if self._saving.went_through():
            super().accept()

    def reject(self) -> None:
        """Cancel, Escape or the close button: asks first when something was typed."""
        if self.value() != self._shown and self.value().strip() and keep_typing(self, self._what):
            return
        super().reject()
