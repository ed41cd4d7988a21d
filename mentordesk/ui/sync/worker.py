"""Running an export or import off the GUI thread, with its progress and its outcome as signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from mentordesk.config import log_path
from mentordesk.ui.i18n import translate

Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)


class Worker(QThread):
    """Runs `work(progress)` in its own thread. Errors a user can act on (ValueError, OSError) arrive as
    `failed(reason, message)`; reason is the error's `reason` attribute when it has one. Any other
    exception arrives as `failed("error", ...)` with the traceback logged, so the caller's busy state
    always ends."""

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
        except Exception as error:  # a bug or a fault nobody foresaw: say so, never hang
            log.exception("sync work failed")
            self.failed.emit(
                "error",
                translate(
                    "Worker",
                    "This did not work because of an unexpected error ({name__}: {error}). "
                    "Nothing was changed; the details are in {log_path}.",
                ).format(name__=type(error).__name__, error=error, log_path=log_path()),
            )
            return
        self.succeeded.emit(result)
