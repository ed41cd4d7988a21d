"""Starting the desktop application: Qt setup, opening the database, the main window."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk import APP_ID, APP_NAME, __version__
from mentordesk.config import start_log
from mentordesk.services import Services
from mentordesk.storage import DamagedDatabaseError, StorageError
from mentordesk.storage.database import CHECK_AT_OPEN_BYTES


def _daily_backup(database: Path) -> None:
    from mentordesk.storage.backups import backup_if_due

    try:
        backup_if_due(database)
    except Exception:  # a backup that failed must not take the window with it; it is logged
        logging.getLogger("mentordesk").exception("the daily backup of %s failed", database)


def create_application(argv: list[str] | None = None) -> QApplication:
    from mentordesk.ui.theme import apply_theme, icon
    from mentordesk.ui.widgets import InputGuard

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("mentordesk.io")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("mentordesk"))
    apply_theme(app)
    if app.findChild(InputGuard) is None:
        app.installEventFilter(InputGuard(app))
    return app


def open_services(db_path: Path | None, *, check: bool = True) -> tuple[Services, Path | None]:
    """Services on `db_path`, or on a fresh demo database in a temporary folder when it is None."""
    if db_path is not None:
        return Services.open(db_path, check=check), None
    from mentordesk.services.demo import load_demo

    folder = Path(tempfile.mkdtemp(prefix="mentordesk-demo-"))
    services = Services.open(folder / "demo.sqlite")
    load_demo(services)
    return services, folder


def run_gui(db_path: Path | None, *, demo: bool = False, review: bool = False) -> int:
    from mentordesk.ui import damaged
    from mentordesk.ui.crash import CrashHandler
    from mentordesk.ui.hub import ChangeHub
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.single_instance import SingleInstance

    app = create_application()
    start_log()
    instance = None if demo or db_path is None else SingleInstance(db_path)
    if instance is not None and not instance.acquire():
        if instance.wake_running():
            print(f"mentordesk: {db_path} is open in a window already; it was brought to the front")
            return 0
        message = f"{db_path} is open in another MentorDesk that does not answer. Close it, then try again."
        QMessageBox.warning(None, APP_NAME, message)
        print(f"mentordesk: {message}", file=sys.stderr)
        return 2
    # a large file is checked for damage once the window is up, not before its first paint
    check_later = not demo and db_path is not None and _size(db_path) > CHECK_AT_OPEN_BYTES
    try:
        try:
            services, scratch = open_services(None if demo else db_path, check=not check_later)
        except DamagedDatabaseError as error:
            if demo or db_path is None or not damaged.recover(db_path, str(error)):
                return 2
            services, scratch = open_services(db_path)
    except StorageError as error:
        QMessageBox.critical(None, f"{APP_NAME} cannot open its database", str(error))
        print(f"mentordesk: {error}", file=sys.stderr)
        return 2
    try:
        window = MainWindow(services, ChangeHub(), demo=scratch is not None, review=review)
        if instance is not None:
            instance.raise_requested.connect(window.bring_forward)
        if check_later:
            window.check_integrity_later()
        window.show()
        CrashHandler(lambda: window, window.save_pending).install()
        if scratch is None:  # a day's first start keeps a copy: off the GUI thread, once the window is up
            backup = threading.Thread(target=_daily_backup, args=(services.db.path,), daemon=True)
            window.up.connect(backup.start)
        code = app.exec()
    finally:
        services.close()
        if instance is not None:
            instance.release()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    if window.restore_requested is not None and scratch is None:
        return restore_and_restart(services.db.path, window.restore_requested)
    if window.damage_found is not None and db_path is not None:  # found by the check made once it was up
        if not damaged.recover(db_path, window.damage_found):
            return 2
        _start_again(db_path)
    return code


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def restore_and_restart(database: Path, backup: Path) -> int:
    """Put the backup in place (the current file kept as a backup first), then start MentorDesk again
    on it in this process; with a message and exit status 2 when the backup cannot be used."""
    from mentordesk.services.backups import restore

    try:
        restore(database, backup)
    except (StorageError, OSError) as error:
        QMessageBox.critical(None, f"{APP_NAME}: the backup was not restored", str(error))
        return 2
    _start_again(database)
    return 0  # not reached: execv replaces the process


def _start_again(database: Path) -> None:
    """Start MentorDesk again on `database`, in this process (it does not return)."""
    os.execv(sys.executable, [sys.executable, "-m", "mentordesk", "--db", str(database)])
