"""Text a person wrote, shown as it is.

QLabel and tooltips guess whether their text is markup, so a card title or a partner's name such as
"<img src=…>" would be drawn as HTML. Every label showing such text is made here; rich text is only
ever MentorDesk's own, with what it quotes escaped."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent, QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QWidget


def plain_label(text: str = "") -> QLabel:
    """A QLabel that never reads its text as rich text (QLabel guesses by default, so a name such as
    "<b>Sam</b>" from a partner's export would be drawn as markup)."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def rich_label(text: str = "") -> QLabel:
    """A QLabel whose text is markup written by MentorDesk; user text in it goes through html.escape."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.RichText)
    return widget


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` as it is (Qt reads tooltips that look like markup as markup)."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else ""


def text_editor(text: str = "", parent: QWidget | None = None) -> QPlainTextEdit:
    """A plain-text editor that wraps only between words. Qt's default also breaks inside a word, and
    laying out one long unbroken line that way takes time growing with its square (a million
    characters without a space froze the window for over a minute); such a line scrolls instead."""
    editor = QPlainTextEdit(text, parent)
    keep_layout_linear(editor)
    return editor


def keep_layout_linear(editor: QPlainTextEdit | QTextEdit) -> None:
    editor.setWordWrapMode(QTextOption.WrapMode.WordWrap)


class ElidedLabel(QLabel):
    """One line of plain text that gives up width gracefully: cut with "…" where it does not fit (at
    `mode`'s end), the whole text its tooltip. For status bars, where labels share one line."""

    def __init__(self, text: str = "", mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        self._mode = mode
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._fit()

    def text(self) -> str:
        """The whole text, however little of it shows."""
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(min(60, super().minimumSizeHint().width()), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode, max(self.width() - 4, 0))
        super().setText(shown if self.width() > 10 else self._full)
