"""Sessions page: the pairing's sessions, upcoming first, with agenda, notes and action items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from mentordesk import labels
from mentordesk.domain import RecordKind, SessionInfo, SessionTemplateInfo
from mentordesk.listing import SessionQuery
from mentordesk.services import Services, WriteFailed
from mentordesk.services.prepare import next_slot
from mentordesk.ui import dates
from mentordesk.ui.empty_panel import EmptyState
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.pages.list_page import ListDetailPage
from mentordesk.ui.sessions.commands import DeleteSession
from mentordesk.ui.sessions.editor import SessionEditor
from mentordesk.ui.sessions.new_session import NewSessionDialog
from mentordesk.ui.table_model import Column
from mentordesk.ui.theme import visibility_icon

if TYPE_CHECKING:
    from mentordesk.services.sessions import SessionService


def local_time(value: dt.datetime) -> str:
    return dates.moment_long(value)


class SessionsPage(ListDetailPage[SessionInfo]):
    title = "Sessions"
    icon_name = "sessions"
    new_text = QT_TRANSLATE_NOOP("Pages", "New session")
    kinds = (RecordKind.SESSION,)
    filter_hint = QT_TRANSLATE_NOOP("Pages", "Filter by title")

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self.undo_stack: QUndoStack = QUndoStack(self)  # a delete is undone from the window's Edit menu
        hub.sessions_changed.connect(self._refresh_if_mine)
        self.editor.delete_requested.connect(self._on_delete)
        new = QPushButton(translate("SessionsPage", "New session"))
        new.setProperty("primary", True)
        new.setToolTip(translate("SessionsPage", "New session (Ctrl+N)"))
        new.clicked.connect(self.new_session)
        self.export_button = export = QPushButton(translate("SessionsPage", "Export calendar…"))
        export.setToolTip(
            translate("SessionsPage", "Write the session schedule as an .ics file for your calendar app")
        )
        export.clicked.connect(self.export_calendar)
        export.setEnabled(False)  # until the list says there is a session
        top = self.layout().itemAt(0).layout()  # type: ignore[union-attr]
        top.insertWidget(1, export, 0, Qt.AlignmentFlag.AlignBottom)  # type: ignore[union-attr]
        top.insertWidget(2, new, 0, Qt.AlignmentFlag.AlignBottom)  # type: ignore[union-attr]
        self.add_new_shortcut()
        self.add_record_keys(
            translate("SessionsPage", "Delete session…"),
            translate("SessionsPage", "Rename session"),
            [self.table],
        )
        self.set_tab_order(self.filter, export, new, self.table, self.editor)
        save = QAction(translate("SessionsPage", "Save"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.editor.flush)  # notes save themselves; Ctrl+S does it now
        self.addAction(save)

    def side_panel(self) -> QWidget:
        self.editor = SessionEditor(self.services, self.hub)
        return self.editor

    def save_pending(self) -> None:
        self.editor.flush()

    def split_sizes(self) -> tuple[int, int]:
        return 700, 500

    def optional_columns(self) -> Sequence[int]:
        return (3, 2, 4)  # open items, then kind, then held or upcoming

    def empty_state(self, shown: int) -> EmptyState:
        if shown or self.filter.text():
            return super().empty_state(shown)
        return EmptyState(
            translate("SessionsPage", "No sessions yet"),
            translate(
                "SessionsPage",
                "Plan the first session: its agenda starts from a template, and every open action item is "
                "carried into it until it is done.",
            ),
            [(translate("SessionsPage", "New session"), self.new_session)],
        )

    def show_row(self, row: SessionInfo) -> None:
        assert self.pairing is not None
        self.editor.load(self.pairing, row.id)

    def new_item(self) -> None:
        self.new_session()

    def new_session(self) -> None:
        if self.pairing is None:
            return
        now = dt.datetime.now(dt.UTC)
        slot = next_slot(self.pairing, self.services.prepare.last_session_start(self.pairing.id, now), now)
        pairing = self.pairing
        created: list[str] = []

        def create(template: SessionTemplateInfo | None, when: dt.datetime) -> None:
            created.append(
                self.services.sessions.create_session(
                    pairing.id, when, template=template, added_by=pairing.acting_role
                )
            )

        dialog = NewSessionDialog(
            self.services.templates.templates(),
            slot,
            create,
            self,
            delete_template=lambda template: self.services.templates.delete_template(str(template.id)),
        )
        if dialog.exec() and created:
            self.hub.sessions_changed.emit(pairing.id)
            self.select_id(created[0])

    def export_calendar(self) -> None:
        if self.pairing is None:
            return
        suggested = str(
            Path.home() / translate("SessionsPage", "{name} sessions.ics").format(name=self.pairing.name)
        )
        target, _filter = QFileDialog.getSaveFileName(
            self,
            translate("SessionsPage", "Export sessions"),
            suggested,
            translate("SessionsPage", "Calendar (*.ics)"),
        )
        if not target:
            return
        try:
            count = self.services.calendar.export(self.pairing, Path(target))
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("SessionsPage", "Export sessions"),
                translate("SessionsPage", "Could not write {target}: {reason}").format(
                    target=target, reason=error.strerror or error
                ),
            )
            return
        self.subtitle.setText(
            (
                translate("SessionsPage", "Exported {count} session to {target}")
                if count == 1
                else translate("SessionsPage", "Exported {count} sessions to {target}")
            ).format(count=count, target=target)
        )

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._on_delete(row.id)

    def rename_selected(self) -> None:
        if self.selected_row() is not None:
            self.editor.title.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.editor.title.selectAll()

    def _on_delete(self, session_id: str) -> None:
        answer = QMessageBox.question(
            self,
            translate("SessionsPage", "Delete session"),
            translate("SessionsPage", "Delete this session with its agenda, notes and action items?"),
        )
        if answer != QMessageBox.StandardButton.Yes or self.pairing is None:
            return
        chosen = self.selected_row()
        title = (
            chosen.title
            if chosen is not None and chosen.id == session_id
            else translate("SessionsPage", "session")
        )
        command = DeleteSession(self.services, self.hub, self.pairing.id, session_id, title, self._show_after)
        try:
            command.do_first()
        except (ValueError, LookupError, WriteFailed) as error:
            QMessageBox.warning(
                self,
                translate("SessionsPage", "Delete session"),
                translate("SessionsPage", "The session was not deleted: {error}").format(error=error),
            )
            return
        self.undo_stack.push(command)

    def _show_after(self, session_id: str | None) -> None:
        """After a delete or its undo: the session brought back is shown again."""
        if session_id is not None:
            self.select_id(session_id)

    def columns(self) -> Sequence[Column[SessionInfo]]:
        now = dt.datetime.now(dt.UTC)
        return (
            Column(  # the day in the list (its time in the tooltip): the title needs the width
                translate("SessionsPage", "When"),
                lambda s: dates.short(s.starts_at.astimezone().date()),
                tooltip=lambda s: local_time(s.starts_at),
                sort="when",
            ),
            Column(
                translate("SessionsPage", "Title"),
                lambda s: s.title,
                icon=lambda s: visibility_icon(s.visibility),
                sort="title",
            ),
            Column(translate("SessionsPage", "Kind"), lambda s: labels.label(s.kind), sort="kind"),
            Column(
                translate("SessionsPage", "Open"),
                lambda s: str(s.open_actions) if s.open_actions else "",
                sort="open",
            ),
            Column(
                translate("SessionsPage", "Status"),
                lambda s: (
                    translate("SessionsPage", "Upcoming")
                    if s.starts_at >= now
                    else translate("SessionsPage", "Held")
                ),
                sort="status",
            ),
        )

    def source(self) -> SessionService:
        return self.services.sessions

    def query(self) -> SessionQuery:
        return SessionQuery(
            text=self.filter.text(),
            sort=self.sort_name,
            descending=self.sort_descending,
            now=dt.datetime.now(dt.UTC),
        )

    def subtitle_text(self, shown: int) -> str:
        assert self.pairing is not None
        tally = self.services.sessions.tally(self.pairing.id, SessionQuery(now=dt.datetime.now(dt.UTC)))
        found = (
            translate("SessionsPage", "{shown} shown · ").format(shown=shown) if self.filter.text() else ""
        )
        self.export_button.setEnabled(tally.held + tally.upcoming > 0)  # an empty calendar helps nobody
        return translate("SessionsPage", "{found}{held} held, {upcoming} upcoming").format(
            found=found, held=tally.held, upcoming=tally.upcoming
        )
