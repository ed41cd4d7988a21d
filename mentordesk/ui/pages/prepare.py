"""Prepare page: what needs attention before the next session, each item one click from its record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import CardInfo, DecisionInfo, RecordKind, adr_number
from mentordesk.services import Services
from mentordesk.services.prepare import ATTENTION_LIMIT
from mentordesk.ui import dates, html
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import translate
from mentordesk.ui.pages.base import Page
from mentordesk.ui.pages.sessions import local_time
from mentordesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from mentordesk.ui.theme import colours, visibility_icon
from mentordesk.ui.widgets import SafeBrowser, label


class _Section:
    """A titled table in the Prepare grid whose rows open a record when activated."""

    def __init__(
        self,
        title: str,
        columns: Sequence[Column[Any]],
        opener: Callable[[Any], tuple[RecordKind, str]],
        empty: str,
    ):
        self.title = title
        self.box = QGroupBox(title)
        self.model: RowTableModel[Any] = RowTableModel(columns)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().hide()
        self.view.setShowGrid(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = label(empty, "EmptyState", wrap=True)  # what would be listed, when there is any
        self.opener = opener
        layout = QVBoxLayout(self.box)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)

    def set_rows(self, rows: Sequence[Any], *, more: bool = False) -> None:
        """Show `rows`; `more`: the list was cut short, and more records need attention."""
        self.model.set_rows(rows)
        shown = (
            translate("PreparePage", "{title} ({count} shown, more exist)")
            if more
            else translate("PreparePage", "{title} ({count})")
        )
        self.box.setTitle(shown.format(title=self.title, count=len(rows)))
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)


class PreparePage(Page):
    title = "Prepare"
    icon_name = "prepare"

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        today = dt.date.today
        self.open_actions = _Section(
            translate("PreparePage", "Open action items"),
            [
                Column(
                    translate("PreparePage", "Action"),
                    lambda a: a.text,
                    icon=lambda a: visibility_icon(a.visibility),
                ),
                Column(translate("PreparePage", "Owner"), lambda a: labels.word(a.owner)),
                Column(
                    translate("PreparePage", "Due"),
                    lambda a: (
                        (translate("PreparePage", "overdue ") if a.is_overdue(today()) else "")
                        + (dates.day_month(a.due_date) if a.due_date else "")
                    ),
                    colour=lambda a: colours().qt("warning") if a.is_overdue(today()) else None,
                ),
            ],
            lambda a: (RecordKind.SESSION, a.session_id),
            translate(
                "PreparePage",
                "None open. Action items written in a session are listed here until they are ticked done.",
            ),
        )
        decision_columns: list[Column[DecisionInfo]] = [
            Column(
                translate("PreparePage", "Decision"),
                lambda d: f"{adr_number(d.number)} {d.title}",
                icon=lambda d: visibility_icon(d.visibility),
            ),
            Column(translate("PreparePage", "Date"), lambda d: dates.day_month(d.decided_on)),
        ]
        self.reviews = _Section(
            translate("PreparePage", "Awaiting my review"),
            decision_columns,
            lambda d: (RecordKind.DECISION, d.id),
            translate(
                "PreparePage",
                "No decision awaits your review. One appears here once your partner sends it for review.",
            ),
        )
        self.revisits = _Section(
            translate("PreparePage", "Decisions to revisit"),
            decision_columns,
            lambda d: (RecordKind.DECISION, d.id),
            translate(
                "PreparePage", "None due. A decision with a revisit date is listed here once that day comes."
            ),
        )
        self.cards = _Section(
            translate("PreparePage", "Cards late or changed"),
            [
                Column(
                    translate("PreparePage", "Card"),
                    lambda c: c.title,
                    icon=lambda c: visibility_icon(c.visibility),
                ),
                Column(
                    translate("PreparePage", "Why"),
                    lambda c: (
                        translate("PreparePage", "overdue {day}").format(day=dates.day_month(c.due_date))
                        if self._is_late(c)
                        else translate("PreparePage", "changed")
                    ),
                    colour=lambda c: colours().qt("warning") if self._is_late(c) else None,
                ),
            ],
            lambda c: (RecordKind.CARD, c.id),
            translate("PreparePage", "No card is overdue, and none changed since the last session."),
        )
        self.cards.box.setToolTip(
            translate("PreparePage", "Plan cards past their due date, or changed since the last session")
        )
        self.last_session = SafeBrowser()
        self.last_session.record_link_clicked.connect(self.open_requested)
        last_box = QGroupBox(translate("PreparePage", "Last session"))
        QVBoxLayout(last_box).addWidget(self.last_session)

        self.draft = QListWidget()
        self.draft.setWordWrap(True)
        self.draft.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.draft.setToolTip(
            translate(
                "PreparePage",
                "Untick what should not go on the agenda. Open action items need no point here: the next "
                "session lists them by itself.",
            )
        )
        self.draft_button = QPushButton(translate("PreparePage", "Create the next session with this agenda"))
        self.draft_button.setProperty("primary", True)
        self.draft_button.clicked.connect(self.send_draft)
        draft_box = QGroupBox(translate("PreparePage", "Draft agenda for the next session"))
        draft_layout = QVBoxLayout(draft_box)
        draft_layout.addWidget(self.draft)
        self.draft_empty = label(
            translate(
                "PreparePage",
                "Nothing to draft: reviews, revisits and late or changed cards are drafted here as they come "
                "up. Open action items need no point: the next session lists them by itself.",
            ),
            "EmptyState",
            wrap=True,
        )
        draft_layout.addWidget(self.draft_empty)
        draft_layout.addStretch()
        draft_layout.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignRight)

        header_box, self.subtitle = self._header()
        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.open_actions.box, 0, 0)
        grid.addWidget(self.reviews.box, 0, 1)
        grid.addWidget(self.cards.box, 1, 0)
        grid.addWidget(self.revisits.box, 1, 1)
        grid.addWidget(last_box, 2, 0)
        grid.addWidget(draft_box, 2, 1)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(header_box)
        layout.addLayout(grid, 1)
        for section in self.sections():
            section.view.activated.connect(lambda index, s=section: self._open(s, index))
            section.view.doubleClicked.connect(lambda index, s=section: self._open(s, index))
        for signal in (hub.cards_changed, hub.sessions_changed, hub.decisions_changed):
            signal.connect(self._refresh_if_mine)

    @staticmethod
    def _is_late(card: CardInfo) -> bool:
        return card.due_date is not None and card.due_date < dt.date.today()

    def sections(self) -> list[_Section]:
        return [self.open_actions, self.reviews, self.revisits, self.cards]

    def refresh(self) -> None:
        pairing = self.pairing
        if pairing is None:
            return
        today = dt.date.today()
        me = pairing.acting_role
        self.open_actions.set_rows(self.services.sessions.open_actions(pairing.id))
        self.reviews.set_rows(self.services.decisions.awaiting_review_by(pairing.id, me))
        self.revisits.set_rows(self.services.decisions.revisit_due(pairing.id, today))
        # one more than is shown of each: whether the lists were cut short
        overdue, changed = self.services.prepare.cards_needing_attention(
            pairing.id, dt.datetime.now(dt.UTC), ATTENTION_LIMIT + 1
        )
        more = max(len(overdue), len(changed)) > ATTENTION_LIMIT
        overdue, changed = overdue[:ATTENTION_LIMIT], changed[:ATTENTION_LIMIT]
        self.cards.set_rows(sorted(overdue, key=lambda c: c.due_date or today) + changed, more=more)
        now = dt.datetime.now(dt.UTC)
        around = self.services.sessions.around(pairing.id, now, shared_only=self.services.review.on)
        upcoming = around.next
        next_text = (
            translate("PreparePage", "Next session: {title}, {local_time} ({relative})").format(
                title=upcoming.title,
                local_time=local_time(upcoming.starts_at),
                relative=dates.relative(upcoming.starts_at.astimezone().date(), today),
            )
            if upcoming
            else translate("PreparePage", "No session planned yet")
        )
        self.subtitle.setText(
            translate("PreparePage", "{name} · {day} · {next_text}").format(
                name=pairing.name, day=dates.plan_day(pairing, today), next_text=next_text
            )
        )
        self.draft_button.setText(
            translate("PreparePage", "Add to the next session's agenda")
            if upcoming
            else translate("PreparePage", "Create the next session with this agenda")
        )
        self.draft.clear()
        for point in self.services.prepare.draft_agenda(pairing, now):
            item = QListWidgetItem(point.text, self.draft)
            item.setData(ROW_ROLE, point)
            lock = visibility_icon(point.visibility)
            if lock is not None:
                item.setIcon(lock)
                item.setToolTip(
                    translate(
                        "PreparePage", "Drafted from a {visibility} record: it stays {visibility}"
                    ).format(visibility=labels.word(point.visibility))
                )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.draft_button.setEnabled(self.draft.count() > 0 or not upcoming)
        self.draft.setVisible(self.draft.count() > 0)
        self.draft_empty.setVisible(self.draft.count() == 0)
        if not self.draft.count() and not upcoming:
            self.draft_button.setText(translate("PreparePage", "Create the next session"))
        if around.last is not None:
            last = self.services.sessions.detail(around.last.id).session
            self.last_session.setHtml(
                html.heading(last.title, 3)
                + html.meta(local_time(last.starts_at), labels.label(last.kind))
                + html.visibility_note(last.visibility)
                + html.markdown_to_html(last.notes or translate("PreparePage", "_No notes._"))
            )
        else:
            self.last_session.setHtml(
                "<p style='color:{}'>{}</p>".format(
                    colours().faint, translate("PreparePage", "No session held yet.")
                )
            )

    def send_draft(self) -> None:
        """Put the ticked points on the next session's agenda (creating the session) and open it."""
        if self.pairing is None:
            return
        points = [
            self.draft.item(i).data(ROW_ROLE)
            for i in range(self.draft.count())
            if self.draft.item(i).checkState() == Qt.CheckState.Checked
        ]
        session_id = self.services.prepare.add_to_next_session(self.pairing, points, dt.datetime.now(dt.UTC))
        self.hub.sessions_changed.emit(self.pairing.id)
        self.open_requested.emit(RecordKind.SESSION, session_id)

    def _open(self, section: _Section, index: QModelIndex) -> None:
        kind, record_id = section.opener(index.data(ROW_ROLE))
        self.open_requested.emit(kind, record_id)
