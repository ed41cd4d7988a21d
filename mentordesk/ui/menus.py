"""The main window's Edit menu: undo and redo of the page shown (named after the action they undo), the
clipboard of the field being typed in, the page's filter, and the page's own actions.

Text fields keep their own Ctrl+Z, Ctrl+C and the rest while they have the keyboard (Qt lets a focused
text field take its standard keys before the window's shortcuts), so these act on the page's records
only when no text is being edited, and the clipboard entries act on whatever field has the focus."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from mentordesk.ui.i18n import translate

if TYPE_CHECKING:
    from mentordesk.ui.pages.base import Page

UNDONE_MS = 4000  # how long the status bar says what was undone


def _text_field(widget: QWidget | None) -> QLineEdit | QTextEdit | QPlainTextEdit | None:
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return widget if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) else None


class EditMenu(QObject):
    """Builds the Edit menu into `menu`; `page()` is the page shown, `say` puts a message in the status
    bar. `show_page(page)` must be called whenever another page is shown."""

    def __init__(self, menu: QMenu, page: Callable[[], Page | None], say: Callable[[str, int], None]) -> None:
        super().__init__(menu)
        self.menu = menu
        self.page = page
        self.say = say
        self.undo_group = QUndoGroup(self)
        self.undo_action = self._add(translate("Edit menu", "Undo"), QKeySequence.StandardKey.Undo, self.undo)
        self.redo_action = self._add(translate("Edit menu", "Redo"), QKeySequence.StandardKey.Redo, self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_group.undoTextChanged.connect(self._name_undo)
        self.undo_group.redoTextChanged.connect(self._name_redo)
        self.undo_group.canUndoChanged.connect(self._name_undo)
        self.undo_group.canRedoChanged.connect(self._name_redo)
        menu.addSeparator()
        self.cut_action = self._add(
            translate("Edit menu", "Cut"), QKeySequence.StandardKey.Cut, lambda: self._clipboard("cut")
        )
        self.copy_action = self._add(
            translate("Edit menu", "Copy"), QKeySequence.StandardKey.Copy, lambda: self._clipboard("copy")
        )
        paste = QKeySequence.StandardKey.Paste
        self.paste_action = self._add(
            translate("Edit menu", "Paste"), paste, lambda: self._clipboard("paste")
        )
        self.select_all_action = self._add(
            translate("Edit menu", "Select all"), QKeySequence.StandardKey.SelectAll, self.select_all
        )
        menu.addSeparator()
        self.find_action = self._add(
            translate("Edit menu", "Filter this page"), QKeySequence.StandardKey.Find, self.find
        )
        self._page_section = menu.addSeparator()
        self._page_actions: list[QAction] = []
        menu.aboutToShow.connect(self._update)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)  # a method: let go when the menu is
        self._name_undo()
        self._name_redo()

    def _add(self, text: str, keys: QKeySequence.StandardKey, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)  # lives as long as this, whatever order the window is taken down in
        self.menu.addAction(action)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def add_lasting(self, action: QAction) -> None:
        """An entry that stays whatever page is shown (Preferences), above the page's own."""
        self.menu.insertAction(self._page_section, action)

    # the page shown
    def show_page(self, page: Page) -> None:
        """Undo follows the page shown; its own actions (New card, Save…) are listed under the rest."""
        stack = page.undo_stack
        if stack is not None and stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)  # type: ignore[arg-type]  # None: nothing to undo here
        for action in self._page_actions:
            self.menu.removeAction(action)
        self._page_actions = [action for action in page.actions() if action.text()]
        self.menu.addActions(self._page_actions)
        self._page_section.setVisible(bool(self._page_actions))
        self._name_undo()
        self._name_redo()

    # undo
    def undo(self) -> None:
        text = self.undo_group.undoText()
        if self.undo_group.canUndo():
            self.undo_group.undo()
            said = translate("Edit menu", "Undone: {action}. Ctrl+Shift+Z does it again.")
            self.say(said.format(action=text), UNDONE_MS)

    def redo(self) -> None:
        text = self.undo_group.redoText()
        if self.undo_group.canRedo():
            self.undo_group.redo()
            self.say(translate("Edit menu", "Redone: {action}").format(action=text), UNDONE_MS)

    def _name_undo(self) -> None:
        can = self.undo_group.canUndo()
        self.undo_action.setEnabled(can)
        named = translate("Edit menu", "Undo {action}").format(action=self.undo_group.undoText())
        self.undo_action.setText(named if can else translate("Edit menu", "Undo"))

    def _name_redo(self) -> None:
        can = self.undo_group.canRedo()
        self.redo_action.setEnabled(can)
        named = translate("Edit menu", "Redo {action}").format(action=self.undo_group.redoText())
        self.redo_action.setText(named if can else translate("Edit menu", "Redo"))

    # the clipboard, for the field that has the keyboard
    def _clipboard(self, what: str) -> None:
        field = _text_field(QApplication.focusWidget())
        if field is not None:
            getattr(field, what)()

    def select_all(self) -> None:
        widget = QApplication.focusWidget()
        field = _text_field(widget)
        if field is not None:
            field.selectAll()
        elif isinstance(widget, QAbstractItemView):
            widget.selectAll()

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._update_clipboard()

    def _update_clipboard(self) -> None:
        field = _text_field(QApplication.focusWidget())
        writable = field is not None and not field.isReadOnly()
        has_text = field is not None and (
            field.hasSelectedText() if isinstance(field, QLineEdit) else field.textCursor().hasSelection()
        )
        self.cut_action.setEnabled(writable and has_text)
        self.copy_action.setEnabled(has_text)
        self.paste_action.setEnabled(writable and bool(QApplication.clipboard().text()))

    # the page's filter
    def find(self) -> None:
        page = self.page()
        if page is None or not page.focus_filter():
            self.say(
                translate("Edit menu", "This page has no filter: Ctrl+K searches everything."), UNDONE_MS
            )

    def _update(self) -> None:
        self._update_clipboard()
        page = self.page()
        self.find_action.setEnabled(page is not None and page.has_filter)
