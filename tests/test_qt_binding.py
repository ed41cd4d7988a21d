"""Guards against a Qt binding that would crash the app after long use."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp: object) -> None:
    """PySide6 6.12.0 drops a reference to None on every call returning nothing.

    On Python 3.11 the app then crashes once None's count runs out, after a few thousand detail views;
    pyproject.toml excludes that release.
    """
    text, document = QLabel(), QTextDocument()
    before = sys.getrefcount(None)
    for number in range(2000):
        text.setText(str(number))
        document.setHtml(f"<p>{number}</p>")
    assert before - sys.getrefcount(None) < 50
