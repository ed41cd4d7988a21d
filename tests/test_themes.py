"""Light and dark themes: readable colours, a style sheet made wholly from them, the system's scheme
followed unless one is chosen, Review mode black on white whatever the theme, documents always light."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.render import contrast, readable_on
from mentordesk.services import Services
from mentordesk.ui import theme
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.preferences import PreferencesDialog
from mentordesk.ui.theme import (
    DARK,
    LIGHT,
    TEXT_SCALE_KEY,
    THEME_KEY,
    Colours,
    apply_theme,
    colours,
    style_sheet,
)

QSS = Path(__file__).parent.parent / "resources" / "styles" / "mentordesk.qss"

# (text, background) pairs that carry words, each to be read at 4.5:1 or better (WCAG AA)
TEXT_ON = [
    ("text", "surface"),
    ("text", "window"),
    ("text", "surface_alt"),
    ("text_strong", "window"),
    ("text_soft", "raised"),
    ("muted", "surface"),
    ("muted", "window"),
    ("faint", "surface"),
    ("faint", "window"),
    ("warning", "surface"),
    ("private", "surface"),
    ("danger", "surface"),
    ("selected_text", "surface"),
    ("selection_text", "selection"),
    ("highlight_text", "highlight_soft"),
    ("on_accent", "accent"),
    ("sidebar_text", "sidebar"),
    ("notice_text", "notice"),
    ("title", "window"),
    ("text", "private_surface"),
]


def rgb(colour: str) -> tuple[int, int, int]:
    value = QColor(colour)
    return value.red(), value.green(), value.blue()


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_reads_on_its_background(scheme: Colours) -> None:
    poor = [
        f"{text} on {ground}: {contrast(rgb(getattr(scheme, text)), rgb(getattr(scheme, ground))):.2f}"
        for text, ground in TEXT_ON
        if contrast(rgb(getattr(scheme, text)), rgb(getattr(scheme, ground))) < 4.5
    ]
    assert poor == []


def test_the_style_sheet_takes_every_colour_from_the_theme() -> None:
    source = QSS.read_text(encoding="utf-8")
    assert re.findall(r"#[0-9a-fA-F]{3,6}\b", source) == []  # no colour written in the sheet itself
    fields = {field.name for field in dataclasses.fields(Colours)}
    assert set(re.findall(r"@([a-z_]+)", source)) <= fields
    for scheme in (LIGHT, DARK):
        assert "@" not in style_sheet(scheme)


def test_the_system_scheme_is_followed_unless_a_theme_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_application()
    scheme = [Qt.ColorScheme.Dark]
    hints = SimpleNamespace(colorScheme=lambda: scheme[0])
    monkeypatch.setattr(theme, "QGuiApplication", SimpleNamespace(styleHints=lambda: hints))
    assert apply_theme(app, "system") is DARK
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    scheme[0] = Qt.ColorScheme.Unknown  # a system that does not say: light
    assert apply_theme(app, "system") is LIGHT
    scheme[0] = Qt.ColorScheme.Dark
    assert apply_theme(app, "light") is LIGHT  # a choice wins over the system
    apply_theme(app, "light")


@pytest.fixture
def window(window: MainWindow) -> Iterator[MainWindow]:
    """The demo window; the theme and text size chosen in a test are forgotten after it."""
    yield window
    QSettings().remove(THEME_KEY)
    QSettings().remove(TEXT_SCALE_KEY)
    apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]


def test_preferences_switch_the_theme_at_once_and_remember_it(window: MainWindow, qtbot: QtBot) -> None:
    plan_before = window.show_page("Plan")
    dialog = PreferencesDialog(
        window.review, window.set_theme, window.set_text_scale, window.set_week_start, None, window
    )
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert QSettings().value(THEME_KEY) == "dark" and colours() is DARK
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor(DARK.surface)
    plan_after = window.page("Plan")
    assert plan_after is not plan_before  # made again, in the new colours
    image = window.grab().toImage()
    assert QColor(image.pixel(image.width() // 2, image.height() - 5)).lightness() < 80  # the status bar


def test_review_mode_is_black_on_white_in_the_dark_theme_and_dark_comes_back(window: MainWindow) -> None:
    window.set_theme("dark")
    window.review.set_on(True)
    assert colours() is LIGHT
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor("#ffffff")
    window.set_theme("dark")  # chosen while sharing: kept for later, the shared screen stays as it is
    assert colours() is LIGHT
    window.review.set_on(False, confirm=False)
    assert colours() is DARK


def test_a_system_change_is_followed_only_when_no_theme_was_chosen(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    hints = SimpleNamespace(colorScheme=lambda: Qt.ColorScheme.Dark)
    monkeypatch.setattr(theme, "QGuiApplication", SimpleNamespace(styleHints=lambda: hints))
    window.set_theme("light")
    window._scheme_changed(Qt.ColorScheme.Dark)
    assert colours() is LIGHT
    window.set_theme("system")
    assert colours() is DARK


def test_syntax_colours_of_notes_read_on_the_dark_theme() -> None:
    rendered = '<span style="color: #ba2121">"text"</span><span style="color: #3d7b7b">#</span>'
    moved = readable_on(rendered, DARK.surface)
    for found in re.findall(r"color: (#[0-9a-f]{6})", moved):
        assert contrast(rgb(found), rgb(DARK.surface)) >= 4.5
    assert readable_on(rendered, LIGHT.surface) == rendered  # they were chosen for a white page


def test_an_exported_timeline_picture_is_light_in_the_dark_theme(window: MainWindow) -> None:
    from mentordesk.ui.pages.archeology import ArcheologyPage
    from mentordesk.ui.timeline.picture import MARGIN, paint_picture, picture_size

    window.set_theme("dark")
    page = window.show_page("System Archeology")
    assert isinstance(page, ArcheologyPage)
    body = page.scene.sceneRect()
    size, heading, _legend = picture_size(page.scene, QRectF(body), QFont())
    image = QImage(size, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    paint_picture(painter, page.scene, QRectF(body), "History", "all events", QFont())
    painter.end()
    lane_names = QColor(image.pixel(round(MARGIN + 6), round(MARGIN + heading + 3)))  # painted by the theme
    assert lane_names.lightness() > 200, lane_names.name()
    assert colours() is DARK  # the screen stays dark


def test_the_text_size_scales_the_window_and_its_titles(window: MainWindow, qtbot: QtBot) -> None:
    normal = QApplication.font().pointSizeF()
    dialog = PreferencesDialog(
        window.review, window.set_theme, window.set_text_scale, window.set_week_start, None, window
    )
    qtbot.addWidget(dialog)
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(1.25))
    assert QSettings().value(TEXT_SCALE_KEY) in (1.25, "1.25")
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.25)
    assert "font-size: 21.2pt" in QApplication.instance().styleSheet()  # type: ignore[union-attr]  # 17pt titles
    window.review.set_on(True)  # Review mode keeps its own sizes on top
    assert "font-size: 21.2pt" in QApplication.instance().styleSheet()  # type: ignore[union-attr]
    window.review.set_on(False, confirm=False)
    dialog.text_scale.setCurrentIndex(dialog.text_scale.findData(1.0))
    assert QApplication.font().pointSizeF() == pytest.approx(normal)


def test_the_backups_kept_are_set_in_the_preferences(
    window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.services.backups import Retention

    def keep_three_days(dialog: PreferencesDialog) -> int:
        assert dialog.keep["days"].value() == 7
        dialog.keep["days"].setValue(3)
        return 0

    monkeypatch.setattr(PreferencesDialog, "exec", keep_three_days)
    window.show_preferences()
    assert demo.preferences.retention() == Retention(days=3)


def test_weeks_start_on_the_day_chosen_in_every_calendar(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDateEdit

    from mentordesk.ui.dates import WEEK_START_KEY
    from mentordesk.ui.pages.plan import PlanPage
    from mentordesk.ui.widgets import bound_dates

    dialog = PreferencesDialog(
        window.review, window.set_theme, window.set_text_scale, window.set_week_start, None, window
    )
    qtbot.addWidget(dialog)
    dialog.week_start.setCurrentIndex(dialog.week_start.findData("sunday"))
    assert QSettings().value(WEEK_START_KEY) == "sunday"
    field = bound_dates(QDateEdit())
    calendar = field.calendarWidget()
    assert calendar is not None and calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    plan = window.page("Plan")  # made again: its card form's calendar starts on Sunday too
    assert isinstance(plan, PlanPage)
    due = plan.editor.due.calendarWidget()
    assert due is not None and due.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    dialog.week_start.setCurrentIndex(dialog.week_start.findData("monday"))
    another = bound_dates(QDateEdit())
    monday = another.calendarWidget()
    assert monday is not None and monday.firstDayOfWeek() == Qt.DayOfWeek.Monday
    QSettings().remove(WEEK_START_KEY)
