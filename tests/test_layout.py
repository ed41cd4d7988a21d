"""Every page at 1024x640, in normal and Review mode: the window is not forced wider than the screen,
no visible button's text is cut, and no visible widget reaches past the widget that holds it (content
that scrolls aside). The split between a list and its panel is remembered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QMenu,
    QScrollArea,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import PAGES, MainWindow

WIDTH, HEIGHT = 1024, 640


@pytest.fixture(params=[False, True], ids=["normal", "review"])
def window(request: pytest.FixtureRequest, qtbot: QtBot, demo: Services) -> Iterator[MainWindow]:
    create_application()
    QSettings().clear()
    main = MainWindow(demo, ChangeHub(), demo=True, review=request.param)
    qtbot.addWidget(main)
    main.resize(WIDTH, HEIGHT)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def cut_buttons(root: QWidget) -> list[str]:
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text().strip():
            continue
        if (
            isinstance(button, QToolButton)
            and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            continue
        need = button.fontMetrics().horizontalAdvance(button.text().replace("&", "")) + 6
        room = button.contentsRect().width() - (
            button.iconSize().width() + 4 if not button.icon().isNull() else 0
        )
        if need > room:
            found.append(f"button “{button.text()}” needs {need} px, has {room}")
    return found


def scrolls(widget: QWidget) -> bool:
    """Whether `widget` sits in a scroll area's viewport (there it may be larger than what shows)."""
    parent = widget.parentWidget()
    while parent is not None:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and holder.viewport() is parent:
            return True
        parent = holder
    return False


def overflowing(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if (
            not widget.isVisible()
            or parent is None
            or widget.isWindow()
            or widget.width() == 0  # a collapsed panel: nothing of it shows
            or isinstance(widget, QMenu)
            or scrolls(widget)
            or widget.objectName().startswith("qt_")  # Qt's own parts (scroll bar containers, tab scrollers)
        ):
            continue
        if isinstance(widget, QScrollArea) and widget.widget() is not None and widget.isVisible():
            cut = widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if cut and widget.widget().width() > widget.viewport().width() + 1:  # type: ignore[union-attr]
                found.append(f"the content of a scroll area without a horizontal bar is cut: {parent}")
        inside = parent.rect().adjusted(-1, -1, 1, 1)
        if not inside.contains(QRect(widget.geometry())):
            name = widget.objectName() or type(widget).__name__
            text = getattr(widget, "text", lambda: "")()
            found.append(f"{name} “{str(text)[:30]}” {widget.geometry()} outside {parent.rect()}")
    return found


def test_every_page_fits_1024_by_640(window: MainWindow, qtbot: QtBot) -> None:
    assert window.minimumSizeHint().width() <= WIDTH
    problems = []
    for spec in PAGES:
        page = window.show_page(spec.title)
        for _ in range(3):
            QApplication.processEvents()
        assert window.width() == WIDTH, f"{spec.title} widened the window to {window.width()}"
        problems += [f"{spec.title}: {p}" for p in cut_buttons(window)]
        problems += [f"{spec.title}: {p}" for p in overflowing(page)]
    problems += [f"toolbar/status: {p}" for p in overflowing(window.statusBar())]
    if not window.search_box.isVisible():  # pushed into the toolbar's overflow menu
        problems.append("the search box does not fit the toolbar")
    assert problems == []


def test_the_split_between_list_and_panel_is_remembered(qtbot: QtBot, demo: Services) -> None:
    create_application()
    QSettings().clear()
    first = MainWindow(demo, ChangeHub(), demo=True)
    qtbot.addWidget(first)
    first.resize(1360, 840)
    first.show()
    page = first.show_page("Sessions")
    total = sum(page.splitter.sizes())
    page.splitter.moveSplitter(total // 3, 1)
    moved = page.splitter.sizes()
    first.close()
    again = MainWindow(demo, ChangeHub(), demo=True)
    qtbot.addWidget(again)
    again.resize(1360, 840)
    again.show()
    assert again.show_page("Sessions").splitter.sizes() == moved
    again.close()


def test_the_card_editor_comes_back_at_the_width_it_was_left(qtbot: QtBot, demo: Services) -> None:
    create_application()
    QSettings().clear()
    widths = []
    for _run in range(2):
        window = MainWindow(demo, ChangeHub(), demo=True)
        qtbot.addWidget(window)
        window.resize(1360, 840)
        window.show()
        plan = window.show_page("Plan")
        assert plan.splitter.sizes()[1] == 0  # no card selected: the board has the width
        assert plan.select_card(plan.card_views()[0].model.rows()[0].id)
        if not widths:
            total = sum(plan.splitter.sizes())
            plan.splitter.moveSplitter(total - 500, 1)
        widths.append(plan.splitter.sizes()[1])
        window.close()
    assert widths[0] == widths[1] and abs(widths[0] - 500) <= 2


@pytest.mark.parametrize(("width", "height"), [(1024, 640), (1920, 1080)])
def test_a_narrow_list_sets_minor_columns_aside_so_titles_stay_readable(
    qtbot: QtBot, demo: Services, width: int, height: int
) -> None:
    from mentordesk.ui.pages.list_page import TITLE_CHARS, ListDetailPage

    create_application()
    QSettings().clear()
    window = MainWindow(demo, ChangeHub(), demo=True, review=True)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    for title in ("Sessions", "Decisions"):
        page = window.show_page(title)
        QApplication.processEvents()
        assert isinstance(page, ListDetailPage)
        header = page.table.horizontalHeader()
        hidden = [c for c in range(header.count()) if header.isSectionHidden(c)]
        assert set(hidden) <= set(page.optional_columns())
        if width == 1920:
            assert hidden == [], title
        else:
            assert hidden, title  # too narrow for every column in Review mode's type
        title_width = header.sectionSize(page.stretch_column())
        assert title_width >= page.fontMetrics().averageCharWidth() * (TITLE_CHARS - 4), title
    window.close()
