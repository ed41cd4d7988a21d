"""Long file work (imports, exports) behind a modal progress dialog, ending with a summary or the error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

Progress = Callable[[int, int], None]


class Summarised(Protocol):
    def summary(self) -> str: ...


Report = TypeVar("Report", bound=Summarised)


def with_progress(
    parent: QWidget, title: str, text: str, work: Callable[[Progress], Report], failed: str, after: str = ""
) -> Report | None:
    """Run `work` behind a modal progress dialog it advances; show its summary, or the error."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.show()
    QApplication.processEvents()

    def step(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()

    try:
        report = work(step)
    except (ValueError, OSError) as error:
        dialog.close()
        QMessageBox.warning(parent, title, f"{failed}: {error}")
        return None
    dialog.close()
    QMessageBox.information(parent, title, report.summary() + after)
    return report
