"""Plan page: the pairing's 90-day plan as a kanban board with a card editor, filters and undo."""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain import CardDraft, CardFilter, CardInfo, ColumnInfo, PairingInfo, RecordKind
from mentordesk.services import Services
from mentordesk.services.board import matches
from mentordesk.ui import dates, html
from mentordesk.ui.board.card_actions import CardActions
from mentordesk.ui.board.column_actions import ColumnActions
from mentordesk.ui.board.column_view import ColumnView
from mentordesk.ui.board.commands import (
    TickChecklistItem,
)
from mentordesk.ui.board.editor import CardEditor
from mentordesk.ui.board.filter_bar import FilterBar
from mentordesk.ui.board.side import CardSide
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.pages.base import Page
from mentordesk.ui.table_model import ROW_ROLE
from mentordesk.ui.widgets import RETRY_MS, SafeBrowser, label

log = logging.getLogger(__name__)
EDITOR = 1  # index of the editor in the side panel
CARD_LINK_KINDS = (RecordKind.DECISION, RecordKind.SESSION, RecordKind.EVENT)


class PlanPage(CardActions, ColumnActions, Page):
    title = "Plan"
    icon_name = "plan"
    new_text = QT_TRANSLATE_NOOP("Pages", "New card")

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self.undo_stack: QUndoStack = QUndoStack(self)
        self._showing = False  # the column views are being set to the card chosen
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.save_form)
        hub.problem.connect(self._show_problem)
        self._columns: list[ColumnInfo] = []
        self._views: list[ColumnView] = []
        self._cards: list[CardInfo] = []
        self._selected: str | None = None
        self._new_in_column: str | None = None
        self._competencies: list[str] = []

        self.filter = self._filter_box(translate("PlanPage", "Filter cards"))
        self.filters = FilterBar()
        self.filters.new_card_requested.connect(lambda: self.start_new_card())
        self.filters.changed.connect(self._show_cards)
        self.filters.archived_toggled.connect(self.refresh)
        self.filter.textChanged.connect(self.filters.set_text)

        self.board = QWidget()
        self.board_layout = QHBoxLayout(self.board)
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.board_layout.setSpacing(10)
        self.board_layout.addStretch()
        self.board_scroll = scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        board_box = QWidget()
        board_layout = QVBoxLayout(board_box)
        board_layout.setContentsMargins(0, 0, 0, 0)
        self.goals_line = label("", "GoalsLine", wrap=True)  # the goals above the board, not beside it
        board_layout.addWidget(self.goals_line)
        board_layout.addWidget(self.filters)
        board_layout.addWidget(scroll, 1)

        self.editor = CardEditor()
        self.summary = SafeBrowser()
        self.summary.setAccessibleName(translate("PlanPage", "Plan summary"))
        self.side = QStackedWidget()
        self.side.addWidget(self.summary)
        self.side.addWidget(self.editor)
        self.detail = self.summary
        self._lay_out_with_detail(board_box, self.filter, (900, 420), side=self.side)
        self.card_side = CardSide(self.splitter, self.side, services.review.on)
        self._connect_editor()
        self._add_shortcuts()
        hub.cards_changed.connect(self._refresh_if_mine)

    # building
    def _connect_editor(self) -> None:
        self.editor.saved.connect(self._on_saved)
        self.editor.archive_requested.connect(self._on_archive)
        self.editor.delete_requested.connect(self._on_delete)
        self.editor.checklist_ticked.connect(
            lambda item, done: self._push(lambda: TickChecklistItem(*self._context(), item, done))
        )
        self.editor.link_opened.connect(self.open_requested)
        self.editor.link_added.connect(
            lambda kind, target: self._links_change(
                lambda card: self.services.links.add_link(RecordKind.CARD, card, kind, target)
            )
        )
        self.editor.link_removed.connect(
            lambda link: self._links_change(lambda _card: self.services.links.remove_link(link))
        )
        self.editor.checklist_added.connect(lambda text: self._checklist_change(self._add_item, text))
        self.editor.checklist_removed.connect(
            lambda item: self._checklist_change(self.services.board.delete_checklist_item, item)
        )
        self.editor.checklist_moved.connect(
            lambda item, row: self._checklist_change(
                lambda i: self.services.board.move_checklist_item(i, row), item
            )
        )

    def _add_shortcuts(self) -> None:
        """Ctrl+N and the card moves; undo and redo are the window's (Edit menu), on `undo_stack`."""
        self.add_new_shortcut()
        self.add_record_keys(
            translate("PlanPage", "Delete card…"), translate("PlanPage", "Rename card"), []
        )  # each column's list gets them as it is made
        moves = {
            "Ctrl+Left": (translate("PlanPage", "Move card to the column on the left"), -1, 0),
            "Ctrl+Right": (translate("PlanPage", "Move card to the column on the right"), 1, 0),
            "Ctrl+Up": (translate("PlanPage", "Move card up"), 0, -1),
            "Ctrl+Down": (translate("PlanPage", "Move card down"), 0, 1),
        }
        for keys, (text, columns, rows) in moves.items():
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, c=columns, r=rows: self.move_selected(c, r))
            self.addAction(action)

    # loading
    def set_pairing(self, pairing: PairingInfo) -> None:
        if self.pairing is None or self.pairing.id != pairing.id:
            self.save_form()  # into the pairing it was typed for (then undo is cleared: Page.set_pairing)
            self._selected = None
        super().set_pairing(pairing)

    def refresh(self) -> None:
        if self.pairing is None:
            return
        columns = self.services.plans.columns(self.pairing.id)
        if [(c.id, c.title, c.wip_limit, c.position) for c in columns] != [
            (c.id, c.title, c.wip_limit, c.position) for c in self._columns
        ]:
            self._rebuild_columns(columns)
        self._cards = self.services.plans.cards(
            self.pairing.id, include_archived=self.filters.show_archived.isChecked()
        )
        self._reload_competencies()
        self._show_cards()
        if self._selected is not None and not any(c.id == self._selected for c in self._cards):
            self._selected = None
            self.side.setCurrentWidget(self.summary)
        elif self._selected is not None and self.side.currentIndex() == EDITOR:
            self.editor.set_checklist(self.services.board.checklist(self._selected))
        if self._selected is None:
            self._show_summary()

    def _rebuild_columns(self, columns: list[ColumnInfo]) -> None:
        for view in self._views:
            view.deleteLater()
        self._columns, self._views = columns, []
        for position, column in enumerate(columns):
            view = ColumnView(column)
            view.model.card_dropped.connect(self._on_dropped)
            view.view.clicked.connect(self._on_card_clicked)
            view.view.activated.connect(self._on_card_clicked)
            view.view.selectionModel().currentChanged.connect(self._on_current_card)
            view.view.addActions(self.record_keys)
            view.rename_requested.connect(self._on_rename_column)
            view.move_requested.connect(self._on_move_column)
            view.delete_requested.connect(self._on_delete_column)
            view.add_after_requested.connect(self._on_add_column)
            self.board_layout.insertWidget(position, view)
            self._views.append(view)

    def _reload_competencies(self) -> None:
        assert self.pairing is not None
        self._competencies = [name for name, _ in self.services.pairings.competencies(self.pairing.id)]
        self.filters.set_competencies(self._competencies)

    def card_filter(self) -> CardFilter:
        return self.filters.card_filter()

    def _show_cards(self) -> None:
        if self.pairing is None:
            return
        today = dt.date.today()
        wanted = self.card_filter()
        done = [c.id for c in self._columns if c.is_done]
        by_column: dict[str, list[CardInfo]] = defaultdict(list)
        for card in self._cards:
            by_column[card.column_id].append(card)
        shown_total = 0
        for view in self._views:
            column_cards = by_column.get(view.column.id, [])
            shown = [c for c in column_cards if matches(c, wanted, today, done)]
            shown_total += len(shown)
            view.show_cards(shown, len(column_cards), self.pairing.start_date, today)
            view.setVisible(not (wanted.hide_done and view.column.is_done))
        self.filters.count.setText(
            translate("PlanPage", "{shown_total} of {count} cards").format(
                shown_total=shown_total, count=len(self._cards)
            )
        )
        day = dates.plan_day(self.pairing, today)
        self.subtitle.setText(
            translate(
                "PlanPage",
                "{day} · {count} cards · select a card to edit it; Ctrl+N adds "
                "one, Ctrl+arrows move the selected card",
            ).format(day=day[:1].upper() + day[1:], count=len(self._cards))
        )
        if self._selected is not None:
            self._select_in_views(self._selected)

    def _show_summary(self) -> None:
        """No card is selected: the side panel steps aside, so the board has the width for its columns."""
        assert self.pairing is not None
        goals = [line.strip().lstrip("-*• ").strip() for line in self.pairing.goals.splitlines()]
        goals = [goal for goal in goals if goal]
        self.goals_line.setText(
            translate("PlanPage", "Goals: {goals}").format(goals=" · ".join(goals))
            if goals
            else translate("PlanPage", "No goals written down yet: File → Edit pairing… adds them.")
        )
        self.summary.setHtml(
            html.heading(translate("PlanPage", "Goals of this pairing"), 3)
            + html.markdown_to_html(
                self.pairing.goals or translate("PlanPage", "_No goals written down yet._")
            )
        )
        self.card_side.step_aside(self.summary, self.board_scroll)

    def _show_editor(self) -> None:
        self.card_side.step_in(self.editor)

    # selection and editing
    def card_views(self) -> list[ColumnView]:
        return list(self._views)

    def selected_card(self) -> CardInfo | None:
        return next((c for c in self._cards if c.id == self._selected), None)

    def _select_in_views(self, card_id: str) -> None:
        self._showing = True  # the views follow the card chosen: not a choice of their own
        try:
            for view in self._views:
                if not view.select(card_id):
                    view.view.clearSelection()
        finally:
            self._showing = False

    def _on_current_card(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Arrow keys in a column open the card they move to, as a click does."""
        card: CardInfo | None = current.data(ROW_ROLE)
        if not self._showing and card is not None and card.id != self._selected:
            self.select_card(card.id)

    def select_card(self, card_id: str) -> bool:
        card = next((c for c in self._cards if c.id == card_id), None)
        if card is None or self.pairing is None:
            return False
        if card_id != self._selected and not self.save_form():
            self._select_in_views(self._selected or "")  # stay on the card whose typing is unsaved
            return False
        self._selected = card_id
        self._select_in_views(card_id)
        self.editor.archive_button.setText(
            translate("PlanPage", "Unarchive") if card.archived else translate("PlanPage", "Archive")
        )
        self.editor.load(
            self.services.board.draft(card_id),
            existing=True,
            competencies=self._competencies,
            checklist=self.services.board.checklist(card_id),
            start_date=self.pairing.start_date,
        )
        self._show_links(card_id)
        self._show_editor()
        return True

    def _show_links(self, card_id: str) -> None:
        assert self.pairing is not None
        pairing_id, links = self.pairing.id, self.services.links
        self.editor.set_links(
            links.links_of(RecordKind.CARD, card_id),
            lambda text, linked: links.candidates(pairing_id, CARD_LINK_KINDS, text, exclude=linked),
        )

    def _links_change(self, change: object) -> None:
        if self._selected is not None:
            change(self._selected)  # type: ignore[operator]
            self._show_links(self._selected)

    def new_item(self) -> None:
        self.start_new_card()

    def start_new_card(self, column_id: str | None = None) -> None:
        if self.pairing is None or not self._columns or not self.save_form():
            return
        self._selected = None
        self._new_in_column = column_id or self._columns[0].id
        self._select_in_views("")
        self.editor.load(
            CardDraft(""),
            existing=False,
            competencies=self._competencies,
            checklist=[],
            start_date=self.pairing.start_date,
        )
        self._show_editor()

    def open_record(self, kind: RecordKind, record_id: str) -> bool:
        if kind is not RecordKind.CARD:
            return False
        if self.filter.text():
            self.filter.clear()
        return self.select_card(record_id)

    def _on_card_clicked(self, index: QModelIndex) -> None:
        card: CardInfo | None = index.data(ROW_ROLE)
        if card is not None:
            self.select_card(card.id)
