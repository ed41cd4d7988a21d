"""Choosing one of many named things by typing any part of its name: the app's own form for it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QVBoxLayout, QWidget

from mentordesk.ui.form_save import form_buttons
from mentordesk.ui.i18n import translate
from mentordesk.ui.widgets import label


class PickDialog(QDialog):
    """Pick one of many named choices by typing any part of its name (a completer that matches inside);
    with `new_allowed`, a name typed that is none of them is taken as a new one."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        names: Sequence[str],
        *,
        ok_text: str = "",
        new_allowed: bool = False,
    ) -> None:
        super().__init__(parent)
        self.new_allowed = new_allowed
        self.setWindowTitle(title)
        self.names = list(names)
        self.choice = QComboBox()
        self.choice.setEditable(True)
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choice.addItems(self.names)
        self.choice.setCurrentIndex(-1)
        completer = QCompleter(self.names, self.choice)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.choice.setCompleter(completer)
        typed = self.choice.lineEdit()
        if typed is not None:
            typed.setPlaceholderText(
                translate("PickDialog", "Type a new name or pick one")
                if new_allowed
                else translate("PickDialog", "Type any part of the name")
            )
        self.problem = label("", "FormProblem", wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(label(prompt, "FieldTitle", wrap=True))
        layout.addWidget(self.choice)
        layout.addWidget(self.problem)
        self.choice.setAccessibleName(prompt)
        layout.addWidget(form_buttons(self, ok_text or translate("PickDialog", "Add")))
        self.resize(520, 160)

    def chosen(self) -> int | None:
        """Index of the name picked, or of the only name containing what was typed."""
        typed = self.choice.currentText().strip().casefold()
        exact = [i for i, name in enumerate(self.names) if name.casefold() == typed]
        partial = [i for i, name in enumerate(self.names) if typed and typed in name.casefold()]
        found = exact or (partial if len(partial) == 1 else [])
        return found[0] if found else None

    def chosen_name(self) -> str:
        """The name picked, or (`new_allowed`) the new one typed; "" when nothing was."""
        index = self.chosen()
        return self.names[index] if index is not None else self.choice.currentText().strip()

    def accept(self) -> None:
        if self.new_allowed and self.choice.currentText().strip():
            super().accept()
            return
        if self.chosen() is None:
            self.problem.setText(
                translate(
                    "PickDialog", "Pick one from the list, or type enough of its name to match only one."
                )
            )
            return
        super().accept()
