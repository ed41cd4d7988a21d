"""What the main window does once it is up, so that its first paint does not wait for it."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget


class AfterFirstPaint(QObject):
    """Calls `then` once `window` has painted for the first time: work that the first view does not
    need waits for it, so the window appears sooner. `anywhere`: once any widget in the window has
    painted (a part of it that changed), not only the window itself (a first paint, which starts
    with the window). Watching the window alone keeps Python out of the events of every widget made
    meanwhile: PySide6 would work out the Python type of each, making the types and enums of Qt
    classes the window does not use (a third of those made before its first paint)."""

    def __init__(self, window: QWidget, then: Callable[[], None], *, anywhere: bool = False) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._watched: QObject | None = QApplication.instance() if anywhere else window
        assert self._watched is not None
        self._watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
            and self._watched is not None
        ):
            self._watched.removeEventFilter(self)
            self._watched = None
            QTimer.singleShot(0, self._then)
        return False


class OnThread(QObject):
    """Runs `work()` on a thread of its own; `done(result)` or `failed(error)` is then emitted on the
    thread this object lives in (the GUI thread), whose event loop keeps running meanwhile."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None, *, name: str) -> None:
        super().__init__(parent)
        self._work = work
        self._result: list[object] = []
        # a daemon: quitting does not wait for it unless `wait` is called (run_gui waits for the opening)
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            result = self._work()
        except Exception as error:
            with contextlib.suppress(RuntimeError):  # nobody is listening any more
                self.failed.emit(error)
            return
        self._result.append(result)
        with contextlib.suppress(RuntimeError):
            self.done.emit(result)

    def wait(self) -> object | None:
        """Wait for the work to end (once the event loop is over); its result, None when it failed."""
        if self._thread.ident is not None:  # started
            self._thread.join()
        return self._result[0] if self._result else None
