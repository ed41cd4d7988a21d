"""Small shared widgets."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QByteArray, QDate, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QWidget,
)

from mentordesk.domain import EARLIEST_DAY, LATEST_DAY, RecordKind, Visibility
from mentordesk.render import SHOW_ALL_URL
from mentordesk.ui.dates import show_dates_alike
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.plain import keep_layout_linear, plain_label

INTERNAL_SCHEME = "mentordesk"

VISIBILITY_CHOICES: dict[object, str] = {
    Visibility.SHARED: QT_TRANSLATE_NOOP("Choices", "Shared with my partner"),
    Visibility.CONFIDENTIAL: QT_TRANSLATE_NOOP("Choices", "Confidential (hidden in Review mode)"),
    Visibility.PRIVATE: QT_TRANSLATE_NOOP("Choices", "Private (stays on this computer)"),
}
"""How an editor offers a record's visibility (marked for the "Choices" context; `visibility_choices`)."""


def visibility_choices() -> dict[object, str]:
    """VISIBILITY_CHOICES in the shown language, for a combo box."""
    return {value: translate("Choices", text) for value, text in VISIBILITY_CHOICES.items()}


def record_url(kind: RecordKind, record_id: str) -> str:
    """A link inside detail HTML that opens another record, e.g. mentordesk:decision/<id>."""
    return f"{INTERNAL_SCHEME}:{kind.value}/{record_id}"


class SafeBrowser(QTextBrowser):
    """Shows rendered HTML without ever loading a resource or following a link by itself.

    Web and mail links open in the system browser after a click; record links are announced through
    `record_link_clicked`; anything else is ignored.
    """

    record_link_clicked = Signal(object, str)  # RecordKind, record id
    show_all_requested = Signal()  # a preview's "Show all" link

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_layout_linear(self)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)

    def setHtml(self, text: str) -> None:
        """Rendered notes carry syntax colours picked for a white page; on a dark theme they are moved
        until they read."""
        from mentordesk.render import readable_on
        from mentordesk.ui.theme import colours

        theme = colours()
        super().setHtml(readable_on(text, theme.surface) if theme.name == "dark" else text)

    def loadResource(self, type: int, name: QUrl | str) -> object:
        return QByteArray()  # every image or stylesheet the HTML names stays empty

    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.toString() == SHOW_ALL_URL:
            self.show_all_requested.emit()
        elif scheme == INTERNAL_SCHEME:
            kind, _, record_id = url.path().partition("/")
            try:
                self.record_link_clicked.emit(RecordKind(kind), record_id)
            except ValueError:
                return


def combo(values: dict[object, str]) -> QComboBox:
    """A combo box whose items carry the given values as their data."""
    box = QComboBox()
    for value, text in values.items():
        box.addItem(text, value)
    return box


def select_data(box: QComboBox, value: object) -> None:
    """Select the item carrying `value` (the first item when none does)."""
    box.setCurrentIndex(max(box.findData(value), 0))


def refill_choices(box: QComboBox, any_text: str, any_value: object, names: list[str]) -> None:
    """Offer "any" and then `names` in a filter combo box, keeping its choice when still offered, and
    without announcing the refill as a change of choice."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(any_text, any_value)
    for name in names:
        box.addItem(name, name)
    select_data(box, current)
    box.blockSignals(False)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: dt.date) -> QDateEdit:
    """A date field with a calendar pop-up, showing dates the way the app writes them (3 Mar 2026)."""
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    return bound_dates(edit)


RETRY_MS = 5000
"""An editor whose save failed (the file busy, the disk full, ...) tries again this long after."""

DateField = TypeVar("DateField", bound=QDateTimeEdit)


def bound_dates(edit: DateField) -> DateField:
    """Only dates MentorDesk takes can be picked or typed (domain.EARLIEST_DAY..LATEST_DAY), shown the
    way the window writes dates."""
    edit.setDateRange(qdate(EARLIEST_DAY), qdate(LATEST_DAY))
    show_dates_alike(edit, time=not isinstance(edit, QDateEdit))
    return edit


def day_of(edit: QDateEdit) -> dt.date:
    value = edit.date().toPython()
    assert isinstance(value, dt.date)
    return value


def label(text: str, object_name: str, *, wrap: bool = False) -> QLabel:
    """A label showing `text` as it is: never read as markup, whoever wrote it."""
    widget = plain_label(text)
    widget.setObjectName(object_name)
    widget.setWordWrap(wrap)
    return widget


_GUARDED_EVENTS = frozenset({QEvent.Type.Show, QEvent.Type.Polish, QEvent.Type.Wheel})


class InputGuard(QObject):
    """Installed once on the application (one filter, as every event passes through it):

    - Scrolling a form must not change the combo boxes, spin boxes and dates the pointer passes over. A
      wheel turn over such a field changes it only once the field has focus (clicked or tabbed into);
      otherwise the turn scrolls the nearest scroll area around the field, as if it were not there.
    - Every message box shows its text as plain text: messages quote names, titles and file names, and
      a message box, like a label, would otherwise guess that text like "<b>Sam</b>" is markup."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _GUARDED_EVENTS:  # every event of the app passes here: leave at once
            return False
        if isinstance(watched, QMessageBox):
            if event.type() == QEvent.Type.Show:
                watched.setTextFormat(Qt.TextFormat.PlainText)
            return False
        if not isinstance(watched, QAbstractSpinBox | QComboBox):
            return False
        if event.type() == QEvent.Type.Polish:
            _focus_by_click_or_tab(watched)
        elif event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            area = watched.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:
                QApplication.sendEvent(area.viewport(), event)
            else:
                event.ignore()
            return True
        return False


def _focus_by_click_or_tab(field: QAbstractSpinBox | QComboBox) -> None:
    if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel turn alone must not focus it


def guard_input(application: QApplication) -> None:
    """Install the InputGuard on `application` (once). The fields made before it are fitted as it
    would have fitted them: the window installs it after its first paint, since a filter that sees
    every event makes PySide6 resolve the Python type of every widget the frame creates."""
    for widget in application.allWidgets():
        if isinstance(widget, QAbstractSpinBox | QComboBox):
            _focus_by_click_or_tab(widget)
    if application.findChild(InputGuard) is None:
        application.installEventFilter(InputGuard(application))


def keep_typing(dialog: QWidget, what: str) -> bool:
    """Asked when a form with unsaved changes is closed: True to go on editing it."""
    answer = QMessageBox.question(
        dialog,
        translate("widgets", "Discard the {what}?").format(what=what),
        translate(
            "widgets", "What you changed in this {what} is not saved. Close it and discard the changes?"
        ).format(what=what),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer != QMessageBox.StandardButton.Discard
