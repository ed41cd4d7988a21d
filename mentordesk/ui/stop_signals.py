"""Signals that ask the app to stop (a session logging out, `kill`, Ctrl+C in the terminal) close the
window the way File → Quit does, so what was typed and not saved yet is written first.

Python runs a signal handler only between bytecodes, and Qt's event loop runs in C++; the signal's number
is written to a socket (`signal.set_wakeup_fd`) that the event loop watches, and the window closes from
there, on the GUI thread."""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable, Iterator
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier

STOP_SIGNALS = tuple(
    number for name in ("SIGTERM", "SIGINT", "SIGHUP") if (number := getattr(signal, name, None)) is not None
)


def _ignore(_number: int, _frame: FrameType | None) -> None:
    """Python's part is only to let the signal through to the wake-up socket."""


@contextlib.contextmanager
def closing_on_stop_signals(close: Callable[[], object], parent: QObject) -> Iterator[None]:
    """While inside, SIGTERM, SIGINT and SIGHUP call `close` on the GUI thread; afterwards the handlers
    and wake-up socket that were there before are put back."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        previous_fd = signal.set_wakeup_fd(writer.fileno())
    except ValueError:  # not the main thread: signals cannot be caught here
        reader.close()
        writer.close()
        yield
        return
    previous = {number: signal.signal(number, _ignore) for number in STOP_SIGNALS}
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, parent)

    def woken() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)
        close()

    notifier.activated.connect(woken)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        notifier.deleteLater()
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        reader.close()
        writer.close()
