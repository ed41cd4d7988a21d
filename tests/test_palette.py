"""The command palette, driven through the real window on the demo: commands by a few letters, records
by name, Enter runs the first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pages.sessions import SessionsPage
from mentordesk.ui.palette import Command


def shown(palette: object) -> list[str]:
    results = palette.results  # type: ignore[attr-defined]
    return [results.item(row).text() for row in range(results.count())]


def test_a_few_letters_find_a_command_and_enter_runs_it(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(
        window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    palette = window.findChild(type(window.show_palette()))
    assert palette is not None
    names = [command.name for command in palette.commands]
    assert "View › Review mode" in names and "Help › Keyboard shortcuts" in names
    assert not any(name.startswith("Edit › Undo") for name in names)  # nothing to undo: not offered
    qtbot.keyClicks(palette.query, "revmo")
    assert shown(palette)[0].startswith("View › Review mode")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.switch.on, timeout=2000)
    assert not palette.isVisible()
    window.review.set_on(False, confirm=False)


def test_a_record_found_by_name_opens_on_its_page(window: MainWindow, qtbot: QtBot) -> None:
    palette = window.show_palette()
    qtbot.keyClicks(palette.query, "calibration call")
    qtbot.waitUntil(lambda: any(text.startswith("Session ›") for text in shown(palette)), timeout=2000)
    row = next(i for i, text in enumerate(shown(palette)) if text.startswith("Session ›"))
    title = shown(palette)[row].removeprefix("Session › ")
    palette.results.setCurrentRow(row)
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_page(), SessionsPage), timeout=2000)
    page = window.current_page()
    assert isinstance(page, SessionsPage)
    selected = page.selected_row()
    assert selected is not None and selected.title == title


def test_up_and_down_choose_while_typing_goes_on(window: MainWindow, qtbot: QtBot) -> None:
    palette = window.show_palette()
    qtbot.keyClicks(palette.query, "pa")
    assert palette.results.count() > 2 and palette.results.currentRow() == 0
    qtbot.keyClick(palette.query, Qt.Key.Key_Down)
    assert palette.results.currentRow() == 1 and palette.focusWidget() is palette.query
    chosen = palette.results.currentItem().data(Qt.ItemDataRole.UserRole)
    assert isinstance(chosen, Command) and chosen.name == shown(palette)[1].split("    ")[0]
    qtbot.keyClick(palette.query, Qt.Key.Key_Escape)
    assert not palette.isVisible()
