"""Make the README's screenshots: the demo in a real window under a virtual X server.

    xvfb-run -a -s "-screen 0 1600x1000x24" python docs/screenshots/make.py

(Debian packages xvfb and xauth; Qt's xcb platform needs libxcb-cursor0 and the other xcb libraries.)
Each picture is the window as painted at 1360×840, light and dark, and one in Review mode."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mentordesk-shots-")  # the user's settings stay

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mentordesk.app import create_application, open_services  # noqa: E402
from mentordesk.ui.hub import ChangeHub  # noqa: E402
from mentordesk.ui.main_window import MainWindow  # noqa: E402
from mentordesk.ui.theme import THEME_KEY, apply_theme  # noqa: E402

SHOTS = [
    ("plan", "Plan", "light", False),
    ("sessions", "Sessions", "light", False),
    ("decisions", "Decisions", "light", False),
    ("archeology", "System Archeology", "light", False),
    ("plan-dark", "Plan", "dark", False),
    ("archeology-dark", "System Archeology", "dark", False),
    ("review-mode", "Plan", "light", True),
]


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def main() -> int:
    app = create_application()
    if app.platformName() != "xcb":
        print(f"run under xvfb-run (the platform is {app.platformName()})", file=sys.stderr)
        return 2
    services, scratch = open_services(None)
    for name, page, theme, review in SHOTS:
        QSettings().setValue(THEME_KEY, theme)
        apply_theme(app)
        window = MainWindow(services, ChangeHub(), demo=True, review=review)
        window.resize(1360, 840)
        window.show()
        settle(app)
        window.show_page(page)
        settle(app)
        window.grab().save(str(HERE / f"{name}.png"))
        window.review.set_on(False, confirm=False)
        window.close()
        window.deleteLater()
        settle(app)
        print(f"{name}.png")
    services.close()
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
