"""What the user waits for in the real window, beside floors measured in the same run.

Run: python benchmarks/bench_window.py --db FILE [--json OUT]      (QT_QPA_PLATFORM=offscreen)
     python benchmarks/bench_window.py --records 100000 [--pairings 10] [--json OUT]

Start-up is measured in fresh processes (after one warm-up; nine of each, taking turns), from the
interpreter's start to the main window's first paint and to its first paint with the records of its
first page, beside a bare PySide6 window and beside a plain PySide6 window with the kinds of widgets
MentorDesk's frame has (its menus, toolbar, sidebar, search field; no MentorDesk code). The rest runs
in one MainWindow on the file, each figure from the user's action to the repainted window: opening the
Decisions page (first time, then again), a decision chosen in its list, the Plan page first opened and
a card chosen on it; beside the floor of reading that record with one raw SQLite query.
Medians; a table is printed and, with --json, saved.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

# Both scripts print the milliseconds from their own start to the first paint of their main window
# (FIRST_PAINT), and to its first paint with its records (FILLED: MainWindow.attached; a bare window has
# no records to wait for).
_FIRST_PAINT = """
import time
start = time.perf_counter()
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class OnFirstPaint(QObject):
    # Watches the main window alone until its first paint: a filter on the application would see every
    # event of every widget, and PySide6 would work out the Python type of each, a cost of the
    # measurement, not of the window. Then, for the records, it watches every widget of the window.
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            if isinstance(window, QMainWindow):
                now = (time.perf_counter() - start) * 1000
                if not hasattr(self, "at"):
                    self.at = now
                    QApplication.instance().installEventFilter(self)
                if getattr(window, "attached", True) and not hasattr(self, "filled"):
                    self.filled = now
                    QTimer.singleShot(0, QApplication.quit)
        return False


watch = OnFirstPaint()
exec_ = QApplication.exec


def quitting_exec(*_args):
    for window in QApplication.topLevelWidgets():
        if isinstance(window, QMainWindow):
            window.installEventFilter(watch)
    code = exec_()
    print(f"FIRST_PAINT {watch.at:.1f} {watch.filled:.1f}")
    return code


QApplication.exec = quitting_exec
"""
_BARE = (
    _FIRST_PAINT
    + """
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1360, 840)
window.show()
app.exec()
"""
)
# The frame's kinds of widgets in a plain PySide6 window, no MentorDesk code: a menu bar of 7 menus and
# 55 actions (20 with shortcuts), a toolbar of 8 actions with icons, a choice of pairing and a search
# field with completions, a sidebar of 7 pages with icons, stacked pages with a label, a status bar.
_QT_FRAME = (
    _FIRST_PAINT
    + """
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QStackedWidget, QStatusBar, QToolBar,
)


def dot(color):
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setBrush(QColor(color))
    painter.drawEllipse(4, 4, 24, 24)
    painter.end()
    return QIcon(pixmap)


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1360, 840)
made = 0
for number in range(7):
    menu = window.menuBar().addMenu(f"Menu {number}")
    for _ in range(8 if number < 6 else 7):
        action = QAction(f"Action {made}", window)
        if made % 11 < 4:
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{chr(65 + made % 26)}"))
        menu.addAction(action)
        made += 1
tools = QToolBar()
window.addToolBar(tools)
for number in range(8):
    tools.addAction(dot("#3465a4"), f"Tool {number}")
pairings = QComboBox()
pairings.addItems(["Priya and Sam", "Ada and Lin"])
tools.addWidget(pairings)
search = QLineEdit()
search.setPlaceholderText("Search")
search.setCompleter(QCompleter(["one", "two"]))
tools.addWidget(search)
central = QWidget()
row = QHBoxLayout(central)
sidebar = QListWidget()
sidebar.setIconSize(QSize(20, 20))
for name in ("Plan", "Sessions", "Prepare", "Decisions", "Archeology", "Progress", "Overview"):
    QListWidgetItem(dot("#4e9a06"), name, sidebar)
pages = QStackedWidget()
pages.addWidget(QLabel("Opening"))
row.addWidget(sidebar)
row.addWidget(pages, 1)
window.setCentralWidget(central)
window.setStatusBar(QStatusBar())
window.show()
app.exec()
"""
)
_APP = (
    _FIRST_PAINT
    + """
