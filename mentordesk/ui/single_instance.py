"""One window per database file. Two windows on one file would each write over the other's edits while
both said "Saved"; a second start on a file that is open already brings the first window forward.

The file's lock is a QLockFile beside it (a lock left by a crashed process is taken over, as QLockFile
finds its process gone); the running window listens on a QLocalServer named after the file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from mentordesk.config import lock_path

WAKE = b"raise\n"
CONNECT_MS = 1000


def server_name(database: Path) -> str:
    digest = hashlib.sha256(str(database.expanduser().absolute()).encode("utf-8")).hexdigest()[:20]
    return f"mentordesk-{digest}"


class SingleInstance(QObject):
    """Holds the database's lock for this process; `raise_requested` fires when another start asks."""

    raise_requested = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database.expanduser().absolute()
        self._lock = QLockFile(str(lock_path(self.database)))
        self._lock.setStaleLockTime(0)  # only a lock whose process is gone is stale, however old
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock and listen for later starts; False when another window has the file open. A
        lock that cannot even be made (the folder is missing or read-only) is not another window: True,
        and opening the file says what is wrong."""
        if not self._lock.tryLock(0):
            return self._lock.error() is not QLockFile.LockError.LockFailedError
        name = server_name(self.database)
        QLocalServer.removeServer(name)  # a socket left by a crash
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(name)
        return True

    def wake_running(self) -> bool:
        """Ask the window that has the file open to come forward; False when none answers."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.database))
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(WAKE)
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        arrived = bool(socket.bytesAvailable()) or socket.waitForReadyRead(CONNECT_MS)
        if arrived and bytes(socket.readAll().data()).startswith(WAKE):
            self.raise_requested.emit()
        socket.abort()
        socket.deleteLater()
