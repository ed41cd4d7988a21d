"""Starting the desktop application: Qt setup, opening the database, the main window."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk import APP_ID, APP_NAME, __version__
from mentordesk.config import start_log
from mentordesk.services import Services
from mentordesk.storage import StorageError


def create_application(argv: list[str] | None = None) -> QApplication:
    from mentordesk.ui.plain import PlainMessages
    from mentordesk.ui.theme import apply_theme, icon
    from mentordesk.ui.widgets import WheelGuard

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("mentordesk.io")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("mentordesk"))
    apply_theme(app)
    if app.findChild(WheelGuard) is None:
        app.installEventFilter(WheelGuard(app))
    if app.findChild(PlainMessages) is None:
        app.installEventFilter(PlainMessages(app))
    return app


def open_services(db_path: Path | None) -> tuple[Services, Path | None]:
    """Services on `db_path`, or on a fresh demo database in a temporary folder when it is None."""
    if db_path is not None:
        return Services.open(db_path), None
    from mentordesk.services.demo import load_demo

    folder = Path(tempfile.mkdtemp(prefix="mentordesk-demo-"))
    services = Services.open(folder / "demo.sqlite")
    load_demo(services)
    return services, folder


def run_gui(db_path: Path | None, *, demo: bool = False, review: bool = False) -> int:
    from mentordesk.ui.hub import ChangeHub
    from mentordesk.ui.main_window import MainWindow

    app = create_application()
    start_log()
    try:
        services, scratch = open_services(None if demo else db_path)
    except StorageError as error:
        QMessageBox.critical(None, f"{APP_NAME} cannot open its database", str(error))
        print(f"mentordesk: {error}", file=sys.stderr)
        return 2
    try:
        window = MainWindow(services, ChangeHub(), demo=scratch is not None, review=review)
        window.show()
        return app.exec()
    finally:
        services.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
