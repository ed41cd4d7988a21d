"""Start-up does only what the first page needs: the other pages are made when first shown, and the
libraries of work the user has not asked for yet (sync's keys, calendars, ADR files, charts, migrations)
are not loaded before the window is painted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mentordesk import app as app_module
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
    "mentordesk.cli_pairing",  # the command line's commands: opening the window reads only its options
    "mentordesk.cli_programme",
)
# Loaded on a thread once the window's frame has painted.
DATABASE_LAYER = ("mentordesk.storage.database", "sqlalchemy")
# The records' dataclasses the frame does not show: made when a page first asks for them.
RECORDS_OF_PAGES = (
    "mentordesk.domain.board",
    "mentordesk.domain.decisions",
    "mentordesk.domain.sessions",
    "mentordesk.domain.timeline",
)

FIRST_PAINT = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from mentordesk.cli import main

seen = {}


class Paints(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            moment = "filled" if getattr(window, "attached", False) else "frame"
            if hasattr(window, "page_stack") and moment not in seen:
                seen[moment] = {
                    "loaded": sorted(m for m in sys.argv[2:] if m in sys.modules),
                    "made": [page.title for page in window.page_stack.built()],
                    "guarded": any(type(c).__name__ == "InputGuard" for c in app.children()),
                }
                if moment == "filled":
                    QTimer.singleShot(0, window.close)
        return False


app = QApplication([])
watch = Paints()
app.installEventFilter(watch)
main(["--db", sys.argv[1]])
print(json.dumps(seen))
"""


def test_the_window_paints_its_frame_before_the_database_layer_loads_then_its_first_page_only(
    demo_path: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            FIRST_PAINT,
            str(demo_path),
            *NOT_AT_START,
            *DATABASE_LAYER,
            *RECORDS_OF_PAGES,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    filled = seen["filled"]["loaded"]
    seen["filled"]["loaded"] = [name for name in filled if name not in RECORDS_OF_PAGES]
    # No Python sees every event of the application while the frame is made (ui.widgets.guard_input).
    assert seen == {
        "frame": {"loaded": [], "made": [], "guarded": False},
        "filled": {"loaded": sorted(DATABASE_LAYER), "made": ["Prepare"], "guarded": True},
    }


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


class _Starts(QObject):
    """Watches `run_gui`: sets `painted` at the main window's first paint, and closes the window once
    it shows its records and is up (its first page made, sync started), noting what it showed."""

    def __init__(self, seen: dict[str, object]) -> None:
        super().__init__()
        self.painted = threading.Event()
        self.seen = seen
        self.earlier = set(QApplication.topLevelWidgets())  # windows other tests left behind
        self.timer = QTimer()
        self.timer.timeout.connect(self._look)
        self.timer.start(20)
        self.patience = QTimer()  # a start that never ends fails the test instead of hanging the run
        self.patience.setSingleShot(True)
        self.patience.timeout.connect(self._give_up)
        self.patience.start(60_000)

    def stop(self) -> None:
        self.timer.stop()
        self.patience.stop()

    def started_window(self) -> MainWindow | None:
        """The window run_gui made."""
        made = [w for w in QApplication.topLevelWidgets() if w not in self.earlier]
        return next((w for w in made if isinstance(w, MainWindow) and w.isVisible()), None)

    def _give_up(self) -> None:
        window = self.started_window()
        if window is not None:
            self.seen["gave up"] = True
            window.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        painted = event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
        if painted and watched.window() not in self.earlier and isinstance(watched.window(), MainWindow):
            self.painted.set()
        return False

    def _look(self) -> None:
        window = self.started_window()
        if window is not None and window.attached and window.started:
            self.seen["pages"] = [page.title for page in window.page_stack.built()]
            self.seen["pairing"] = window.current_pairing() is not None
            self.timer.stop()
            window.close()


def test_the_window_paints_before_its_database_is_opened_then_shows_its_records(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    QSettings().clear()  # the first page is shown, not one an earlier window left open
    seen: dict[str, object] = {}
    watch = _Starts(seen)
    opened = app_module.open_services

    def open_once_painted(path: Path | None, *, check: bool = True) -> tuple[Services, Path | None]:
        seen["painted before opening"] = watch.painted.wait(timeout=30)
        return opened(path, check=check)

    monkeypatch.setattr(app_module, "open_services", open_once_painted)
    qapp.installEventFilter(watch)
    try:
        assert app_module.run_gui(demo_path) == 0
    finally:
        qapp.removeEventFilter(watch)
        watch.stop()
    assert seen == {
        "painted before opening": True,
        "pages": [PAGES[0].title],
        "pairing": True,
    }


def test_a_window_closed_while_its_database_opens_ends_the_start_and_closes_the_file(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    opened: list[Services] = []
    closed: list[Services] = []
    opening, closing = threading.Event(), threading.Event()
    close = Services.close

    def open_after_close(path: Path | None, *, check: bool = True) -> tuple[Services, Path | None]:
        opening.set()
        assert closing.wait(timeout=30)
        opened.append(Services.open(demo_path))
        return opened[0], None

    def close_the_window() -> None:
        window = watch.started_window()
        if not opening.is_set() or window is None:
            QTimer.singleShot(20, close_the_window)
            return
        window.close()
        closing.set()

    def closes(services: Services) -> None:
        closed.append(services)
        close(services)

    watch = _Starts({})
    monkeypatch.setattr(app_module, "open_services", open_after_close)
    monkeypatch.setattr(Services, "close", closes)
    QTimer.singleShot(20, close_the_window)
    try:
        assert app_module.run_gui(demo_path) == 0
    finally:
        watch.stop()
    assert closing.is_set() and len(opened) == 1 and closed == opened
