"""Watching the sync folder: a file-sync tool writes exports there, and the window imports them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 800  # a sync tool writes a file in pieces; look once it has been quiet this long


class FolderWatch(QObject):
    """`changed` fires once the watched folder has been quiet for a moment after a change."""

    changed = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.changed)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.timer.start())

    def watch(self, folder: str) -> None:
        """Watch `folder` (nothing when empty or missing) instead of what was watched before."""
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if folder and Path(folder).is_dir():
            self.watcher.addPath(folder)

    def poke(self) -> None:
        """Look soon, as if something had changed (at start, or after Review mode)."""
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.watch("")
