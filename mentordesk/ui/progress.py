"""Long file work (imports, exports, git) on a worker thread behind a progress dialog with Cancel; the
window keeps drawing. It ends with a summary, or with the error whatever it was."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from mentordesk.steps import Cancelled, Progress
from mentordesk.ui.i18n import translate
from mentordesk.ui.sync.worker import Worker


class Summarised(Protocol):
    def summary(self) -> str: ...


Report = TypeVar("Report", bound=Summarised)


def cancellable(
    parent: QWidget, title: str, text: str, work: Callable[[Progress], object]
) -> tuple[Worker, QProgressDialog, threading.Event]:
    """A worker (not started yet) for `work(step)` behind a window-modal progress dialog that `step`
    advances. Cancel sets the event; the work's next `step` then raises Cancelled in it. Typing that
    waits for an editor's timer is saved first, so it never meets the work's write lock."""
    save = getattr(parent.window(), "save_pending", None)
    if callable(save):
        save()
    dialog = QProgressDialog(text, translate("progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    stop = threading.Event()
    dialog.canceled.connect(stop.set)

    def step(done: int, total: int) -> None:  # on the worker: report, or stop here
        if stop.is_set():
            raise Cancelled(translate("progress", "Cancelled"))
        worker.progressed.emit(done, total)

    def advanced(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    worker = Worker(lambda _emit: work(step))
    worker.progressed.connect(advanced)
    return worker, dialog, stop


def with_progress(
    parent: QWidget,
    title: str,
    text: str,
    work: Callable[[Progress], Report],
    failed: str,
    after: str = "",
    *,
    tell: bool = True,
) -> Report | None:
    """Run `work` on a worker thread behind a progress dialog it advances; show its summary (unless
    not `tell`: the caller goes on with it), or the error; None when it failed or was cancelled."""
    worker, dialog, stop = cancellable(parent, title, text, work)
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def succeeded(report: object) -> None:
        outcome["report"] = report
        loop.quit()

    def failed_with(_reason: str, message: str) -> None:
        outcome["error"] = message
        loop.quit()

    worker.succeeded.connect(succeeded)
    worker.failed.connect(failed_with)
    worker.start()
    loop.exec()
    worker.dispose()
    cancelled = stop.is_set()  # before closing: closing the dialog also says "canceled"
    dialog.close()
    if "error" in outcome:
        if not cancelled:
            QMessageBox.warning(parent, title, f"{failed}: {outcome['error']}")
        return None
    report = outcome["report"]
    if tell:
        QMessageBox.information(parent, title, report.summary() + after)  # type: ignore[attr-defined]
    return report  # type: ignore[return-value]
