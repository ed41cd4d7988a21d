"""When something goes wrong that nothing foresaw: no Python traceback reaches the user. The error is
logged with its traceback, what was typed is saved, and a dialog says what happened and where the log
is; the window stays open."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.config import log_path
from mentordesk.ui.i18n import translate

log = logging.getLogger("mentordesk")


class CrashHandler(QObject):
    """Installed as sys.excepthook (PySide reports errors in slots through it) and threading.excepthook.
    Made on the GUI thread: an error in another thread reaches the user through `_arrived`, queued."""

    _arrived = Signal(object, object)

    def __init__(self, parent: Callable[[], QWidget | None], save: Callable[[], None]) -> None:
        super().__init__()
        self._arrived.connect(self._tell)
        self._parent = parent
        self._save = save
        self._busy = False

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self, kind: type[BaseException], error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error or kind(), trace)
            return
        log.error("unexpected error", exc_info=(kind, error or kind(), trace))
        self._arrived.emit(kind, error)  # direct on the GUI thread, queued to it from any other

    def _tell(self, kind: type[BaseException], error: BaseException | None) -> None:
        if self._busy:  # an error while saving or telling about the last one: logged only
            return
        self._busy = True
        try:
            saved = translate("CrashHandler", "What you typed was saved.")
            try:
                self._save()
            except Exception:
                log.exception("saving what was typed after an error failed")
                saved = translate(
                    "CrashHandler", "What you typed could not all be saved; it is still in its fields."
                )
            message = translate(
                "CrashHandler",
                "Something went wrong that MentorDesk did not expect ({name__}: "
                "{error}).\n\n{saved} The details are in {log_path}; please include them "
                "if you report it.",
            ).format(name__=kind.__name__, error=error, saved=saved, log_path=log_path())
            QMessageBox.critical(self._parent(), translate("CrashHandler", "MentorDesk"), message)
        finally:
            self._busy = False
