"""The Review mode switch: for a shared screen, with nothing confidential or private in the window.

The switch itself sits below the UI (`services.redaction`): while it is on, every service result is
redacted before a page sees it. This controller turns it on and off, asks before turning it off, and
gives the window its high-contrast, larger-type look and its badge."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QWidget

from mentordesk.services.redaction import ReviewSwitch
from mentordesk.ui.i18n import translate
from mentordesk.ui.theme import REVIEW_SCALES, apply_review_theme


class ReviewMode(QObject):
    changed = Signal(bool)

    def __init__(self, parent: QWidget, switch: ReviewSwitch, settings: QSettings) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.switch = switch
        self.settings = settings
        self.action = QAction(translate("Review mode", "Review mode"), parent)
        self.action.setCheckable(True)
        self.action.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+Shift+R")])
        self.action.setToolTip(
            translate(
                "Review mode",
                "Review mode (F11): hide everything confidential or private, for screen sharing",
            )
        )
        self.action.triggered.connect(self.set_on)
        self.badge = QLabel(translate("Review mode", "REVIEW MODE"))
        self.badge.setObjectName("ReviewBadge")
        self.badge.setToolTip(
            translate(
                "Review mode",
                "Confidential and private items are hidden. F11 or Ctrl+Shift+R leaves Review mode.",
            )
        )
        self.badge_action: QAction | None = (
            None  # the badge's place in a tool bar, which decides its visibility
        )
        self.scale_menu = QMenu(translate("Review mode", "Review mode text size"), parent)
        group = QActionGroup(self.scale_menu)
        for scale in REVIEW_SCALES:
            choice = self.scale_menu.addAction(f"{round(scale * 100)} %")
            choice.setCheckable(True)
            choice.setChecked(abs(scale - self.scale) < 0.01)
            choice.triggered.connect(lambda _checked=False, s=scale: self.set_scale(s))
            group.addAction(choice)

    @property
    def on(self) -> bool:
        return self.switch.on

    @property
    def scale(self) -> float:
        try:
            value = float(str(self.settings.value("review/scale", 1.25)))
        except ValueError:
            value = 1.25
        return min(max(value, REVIEW_SCALES[0]), REVIEW_SCALES[-1])

    def set_scale(self, scale: float) -> None:
        self.settings.setValue("review/scale", scale)
        for choice, size in zip(self.scale_menu.actions(), REVIEW_SCALES, strict=True):
            choice.setChecked(abs(size - scale) < 0.01)  # chosen here or in the Preferences
        if self.on:
            self._apply_look(True)

    def set_on(self, on: bool, confirm: bool = True) -> bool:
        """Switch Review mode; leaving it asks first (unless `confirm` is False). True when it changed."""
        if on == self.switch.on:
            self.action.setChecked(on)
            return False
        if not on and confirm:
            question = translate(
                "Review mode",
                "Leave Review mode?\n\nConfidential and private notes will be shown on this screen again. "
                "Stop sharing your screen first if others should not see them.",
            )
            answer = QMessageBox.question(
                self.parent_widget, translate("Review mode", "Leave Review mode"), question
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.action.setChecked(True)
                return False
        self.switch.on = on
        self.action.setChecked(on)
        self._show_badge(on)
        self._apply_look(on)
        self.changed.emit(on)
        return True

    def _show_badge(self, on: bool) -> None:
        if self.badge_action is not None:
            self.badge_action.setVisible(on)
        else:
            self.badge.setVisible(on)

    def _apply_look(self, on: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_review_theme(app, on, self.scale)
