"""Running an export or import off the GUI thread, with its progress and its outcome as signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

Progress = Callable[[int, int], None]


class Worker(QThread):
    """Runs `work(progress)` in its own thread. Errors a user can act on (ValueError, OSError) arrive as
    `failed(reason, message)`; reason is the error's `reason` attribute when it has one."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str, str)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work

    def dispose(self) -> None:
        """After its outcome arrived: let the thread end, then free it."""
        self.wait()
        self.deleteLater()

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit)
        except (ValueError, OSError) as error:
            self.failed.emit(str(getattr(error, "reason", "")), str(error))
            return
        self.succeeded.emit(result)
