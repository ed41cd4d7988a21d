"""No text the window shows is written into a widget as a bare literal: the source of mentordesk/ui passes
every text it hands to Qt's text setters, and to the app's own helpers that show a text, through
translate() (or a table marked with QT_TRANSLATE_NOOP and translated where shown). A plain "Save" or
f"Saved {when}" given to a label, button, tooltip, dialog or status bar fails this test, with its place."""

from __future__ import annotations

import ast
from enum import StrEnum
from pathlib import Path

import pytest

from mentordesk import labels

UI = Path(__file__).resolve().parent.parent / "mentordesk" / "ui"

#: Qt calls whose every text argument is shown.
QT_TEXT_CALLS = {
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setAccessibleName",
    "setAccessibleDescription", "addAction", "addItem", "addItems", "setStatusTip", "showMessage",
    "setTitle", "setHorizontalHeaderLabels", "setHeaderLabels", "addTab", "setTabText", "QLabel",
    "QPushButton", "QCheckBox", "QAction", "QToolButton", "QRadioButton", "QGroupBox", "QMenu",
    "information", "warning", "critical", "question", "setSpecialValueText", "setSuffix", "setPrefix",
    "setWhatsThis", "addRow", "setLabelText", "setInformativeText", "setDetailedText", "setItemText",
    "insertItem",
}  # fmt: skip
#: The app's own helpers that show a text: which positional arguments and keywords are shown.
HELPERS: dict[str, tuple[set[int], set[str]]] = {
    "label": ({0}, set()),
    "plain_label": ({0}, set()),
    "rich_label": ({0}, set()),
    "plain_tip": ({0}, set()),
    "form_buttons": ({1}, {"ok_text"}),
    "keep_typing": ({1}, set()),
    "heading": ({0}, set()),
    "faint": ({0}, set()),
    "empty_chart": ({0, 1}, set()),
    "LinksBox": ({0}, set()),
    "TextDialog": ({1, 2}, {"what", "ok_text"}),
    "PickDialog": ({1, 2}, {"ok_text"}),
    "NewSecret": ({0}, set()),
    "refill_choices": ({1}, set()),
    "QMessageBox": ({1, 2}, set()),
    "QTableWidgetItem": ({0, 1}, set()),
    "QListWidgetItem": ({0, 1}, set()),
    "ElidedLabel": ({0}, set()),
}


def wording(node: ast.expr) -> bool:
    """A literal that says something: a string with letters, or an f-string whose fixed parts have them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(wording(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.IfExp):  # "Save" if existing else "Add event"
        return wording(node.body) or wording(node.orelse)
    if isinstance(node, ast.BoolOp):  # name or "Untitled"
        return any(wording(value) for value in node.values)
    return False


def shown_arguments(call: ast.Call) -> list[ast.expr]:
    function = call.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    if name in QT_TEXT_CALLS:
        return [*call.args, *(k.value for k in call.keywords if k.arg in {"text", "title", "toolTip"})]
    if name in HELPERS:
        positions, keywords = HELPERS[name]
        chosen = [argument for index, argument in enumerate(call.args) if index in positions]
        return chosen + [k.value for k in call.keywords if k.arg in keywords]
    return []


def untranslated(source: str) -> list[tuple[int, str]]:
    return [
        (argument.lineno, ast.unparse(argument))
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        for argument in shown_arguments(node)
        if wording(argument)
    ]


def test_no_text_reaches_a_widget_without_translate() -> None:
    found = [
        f"{path.relative_to(UI.parent)}:{line}: {text}"
        for path in sorted(UI.rglob("*.py"))
        for line, text in untranslated(path.read_text(encoding="utf-8"))
    ]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        'button.setText("Save")',
        'self.status.showMessage(f"Saved {when}", 3000)',
        'QMessageBox.warning(self, title, "The file was not written")',
        'label("Nothing here yet", "EmptyState")',
        'form_buttons(self, ok_text="Create")',
        'form_buttons(self, "Save" if existing else "Add event")',
        'self.title.setText(name or "Untitled")',
    ],
)
def test_the_check_finds_a_bare_text(source: str) -> None:
    assert untranslated(source)


@pytest.mark.parametrize(
    "source",
    [
        'button.setText(translate("Editor", "Save"))',
        'label(translate("Page", "Nothing here yet"), "EmptyState")',  # the object name is no text
        'box.setToolTip(f"{count} · {when}")',  # values and punctuation only
        'self.setObjectName("Sidebar")',
    ],
)
def test_the_check_lets_translated_text_and_names_pass(source: str) -> None:
    assert untranslated(source) == []


def bare_messages(source: str) -> list[tuple[int, str]]:
    """Exceptions raised with a literal message, which a person would read untranslated (an
    AttributeError is Python's own business)."""
    return [
        (node.lineno, ast.unparse(node.exc.args[0]))
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Raise)
        and isinstance(node.exc, ast.Call)
        and node.exc.args
        and wording(node.exc.args[0])
        and getattr(node.exc.func, "id", "") != "AttributeError"
    ]


def test_the_services_word_their_messages_through_translate() -> None:
    """What a service, the storage or sync raises reaches a dialog or a status line as it is."""
    roots = [UI.parent / name for name in ("services", "storage", "sync")]
    found = [
        f"{path.relative_to(UI.parent)}:{line}: {text}"
        for root in roots
        for path in sorted(root.rglob("*.py"))
        if "migrations" not in path.parts
        for line, text in bare_messages(path.read_text(encoding="utf-8"))
    ]
    assert found == []
    assert bare_messages('raise ValueError(f"The file {name} was not read")')  # the check finds one


def english(value: StrEnum) -> str:
    """How the domain itself names a value, in English."""
    return str(getattr(value, "label", value.value.capitalize()))


def test_every_value_the_window_names_has_a_label_in_the_catalogue() -> None:
    """Each value of each kind shows its own English name (unchanged by translation's set-up) and, where
    a sentence names it, its word."""
    for kind in labels.LABELLED:
        for value in kind:
            assert labels.label(value) == english(value), value
    for kind in labels.WORDED:
        for value in kind:
            assert labels.word(value) == value.value.replace("_", " "), value  # type: ignore[arg-type]
