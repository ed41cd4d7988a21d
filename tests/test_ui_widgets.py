"""Shared widget behaviour: a wheel turn over a form scrolls it, not the field under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.ui.widgets import guard_input


def turn_wheel(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_field_scrolls_the_form(qtbot: QtBot) -> None:
    create_application()
    inner = QWidget()
    column = QVBoxLayout(inner)
    spins = [QSpinBox() for _ in range(40)]
    for spin in spins:
        spin.setValue(5)
        column.addWidget(spin)
    scroll = QScrollArea()
    scroll.setWidget(inner)
    scroll.resize(200, 200)
    qtbot.addWidget(scroll)
    scroll.show()
    qtbot.waitExposed(scroll)
    bar = scroll.verticalScrollBar()
    assert bar.value() == 0
    turn_wheel(spins[0])
    assert spins[0].value() == 5 and bar.value() > 0  # the form scrolled, the field kept its value
    assert spins[0].focusPolicy() == Qt.FocusPolicy.StrongFocus  # and a turn alone does not focus it
    spins[1].setFocus()
    qtbot.waitUntil(spins[1].hasFocus)
    turn_wheel(spins[1])
    assert spins[1].value() == 4  # a field the user is in still takes the wheel


def test_fields_made_before_the_guard_are_fitted_as_those_made_after(qtbot: QtBot) -> None:
    before = [QComboBox(), QSpinBox()]
    for field in before:
        qtbot.addWidget(field)
        assert field.focusPolicy() == Qt.FocusPolicy.WheelFocus  # Qt's own, until fitted
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    guard_input(application)
    assert [field.focusPolicy() for field in before] == [Qt.FocusPolicy.StrongFocus] * 2
