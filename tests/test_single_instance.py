"""One window per database file: a second start brings the first window forward; a lock left by a
process that died does not keep the file closed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.ui.single_instance import SingleInstance


def test_a_second_start_wakes_the_first_instead_of_opening_the_file(qtbot: QtBot, db_path: Path) -> None:
    create_application()
    first, second = SingleInstance(db_path), SingleInstance(db_path)
    assert first.acquire()
    try:
        assert not second.acquire()
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert second.wake_running()
    finally:
        first.release()
    assert second.acquire()  # once the first window is closed, the file is free
    second.release()


def test_a_lock_left_by_a_crash_does_not_block(db_path: Path) -> None:
    create_application()
    lock = str(db_path.with_name(db_path.name + ".lock"))
    crashed = (
        "import os, signal; from PySide6.QtCore import QLockFile; "
        f"held = QLockFile({lock!r}); assert held.tryLock(0); os.kill(os.getpid(), signal.SIGKILL)"
    )
    subprocess.run([sys.executable, "-c", crashed], check=False)
    assert Path(lock).exists()  # the dead process's lock is still there
    instance = SingleInstance(db_path)
    assert instance.acquire()
    instance.release()


def test_no_lock_is_needed_to_report_a_missing_folder(tmp_path: Path) -> None:
    create_application()
    assert SingleInstance(tmp_path / "missing" / "mentordesk.sqlite").acquire()
