"""Everything a window shows, read as text: every widget's text, tooltip, placeholder and window title,
every item model's data in all roles, every text document, and the timeline scene's events."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from mentordesk.domain import RecordKind
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pages.archeology import ArcheologyPage
from mentordesk.ui.pages.decisions import DecisionsPage
from mentordesk.ui.pages.list_page import ListDetailPage
from mentordesk.ui.pages.plan import PlanPage

ROLES = [*range(0, 14), *range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 8)]


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    try:
        columns = max(model.columnCount(parent), 1)
    except TypeError:  # list models keep columnCount private
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value) if isinstance(value, str) else repr(value)
            try:
                nested = model.hasChildren(index)
            except TypeError:  # flat models keep hasChildren private
                nested = False
            if nested:
                yield from model_texts(model, index)


def widget_texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.accessibleName()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.text()
        yield widget.placeholderText()
        completer = widget.completer()
        if completer is not None and completer.model() is not None:
            yield from model_texts(completer.model())
    if isinstance(widget, QTextEdit):
        yield widget.document().toPlainText()
        yield widget.toHtml()
    if isinstance(widget, QPlainTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QComboBox):
        yield widget.currentText()
        yield from model_texts(widget.model())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())


def everything_shown(window: MainWindow) -> Iterator[str]:
    widgets = [window, *window.findChildren(QWidget)]
    widgets += [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    for widget in widgets:
        yield from widget_texts(widget)
    for action in window.findChildren(type(window.review.action)):
        yield action.text()
        yield action.toolTip()
    for page in window.pages:
        if isinstance(page, ArcheologyPage):
            yield from (e.title for e in page.scene.events.values())
            if page.selected is not None:
                yield f"{page.selected.why}\n{page.selected.lessons}\n{page.selected.people}"
            yield from (page._texts or {}).values()  # what its filter searches


def audit(window: MainWindow, hidden: Iterable[str], where: str) -> None:
    shown = "\n".join(text for text in everything_shown(window) if text)
    leaked = sorted(fragment for fragment in hidden if fragment in shown)
    assert not leaked, f"{where}: hidden text on screen: {leaked}"


def audit_every_page(window: MainWindow, hidden: Iterable[str], pairing_id: str, where: str = "") -> None:
    """Visit every page of the current pairing, every row of the list pages (every tab of a decision),
    every card and every event, and audit the window after each step."""
    for row, page in enumerate(window.pages):
        window.sidebar.setCurrentRow(row)
        audit(window, hidden, f"{where}{page.title}")
        if isinstance(page, ListDetailPage):
            for number in range(page.model.rowCount()):
                page.table.selectRow(number)
                audit(window, hidden, f"{page.title} row {number}")
                if isinstance(page, DecisionsPage):
                    for tab in range(page.tabs.count()):
                        page.tabs.setCurrentIndex(tab)
                        audit(window, hidden, f"{page.title} row {number} tab {tab}")
        elif isinstance(page, PlanPage):
            for card in window.services.plans.cards(pairing_id):
                assert page.open_record(RecordKind.CARD, card.id)
                audit(window, hidden, f"card {card.title}")
        elif isinstance(page, ArcheologyPage):
            for event in page.events:
                assert page.open_record(RecordKind.EVENT, event.id)
                audit(window, hidden, f"event {event.title}")
