"""Editing the considered options of a decision, each with its good, neutral and bad arguments."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain import ConsideredOption
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.plain import text_editor

_KINDS = (
    ("good", QT_TRANSLATE_NOOP("_OptionBox", "Good")),
    ("neutral", QT_TRANSLATE_NOOP("_OptionBox", "Neutral")),
    ("bad", QT_TRANSLATE_NOOP("_OptionBox", "Bad")),
)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class _OptionBox(QFrame):
    """One option: its name and three short lists of arguments, one per line."""

    def __init__(self, editor: OptionsEditor, option: ConsideredOption) -> None:
        super().__init__()
        self.setObjectName("OptionBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLineEdit(option.title)
        self.title.setPlaceholderText(translate("_OptionBox", "Name of the option"))
        self.title.setAccessibleName(translate("_OptionBox", "Option name"))
        remove = QPushButton(translate("_OptionBox", "Remove"))
        remove.setToolTip(translate("_OptionBox", "Remove this option"))
        remove.clicked.connect(lambda: editor.remove_box(self))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(remove)
        grid = QGridLayout()
        self.arguments: dict[str, QPlainTextEdit] = {}
        for column, (kind, name) in enumerate(_KINDS):
            text = translate("_OptionBox", name)
            edit = text_editor("\n".join(getattr(option, kind)))
            edit.setPlaceholderText(
                translate("_OptionBox", "{kind}, because … (one per line)").format(kind=text)
            )
            edit.setAccessibleName(translate("_OptionBox", "{kind} arguments").format(kind=text))
            edit.setFixedHeight(64)
            edit.setTabChangesFocus(True)
            grid.addWidget(QLabel(text), 0, column)
            grid.addWidget(edit, 1, column)
            self.arguments[kind] = edit
            edit.textChanged.connect(editor.changed)
        self.title.textEdited.connect(editor.changed)
        self.link = option.link  # a link the option's name had in its ADR file: written back with it
        self.description = text_editor(option.description)
        self.description.setPlaceholderText(
            translate("_OptionBox", "More about this option (Markdown), if it needs more than arguments")
        )
        self.description.setAccessibleName(translate("_OptionBox", "Option description"))
        self.description.setFixedHeight(64 if option.description else 40)
        self.description.setTabChangesFocus(True)
        self.description.textChanged.connect(editor.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addLayout(grid)

    def option(self) -> ConsideredOption:
        good, neutral, bad = (_lines(self.arguments[kind].toPlainText()) for kind, _ in _KINDS)
        return ConsideredOption(
            self.title.text().strip(),
            good,
            neutral,
            bad,
            description=self.description.toPlainText().strip("\n"),
            link=self.link,
        )

    def set_read_only(self, read_only: bool) -> None:
        self.title.setReadOnly(read_only)
        self.description.setReadOnly(read_only)
        for edit in self.arguments.values():
            edit.setReadOnly(read_only)


class OptionsEditor(QWidget):
    """A growing list of option boxes with an "Add option" button."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._boxes: list[_OptionBox] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(translate("OptionsEditor", "Add option"))
        self.add_button.clicked.connect(self._add_empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._list)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch()
        layout.addLayout(row)

    def set_options(self, options: tuple[ConsideredOption, ...]) -> None:
        for box in self._boxes:
            box.deleteLater()
        self._boxes = []
        for option in options:
            self._append(option)

    def options(self) -> tuple[ConsideredOption, ...]:
        """The options typed so far; a box left without a name and arguments is not an option yet."""
        found = (box.option() for box in self._boxes)
        return tuple(o for o in found if o.title or o.good or o.neutral or o.bad or o.description)

    def titles(self) -> list[str]:
        return [o.title for o in self.options() if o.title]

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        for box in self._boxes:
            box.set_read_only(read_only)
            for button in box.findChildren(QPushButton):
                button.setVisible(not read_only)

    def _append(self, option: ConsideredOption) -> _OptionBox:
        box = _OptionBox(self, option)
        self._boxes.append(box)
        self._list.addWidget(box)
        return box

    def _add_empty(self) -> None:
        self._append(ConsideredOption("")).title.setFocus()

    def remove_box(self, box: _OptionBox) -> None:
        self._boxes.remove(box)
        box.deleteLater()
        self.changed.emit()
