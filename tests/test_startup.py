"""Start-up does only what the first page needs: the other pages are made when first shown, and the
libraries of work the user has not asked for yet (sync's keys, calendars, ADR files, charts, migrations)
are not loaded before the window is painted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pages import PAGES

# Markdown (and Pygments, which it loads) is not listed: the first page, Prepare, shows the last session's
# notes rendered.
NOT_AT_START = (
    "alembic",
    "cryptography",
    "icalendar",
    "keyring",
    "pyrage",
    "yaml",
    "PySide6.QtCharts",
    "mentordesk.services.adr_folder",
    "mentordesk.services.calendar",
    "mentordesk.sync.service",
    "mentordesk.ui.pages.archeology",
    "mentordesk.ui.pages.progress",
)

FIRST_PAINT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from mentordesk.app import create_application, open_services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow

seen = {}


class AtFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if not seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if watched.window() is window:
                seen["loaded"] = sorted(m for m in sys.argv[2:] if m in sys.modules)
                seen["made"] = [page.title for page in window.page_stack.built()]
                QTimer.singleShot(0, QApplication.instance().quit)
        return False


app = create_application()
services, _scratch = open_services(Path(sys.argv[1]))
window = MainWindow(services, ChangeHub())
watch = AtFirstPaint()
app.installEventFilter(watch)
window.show()
app.exec()
print(json.dumps(seen))
"""


def test_the_first_page_is_painted_without_what_other_work_needs(demo_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    run = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(demo_path), *NOT_AT_START],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen == {"loaded": [], "made": ["Prepare"]}


def test_a_page_is_made_when_it_is_first_shown(qtbot: QtBot, demo: Services) -> None:
    window = MainWindow(demo, ChangeHub(), demo=True)
    qtbot.addWidget(window)
    window.show()
    first = [page.title for page in window.page_stack.built()]
    assert len(first) == 1
    decisions = window.show_page("Decisions")
    assert window.page_stack.currentWidget() is decisions and decisions.pairing is not None
    assert [page.title for page in window.page_stack.built()] == sorted(
        {*first, "Decisions"}, key=[spec.title for spec in PAGES].index
    )
    assert window.show_page("Decisions") is decisions  # made once


@pytest.mark.parametrize("spec", PAGES, ids=lambda spec: spec.title)
def test_the_list_of_pages_names_each_page_as_it_names_itself(spec: object) -> None:
    page_class = spec.page_class()  # type: ignore[attr-defined]
    assert (page_class.title, page_class.icon_name) == (spec.title, spec.icon_name)  # type: ignore[attr-defined]


def test_work_the_first_view_does_not_need_starts_once_the_window_has_painted(
    qtbot: QtBot, demo: Services
) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    window = MainWindow(demo, ChangeHub())
    qtbot.addWidget(window)
    order: list[str] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is window
            ):
                order.append("painted")
            return False

    watch = Paints()
    QApplication.instance().installEventFilter(watch)  # type: ignore[union-attr]
    try:
        window.up.connect(lambda: order.append("up"))
        assert not window.started
        with qtbot.waitSignal(window.up, timeout=5000):
            window.show()
        assert window.started and order.index("up") > order.index("painted")
        assert order.count("up") == 1
    finally:
        QApplication.instance().removeEventFilter(watch)  # type: ignore[union-attr]
