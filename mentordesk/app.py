"""Starting the desktop application: Qt setup, opening the database, the main window."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk import APP_ID, APP_NAME, __version__
from mentordesk.config import start_log
from mentordesk.storage.errors import DamagedDatabaseError, StorageError

if TYPE_CHECKING:
    from mentordesk.services import Services
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.window_start import OnThread

#: Files up to this size are checked (PRAGMA quick_check) as they are opened; a larger file takes long
#: enough to read whole (0.3 s at 460 MB) that the window checks it once it is up (`Database.verify`).
CHECK_AT_OPEN_BYTES = 64 * 1024 * 1024
#: The file is opened once the window's frame has painted, or after this long if it has not.
OPEN_UNPAINTED_MS = 1000


def _daily_backup(database: Path) -> None:
    from mentordesk.storage.backups import backup_if_due

    try:
        backup_if_due(database)
    except Exception:  # a backup that failed must not take the window with it; it is logged
        logging.getLogger("mentordesk").exception("the daily backup of %s failed", database)


def create_application(argv: list[str] | None = None, *, guarded: bool = True) -> QApplication:
    """The application, set up (names, translations, icon, theme); `guarded`: with its InputGuard
    (`ui.widgets.guard_input`), else the caller installs it."""
    from PySide6.QtCore import QTranslator

    from mentordesk.ui.i18n import install_translator
    from mentordesk.ui.theme import APP_ICON_SIZES, apply_theme, icon
    from mentordesk.ui.widgets import guard_input

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    # Settings live under the app's id, as its desktop file, icon and Flatpak do: on Linux in
    # ~/.config/io.mentordesk.MentorDesk/, on macOS in io.mentordesk.MentorDesk.plist (from the domain).
    app.setOrganizationName(APP_ID)
    app.setOrganizationDomain("mentordesk.io")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    _carry_old_settings()
    if app.findChild(QTranslator) is None:
        install_translator(app)  # the system's language, where there is a translation for it
    app.setWindowIcon(icon("mentordesk", sizes=APP_ICON_SIZES))
    apply_theme(app)
    if guarded:
        guard_input(app)
    return app


def _carry_old_settings() -> None:
    """Settings kept under the app's name (before they moved under its id) come along, once."""
    from PySide6.QtCore import QSettings

    settings = QSettings()
    if settings.allKeys():
        return
    old = QSettings(APP_NAME, APP_NAME)
    for key in old.allKeys():
        settings.setValue(key, old.value(key))


def open_services(db_path: Path | None, *, check: bool = True) -> tuple[Services, Path | None]:
    """Services on `db_path`, or on a fresh demo database in a temporary folder when it is None."""
    from mentordesk.services import Services

    if db_path is not None:
        return Services.open(db_path, check=check), None
    from mentordesk.services.demo import load_demo

    folder = Path(tempfile.mkdtemp(prefix="mentordesk-demo-"))
    services = Services.open(folder / "demo.sqlite")
    load_demo(services)
    return services, folder


def run_gui(db_path: Path | None, *, demo: bool = False, review: bool = False) -> int:
    from mentordesk.ui.crash import CrashHandler
    from mentordesk.ui.hub import ChangeHub
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.single_instance import SingleInstance
    from mentordesk.ui.stop_signals import closing_on_stop_signals
    from mentordesk.ui.widgets import guard_input

    app = create_application(guarded=False)  # guarded once the frame is up: see `after_frame`
    start_log()
    instance = None if demo or db_path is None else SingleInstance(db_path)
    if instance is not None and not instance.acquire():
        if instance.wake_running():
            print(f"mentordesk: {db_path} is open in a window already; it was brought to the front")
            return 0
        message = f"{db_path} is open in another MentorDesk that does not answer. Close it, then try again."
        guard_input(app)
        QMessageBox.warning(None, APP_NAME, message)
        print(f"mentordesk: {message}", file=sys.stderr)
        return 2
    # The window paints its frame first; the database layer loads and the file opens on a thread, and
    # the window is filled once it is open.
    window = MainWindow(None, ChangeHub(), demo=demo, review=review)
    if instance is not None:
        instance.raise_requested.connect(window.bring_forward)
    CrashHandler(lambda: window, window.save_pending).install()
    start = _Opening(window, None if demo else db_path)

    framed = False

    def after_frame() -> None:
        """Once: at the window's first paint, or a moment after start without it."""
        nonlocal framed
        if not framed:
            framed = True
            guard_input(app)
            start.begin()

    window.framed.connect(after_frame)
    QTimer.singleShot(OPEN_UNPAINTED_MS, after_frame)  # a window that is not painted opens its file too
    window.show()
    try:
        with closing_on_stop_signals(window.close, window):
            code = app.exec()
    finally:
        services, scratch = start.finish()
        restore, damage = window.restore_requested, window.damage_found
        window.deleteLater()  # the window ends with the run, before the services it showed are closed
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if services is not None:
            services.close()
        if instance is not None:
            instance.release()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    if start.refused:
        return 2
    if restore is not None and scratch is None and services is not None:
        return restore_and_restart(services.db.path, restore)
    if damage is not None and db_path is not None:  # found by the check made once it was up
        from mentordesk.ui import damaged

        if not damaged.recover(db_path, damage):
            return 2
        _start_again(db_path)
    return code


class _Opening:
    """Opens the services of `window` on a thread (the demo's in a new folder when `db_path` is None)
    and fills the window once they are open; a file that cannot be opened is said, and the window
    closes. A large file is checked for damage once the window is up."""

    def __init__(self, window: MainWindow, db_path: Path | None) -> None:
        self.window = window
        self.db_path = db_path
        self.check_later = db_path is not None and _size(db_path) > CHECK_AT_OPEN_BYTES
        self.refused = False
        self._run: OnThread | None = None  # the latest opening

    def begin(self) -> None:
        """Open the file, once: at the window's first paint, or a moment after start without it."""
        if self._run is None:
            self.open(check=not self.check_later)

    def open(self, *, check: bool) -> None:
        from mentordesk.ui.window_start import OnThread

        self._run = OnThread(lambda: open_services(self.db_path, check=check), self.window, name="opening")
        self._run.done.connect(self._opened)
        self._run.failed.connect(self._failed)
        self._run.start()

    def finish(self) -> tuple[Services | None, Path | None]:
        """The services and demo folder made, once the thread that opens them has ended."""
        outcome = self._run.wait() if self._run is not None else None
        return outcome if isinstance(outcome, tuple) else (None, None)

    def _opened(self, outcome: tuple[Services, Path | None]) -> None:
        services, scratch = outcome
        if not self.window.isVisible():  # closed while the file was being opened
            return
        self.window.attach(services)
        if self.check_later:
            self.window.check_integrity_later()
        if scratch is None:  # a day's first start keeps a copy: off the GUI thread, once the window is up
            backup = threading.Thread(target=_daily_backup, args=(services.db.path,), daemon=True)
            self.window.up.connect(backup.start)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, DamagedDatabaseError) and self.db_path is not None:
            from mentordesk.ui import damaged

            if damaged.recover(self.db_path, str(error), self.window):
                self.open(check=True)
                return
        else:
            if not isinstance(error, StorageError):
                logging.getLogger("mentordesk").error("opening the database failed", exc_info=error)
            QMessageBox.critical(self.window, f"{APP_NAME} cannot open its database", str(error))
            print(f"mentordesk: {error}", file=sys.stderr)
        self.refused = True
        self.window.close()


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
    # A packaged app is its own executable; otherwise the interpreter runs the package.
    command = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "mentordesk"]
    os.execv(sys.executable, [*command, "--db", str(database)])
