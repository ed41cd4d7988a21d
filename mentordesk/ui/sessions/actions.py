"""The session editor's action items: the session's own, those of earlier sessions still open, and the
row that adds one. Every change is saved at once through the editor's `_run`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import ActionItemInfo, Role, SessionDetail
from mentordesk.services import Services
from mentordesk.ui import dates
from mentordesk.ui.flow import FlowLayout
from mentordesk.ui.i18n import translate
from mentordesk.ui.sessions.new_session import ActionDialog
from mentordesk.ui.widgets import bound_dates, combo


class SessionActions:
    """Mixed into the session editor (a QWidget), which owns these attributes. Not a QObject itself."""

    services: Services
    session_id: str | None
    _loading: bool
    _run: Callable[..., None]
    _saved: Callable[..., None]
    show_detail: Callable[[SessionDetail], None]

    def _build_actions(self) -> QWidget:
        """The action-items list and the row that adds one; returns that row (the list is `actions_list`)."""
        self.actions_list = QListWidget()
        self.actions_list.setAccessibleName(translate("SessionActions", "Action items"))
        self.actions_list.setMaximumHeight(120)
        self.actions_list.itemChanged.connect(self._on_action_ticked)
        self.actions_list.itemDoubleClicked.connect(self._edit_action)
        self.actions_list.setToolTip(
            translate("SessionActions", "Double-click to change the text, owner or due date")
        )
        self.new_action = QLineEdit()
        self.new_action.setPlaceholderText(translate("SessionActions", "New action item"))
        self.new_action.setAccessibleName(translate("SessionActions", "New action item"))
        self.new_action.returnPressed.connect(self._add_action)
        self.action_owner = combo(
            {
                Role.MENTEE: translate("SessionActions", "Mentee"),
                Role.MENTOR: translate("SessionActions", "Mentor"),
            }
        )
        self.action_has_due = QCheckBox(translate("SessionActions", "Due"))
        self.action_due = QDateEdit(QDate.currentDate().addDays(7))
        bound_dates(self.action_due)
        self.action_due.setCalendarPopup(True)
        self.action_due.setAccessibleName(translate("SessionActions", "Due date of the new action item"))
        add_action = QPushButton(translate("SessionActions", "Add"))
        add_action.clicked.connect(self._add_action)
        remove_action = QPushButton(translate("SessionActions", "Remove"))
        remove_action.setToolTip(translate("SessionActions", "Remove the selected action item"))
        remove_action.clicked.connect(self._remove_action)
        action_bar = QWidget()
        action_row = FlowLayout(action_bar)  # wraps in a narrow panel (Review mode's larger type)
        for part in (
            self.new_action,
            self.action_owner,
            self.action_has_due,
            self.action_due,
            add_action,
            remove_action,
        ):
            action_row.addWidget(part)
        return action_bar

    def _show_actions(self, detail: SessionDetail) -> None:
        """The session's own action items, then those of earlier sessions still open: ticking one of
        those marks it done where it was recorded."""
        self.actions_list.clear()
        for action in detail.actions:
            self._action_row(action)
        if detail.carried:
            heading = QListWidgetItem(
                translate("SessionActions", "Still open from earlier sessions"), self.actions_list
            )
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setItalic(True)
            heading.setFont(font)
        for action in detail.carried:
            since = action.recorded_at.astimezone() if action.recorded_at else None
            self._action_row(
                action,
                translate("SessionActions", " · from {since}").format(since=dates.day_month(since))
                if since
                else "",
            )

    def _action_row(self, action: ActionItemInfo, origin: str = "") -> None:
        due = (
            translate("SessionActions", ", due {day}").format(day=dates.day_month(action.due_date))
            if action.due_date
            else ""
        )
        item = QListWidgetItem(
            f"{action.text}  ({labels.word(action.owner)}{due}){origin}", self.actions_list
        )
        item.setData(Qt.ItemDataRole.UserRole, action)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked)

    def _edit_action(self, item: QListWidgetItem) -> None:
        action = item.data(Qt.ItemDataRole.UserRole)
        session_id = self.session_id
        if session_id is None or self._loading or action is None:
            return

        def save(text: str, owner: Role, due: dt.date | None) -> None:
            edits = self.services.session_edits
            edits.update_action(action.id, text=text, owner=owner, due_date=due, done=action.done)

        if ActionDialog(action, save, cast(QWidget, self)).exec():
            self._saved(sessions_list_changed=True)
            self.show_detail(self.services.sessions.detail(session_id))

    def _remove_action(self) -> None:
        item = self.actions_list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) and self.session_id is not None:
            action_id = item.data(Qt.ItemDataRole.UserRole).id
            self._run(lambda: self.services.session_edits.delete_action(action_id), list_changed=True)
            self.show_detail(self.services.sessions.detail(self.session_id))

    def _on_action_ticked(self, item: QListWidgetItem) -> None:
        action = item.data(Qt.ItemDataRole.UserRole)
        if action is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        self._run(
            lambda: self.services.session_edits.update_action(
                action.id, text=action.text, owner=action.owner, due_date=action.due_date, done=done
            ),
            list_changed=True,
        )

    def _add_action(self) -> None:
        text = self.new_action.text().strip()
        if not text or self.session_id is None:
            return
        owner = Role(self.action_owner.currentData())
        due = self.action_due.date().toPython() if self.action_has_due.isChecked() else None
        self._run(
            lambda: self.services.sessions.add_action(self.session_id, text, owner=owner, due_date=due),  # type: ignore[arg-type]
            list_changed=True,
        )
        self.new_action.clear()
        self.show_detail(self.services.sessions.detail(self.session_id))