from mentordesk.cli import main
main(["--db", sys.argv[1]])
"""
)


def first_paints(*starts: tuple[str, ...], runs: int = 9) -> list[tuple[float, float]]:
    """For each start (a script and its arguments): medians of the milliseconds to the first paint and
    to the first paint with records. The starts take turns, run after run, so that a slower minute of
    the machine falls on each of them alike."""
    # settings of their own: the window opens on its first page (Prepare), not the one last shown
    settings = tempfile.mkdtemp(prefix="bench-settings-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": settings,
    }
    frames: list[list[float]] = [[] for _ in starts]
    filled: list[list[float]] = [[] for _ in starts]
    for script, *args in starts:  # warm-up
        subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True, check=True)
    for _ in range(runs):
        for number, (script, *args) in enumerate(starts):
            out = subprocess.run(
                [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, check=True
            ).stdout
            line = next(line for line in out.splitlines() if line.startswith("FIRST_PAINT"))
            frames[number].append(float(line.split()[1]))
            filled[number].append(float(line.split()[2]))
    shutil.rmtree(settings, ignore_errors=True)
    return [(statistics.median(f), statistics.median(r)) for f, r in zip(frames, filled, strict=True)]


def waited(action: Callable[[], object], window: object, repeat: int = 5) -> float:
    """Median milliseconds from `action` to the window repainted with its outcome."""
    from PySide6.QtWidgets import QApplication

    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        QApplication.processEvents()
        window.repaint()  # type: ignore[attr-defined]
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def raw_read(path: Path, table: str, record_id: str) -> float:
    with sqlite3.connect(path) as conn:
        samples = []
        for _ in range(20):
            start = time.perf_counter()
            conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchall()
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def in_window(path: Path) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QSettings, Qt

    from mentordesk.app import create_application
    from mentordesk.services import Services
    from mentordesk.ui.hub import ChangeHub
    from mentordesk.ui.main_window import MainWindow
    from mentordesk.ui.pages import PAGES

    app = create_application()
    QSettings().clear()
    services = Services.open(path)
    window = MainWindow(services, ChangeHub())
    window.resize(1360, 840)
    window.show()
    app.processEvents()
    figures: dict[str, float] = {}
    start = time.perf_counter()
    decisions = window.show_page("Decisions")
    app.processEvents()
    window.repaint()
    figures["Decisions page, first opened (ms)"] = (time.perf_counter() - start) * 1000
    window.show_page("Prepare")
    figures["Decisions page, opened again (ms)"] = waited(lambda: window.show_page("Decisions"), window)
    rows = decisions.model.rowCount()  # type: ignore[attr-defined]
    picks = iter([rows // 2 + n for n in range(10)])
    figures["open a decision (ms)"] = waited(lambda: decisions.table.selectRow(next(picks)), window)  # type: ignore[attr-defined]
    decision = decisions.selected_row()  # type: ignore[attr-defined]
    figures["floor: read that decision, raw SQLite (ms)"] = raw_read(path, "decision", decision.id)
    orders = iter([(1, Qt.SortOrder.AscendingOrder), (0, Qt.SortOrder.DescendingOrder)] * 3)
    figures["sort the decisions by a column (ms)"] = waited(
        lambda: decisions.table.sortByColumn(*next(orders)),
        window,
        repeat=6,  # type: ignore[attr-defined]
    )
    words = iter(["ledger", "", "retry", "", "cache", ""])
    figures["filter the decisions by a word, and clear it (ms)"] = waited(
        lambda: decisions.filter.setText(next(words)),
        window,
        repeat=6,  # type: ignore[attr-defined]
    )
    start = time.perf_counter()
    window.show_page("Sessions")
    app.processEvents()
    window.repaint()
    figures["Sessions page, first opened (ms)"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    window.show_page("System Archeology")  # every event of the pairing, read and laid out
    app.processEvents()
    window.repaint()
    figures["System Archeology page, first opened (ms)"] = (time.perf_counter() - start) * 1000
    timeline = window.show_page("System Archeology")
    figures["System Archeology page, history read and painted again, as after an edit (ms)"] = waited(
        timeline.refresh,  # type: ignore[attr-defined]
        window,
    )
    start = time.perf_counter()
    progress = window.show_page("Progress")
    while getattr(progress, "working", False):  # its figures are worked out on a thread
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    window.repaint()
    figures["Progress page, first opened, figures painted (ms)"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    plan = window.show_page("Plan")  # every card of the pairing read; each column given its first ones
    app.processEvents()
    window.repaint()
    figures["Plan page, first opened (ms)"] = (time.perf_counter() - start) * 1000
    cards = [c.id for c in services.plans.cards(window.current_pairing().id)][:: max(1, rows // 40)][:10]  # type: ignore[union-attr]
    chosen = iter(cards)
    figures["open a card (ms)"] = waited(lambda: plan.select_card(next(chosen)), window, repeat=len(cards))  # type: ignore[attr-defined]
    figures["floor: read that card, raw SQLite (ms)"] = raw_read(path, "card", cards[-1])
    for spec in PAGES:  # every page made and shown once: what the window holds at most
        window.show_page(spec.title)
        app.processEvents()
        window.repaint()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures["peak memory, every page opened (MiB)"] = peak_kib / 1024
    window.close()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone now, not at some later event loop's turn
    services.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="an existing database (it is read, never changed)")
    parser.add_argument("--records", type=int, default=10_000, help="without --db: generate this many")
    parser.add_argument("--pairings", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also save the figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        if args.db is not None:
            shutil.copyfile(args.db, path)  # the window writes settings; the original stays as it was
            label = args.db.name
        else:
            from generate import generate

            generate(path, args.records, args.pairings).close()
            label = f"{args.records} records over {args.pairings} pairing(s)"
        (bare, _), (qt_frame, _), (frame, filled) = first_paints((_BARE,), (_QT_FRAME,), (_APP, str(path)))
        figures = {
            "floor: bare window, first paint (ms)": bare,
            "floor: the frame's kinds of widgets, plain PySide6 (ms)": qt_frame,
            "that floor, times the bare window": qt_frame / bare,
            "start-up to first paint (ms)": frame,
            "start-up, times the bare window": frame / bare,
            "start-up to the first page's records painted (ms)": filled,
            "records painted, times the bare window": filled / bare,
        }
        figures.update(in_window(path))
    print(f"{label}, measured through the main window")
    for name, value in figures.items():
        print(f"{name:48s} {value:10.2f}")
    if args.json is not None:
        args.json.write_text(json.dumps({"database": label, **figures}, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
