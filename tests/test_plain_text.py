"""Text a person or a partner wrote is shown as text, never read as markup: labels, banners, tooltips
and message boxes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.domain import Cadence, CardDraft, NewPairing, Role
from mentordesk.services import Services
from mentordesk.ui.board.model import CardListModel
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.sync.conflicts_view import ConflictBanner

MARKUP = "<img src='x'><b>Sam</b>"


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    create_application()
    QSettings().clear()
    pairing = services.pairings.create(
        NewPairing("Priya", Role.MENTOR, MARKUP, dt.date(2026, 10, 1), Cadence.WEEKLY)
    )
    services.board.create_card(services.plans.columns(pairing.id)[0].id, CardDraft(f"Card {MARKUP}"))
    main = MainWindow(services, ChangeHub())
    qtbot.addWidget(main)
    main.show()
    yield main


def test_labels_show_names_as_written(window: MainWindow) -> None:
    for row in range(len(window.pages)):
        window.sidebar.setCurrentRow(row)
        for widget in window.findChildren(QLabel):
            if MARKUP in widget.text():
                assert widget.textFormat() is Qt.TextFormat.PlainText, widget.text()
    assert any(MARKUP in w.text() for w in window.findChildren(QLabel))  # the name is on screen


def test_the_conflict_banner_escapes_the_partner_name(qtbot: QtBot) -> None:
    create_application()
    banner = ConflictBanner()
    qtbot.addWidget(banner)
    banner.show_count(2, MARKUP)
    assert "&lt;img" in banner.text.text() and "<img" not in banner.text.text()


def test_tooltips_quote_titles_as_text(window: MainWindow, services: Services) -> None:
    [pairing] = services.pairings.list_pairings()
    model = CardListModel("column")
    model.set_rows(services.plans.cards(pairing.id))
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=&#x27;x&#x27;&gt;" in tip and "<img" not in tip


def test_message_boxes_show_their_text_as_text(qtbot: QtBot) -> None:
    create_application()
    seen: list[Qt.TextFormat] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.textFormat())
        box.accept()

    QTimer.singleShot(200, look)
    QMessageBox.warning(None, "Import", f"This export comes from {MARKUP}.")
    assert seen == [Qt.TextFormat.PlainText]
