"""Decisions page: the filterable decision log beside the editor, the review thread and the history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import (
    DecisionDetail,
    DecisionDraft,
    DecisionInfo,
    DecisionStatus,
    DecisionTemplate,
    RecordKind,
    ReviewState,
    Role,
    adr_number,
)
from mentordesk.listing import DecisionQuery
from mentordesk.services import Services
from mentordesk.services.templates import decision_templates
from mentordesk.ui import dates
from mentordesk.ui.decisions import folder
from mentordesk.ui.decisions.commands import DeleteDecision
from mentordesk.ui.decisions.editor import DecisionEditor
from mentordesk.ui.decisions.review import HistoryPanel, ReviewPanel
from mentordesk.ui.decisions.view import decision_html
from mentordesk.ui.empty_panel import EmptyState
from mentordesk.ui.flow import FlowLayout
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.pages.list_page import ListDetailPage
from mentordesk.ui.table_model import Column
from mentordesk.ui.theme import colours, visibility_icon
from mentordesk.ui.widgets import SafeBrowser, combo, refill_choices

if TYPE_CHECKING:
    from mentordesk.services.decisions import DecisionService

ANY = ""


def badges(d: DecisionInfo, me: Role, today: dt.date) -> str:
    found = []
    if d.awaits_review_by(me):
        found.append(translate("decisions", "Awaiting my review"))
    if d.revisit_due(today):
        found.append(translate("decisions", "Revisit due"))
    return " · ".join(found)


class DecisionsPage(ListDetailPage[DecisionInfo]):
    title = "Decisions"
    icon_name = "decisions"
    new_text = QT_TRANSLATE_NOOP("Pages", "New decision")
    kinds = (RecordKind.DECISION,)
    filter_hint = QT_TRANSLATE_NOOP("Pages", "Title, tag or number")

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        self.templates: list[DecisionTemplate] = decision_templates()
        super().__init__(services, hub, parent)
        self.detail = self.reader  # the read view of the side panel stands in for the plain detail pane
        self.status_filter = combo(
            {
                ANY: translate("DecisionsPage", "Any status"),
                **labels.choices(DecisionStatus),
            }
        )
        self.review_filter = combo(
            {ANY: translate("DecisionsPage", "Any review state"), **labels.choices(ReviewState)}
        )
        self.tag_filter = combo({ANY: translate("DecisionsPage", "Any tag")})
        self.mine_filter = QCheckBox(translate("DecisionsPage", "Awaiting my review"))
        self.revisit_filter = QCheckBox(translate("DecisionsPage", "Revisit due"))
        for box in (self.status_filter, self.review_filter, self.tag_filter):
            box.currentIndexChanged.connect(lambda _i: self.reload_list())
        for check in (self.mine_filter, self.revisit_filter):
            check.toggled.connect(lambda _on: self.reload_list())
        self.new_button = QPushButton(translate("DecisionsPage", "New decision"))
        self.new_button.setObjectName("PrimaryButton")
        menu = QMenu(self.new_button)
        for template in self.templates:
            menu.addAction(template.name).triggered.connect(self._creator(template))
        self.new_button.setMenu(menu)
        self.import_button = QPushButton(translate("DecisionsPage", "Import ADR folder…"))
        self.import_button.clicked.connect(self.ask_import)
        self.export_button = QPushButton(translate("DecisionsPage", "Export ADR folder…"))
        self.export_button.clicked.connect(self.ask_export)
        bar = QWidget()
        row = FlowLayout(bar)  # in as many rows as the page's width needs (a narrow window, Review mode)
        bar_widgets = (
            self.new_button,
            self.status_filter,
            self.review_filter,
            self.tag_filter,
            self.mine_filter,
            self.revisit_filter,
            self.import_button,
            self.export_button,
        )
        for widget in bar_widgets:
            row.addWidget(widget)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, bar)
        self.add_new_shortcut()
        self.add_record_keys(
            translate("DecisionsPage", "Delete decision…"),
            translate("DecisionsPage", "Rename decision"),
            [self.table],
        )
        self.new_button.setToolTip(
            translate("DecisionsPage", "New decision (Ctrl+N: {name})").format(name=self.templates[0].name)
        )
        self.set_tab_order(self.filter, *bar_widgets, self.table, self.tabs)
        hub.decisions_changed.connect(self._refresh_if_mine)

    # the side panel: editor, read view, review thread, history
    def side_panel(self) -> QWidget | None:
        self.editor = DecisionEditor(self.services, self.hub)
        self.editor.open_decision.connect(self._open_after_refresh)
        self.undo_stack: QUndoStack = QUndoStack(self)  # a delete is undone from the window's Edit menu
        self.editor.deleted.connect(self._deleted)
        self.editor.open_record.connect(self.open_requested)
        self.reader = SafeBrowser()
        self.reader.setAccessibleName(translate("DecisionsPage", "The decision as it reads"))
        self.reader.record_link_clicked.connect(self.open_requested)
        self.review = ReviewPanel(self.services)
        self.review.changed.connect(self._review_written)
        self.history = HistoryPanel(self.services)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, translate("DecisionsPage", "Edit"))
        self.tabs.addTab(self.reader, translate("DecisionsPage", "Read"))
        self.tabs.addTab(self.review, translate("DecisionsPage", "Review"))
        self.tabs.addTab(self.history, translate("DecisionsPage", "History"))
        self.tabs.currentChanged.connect(self._tab_changed)
        return self.tabs

    def columns(self) -> Sequence[Column[DecisionInfo]]:
        """Number, title (which takes the width there is), date, status, and the review state, which
        says "Awaiting my review" or "Revisit due" where the decision needs me; tags last."""
        today = dt.date.today()

        def review(d: DecisionInfo) -> str:
            return badges(d, self._me(), today) or labels.label(d.review_state)

        def needs_me(d: DecisionInfo) -> bool:
            return bool(badges(d, self._me(), today)) or d.review_state is ReviewState.CHANGES_REQUESTED

        return (
            Column(translate("DecisionsPage", "No."), lambda d: adr_number(d.number), sort="number"),
            Column(
                translate("DecisionsPage", "Title"),
                lambda d: d.title,
                icon=lambda d: visibility_icon(d.visibility),
                sort="title",
            ),
            Column(translate("DecisionsPage", "Date"), lambda d: dates.short(d.decided_on), sort="date"),
            Column(translate("DecisionsPage", "Status"), lambda d: labels.label(d.status), sort="status"),
            Column(
                translate("DecisionsPage", "Review"),
                review,
                colour=lambda d: colours().qt("warning") if needs_me(d) else None,
                tooltip=lambda d: f"{labels.label(d.review_state)}. {badges(d, self._me(), today)}".strip(
                    ". "
                ),
                sort="review",
            ),
            Column(translate("DecisionsPage", "Tags"), lambda d: ", ".join(d.tags)),
        )

    def fixed_widths(self) -> dict[int, int]:
        return {5: 120}

    def optional_columns(self) -> Sequence[int]:
        return (5, 3, 4)  # tags, then status, then the review state

    def split_sizes(self) -> tuple[int, int]:
        return 700, 540

    def _me(self) -> Role:
        return self.pairing.acting_role if self.pairing else Role.MENTOR

    def source(self) -> DecisionService:
        return self.services.decisions

    def query(self) -> DecisionQuery:
        return DecisionQuery(
            text=self.filter.text(),
            sort=self.sort_name,
            descending=self.sort_descending,
            status=self.status_filter.currentData() or None,
            review_state=self.review_filter.currentData() or None,
            tag=self.tag_filter.currentData() or "",
            awaiting=self._me() if self.mine_filter.isChecked() else None,
            due_on=dt.date.today() if self.revisit_filter.isChecked() else None,
        )

    def refresh(self) -> None:
        """The tag choices too: the tags in use change with the records, not with the list's filters."""
        if self.pairing is not None:
            names = self.services.decisions.tag_names(self.pairing.id, DecisionQuery())
            refill_choices(self.tag_filter, translate("DecisionsPage", "Any tag"), ANY, names)
        super().refresh()

    def subtitle_text(self, shown: int) -> str:
        assert self.pairing is not None
        tally = self.services.decisions.tally(
            self.pairing.id, DecisionQuery(awaiting=self._me(), due_on=dt.date.today())
        )
        self.export_button.setEnabled(tally.total > 0)  # nothing to write until there is a decision
        count = (
            translate("DecisionsPage", "{shown} of {total}").format(shown=shown, total=tally.total)
            if shown != tally.total
            else f"{shown}"
        )
        return translate(
            "DecisionsPage", "{count} decisions · {awaiting} awaiting your review · {due} to revisit"
        ).format(count=count, awaiting=tally.awaiting, due=tally.due)

    def show_row(self, row: DecisionInfo) -> None:
        assert self.pairing is not None
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        if self.editor.detail is None or self.editor.detail.decision.id != row.id:
            self.editor.prompts = self.templates[0].prompts if self.templates else {}
        self.editor.load(self.pairing, row.id)
        detail = self.editor.detail
        assert detail is not None
        self._render_reader(detail)
        self.review.show_detail(self.pairing, detail)
        self.history.show_detail(detail)
        self.tabs.setTabText(
            2,
            translate("DecisionsPage", "Review ({count})").format(count=len(detail.comments))
            if detail.comments
            else translate("DecisionsPage", "Review"),
        )

    def empty_state(self, shown: int) -> EmptyState:
        if shown:
            return super().empty_state(shown)
        if self._filtered():
            return EmptyState(
                translate("DecisionsPage", "No decision matches the filters"),
                "",
                [(translate("DecisionsPage", "Show every decision"), self.clear_filters)],
            )
        return EmptyState(
            translate("DecisionsPage", "No decisions yet"),
            translate(
                "DecisionsPage",
                "A decision record says what was decided, why, and what else was considered; the mentor "
                "reviews it, and you revisit it later to see how it turned out. Write the first one, or read "
                "in a team's folder of ADR files.",
            ),
            [
                (translate("DecisionsPage", "New decision"), self._creator(self.templates[0])),
                (translate("DecisionsPage", "Import ADR folder…"), self.ask_import),
            ],
        )

    def _filtered(self) -> bool:
        boxes = (self.status_filter, self.review_filter, self.tag_filter)
        checks = (self.mine_filter, self.revisit_filter)
        return (
            bool(self.filter.text())
            or any(b.currentIndex() for b in boxes)
            or any(c.isChecked() for c in checks)
        )

    def clear_filters(self) -> None:
        for box in (self.status_filter, self.review_filter, self.tag_filter):
            box.setCurrentIndex(0)
        for check in (self.mine_filter, self.revisit_filter):
            check.setChecked(False)
        self.filter.clear()

    def show_none(self, shown: int) -> None:
        super().show_none(shown)
        self.editor.unload()
        self.reader.setHtml(self.empty_detail_html(shown))
        for tab in (self.editor, self.review, self.history):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), False)
        self.tabs.setCurrentWidget(self.reader)

    def save_pending(self) -> None:
        self.editor.flush()

    def delete_selected(self) -> None:
        if self.selected_row() is None:
            return
        if self.editor.delete_action.isEnabled():
            self.editor.ask_delete()
        else:
            QMessageBox.information(
                self,
                translate("DecisionsPage", "Delete decision"),
                translate(
                    "DecisionsPage",
                    "Accepted decisions stay in the log. To replace this one, use More under the editor: "
                    "Supersede with a new decision.",
                ),
            )

    def rename_selected(self) -> None:
        if self.selected_row() is not None and not self.editor.title.isReadOnly():
            self.tabs.setCurrentWidget(self.editor)
            self.editor.title.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.editor.title.selectAll()

    # actions
    def new_decision(self, template: DecisionTemplate) -> str | None:
        if self.pairing is None:
            return None
        self.save_pending()
        draft = DecisionDraft(title=translate("DecisionsPage", "New decision"), decided_on=dt.date.today())
        decision_id = self.services.decisions.create(self.pairing.id, draft, self._me())
        self.status_filter.setCurrentIndex(0)
        self.review_filter.setCurrentIndex(0)
        self.refresh()
        self.editor.prompts = template.prompts
        self.editor.all_sections.setChecked(len(template.prompts) > 4)
        self.open_record(RecordKind.DECISION, decision_id)
        self.tabs.setCurrentWidget(self.editor)
        self.editor.title.selectAll()
        self.editor.title.setFocus()
        self.hub.decisions_changed.emit(self.pairing.id)
        return decision_id

    def _tab_changed(self, _index: int) -> None:
        """The read view and the history show what was just typed: save it, then show the record as
        stored (a diff with the current text compares what the editor holds)."""
        current = self.tabs.currentWidget()
        if current not in (self.reader, self.history) or self.editor.detail is None:
            return
        self.editor.flush()  # a save leaves the editor holding the record as stored
        if current is self.reader:
            self._render_reader(self.editor.detail)
        else:
            self.history.show_detail(self.editor.detail)

    def _render_reader(self, detail: DecisionDetail) -> None:
        assert self.pairing is not None
        linked = {detail.supersedes, detail.amends, *detail.superseded_by, *detail.amended_by} - {None}
        numbers = self.services.decisions.numbers(self.pairing.id, [i for i in linked if i is not None])
        links = self.services.links.links_of(RecordKind.DECISION, detail.decision.id)
        self.reader.setHtml(decision_html(detail, numbers, dt.date.today(), links))

    def new_item(self) -> None:
        """Ctrl+N: a decision from the first template (the New decision menu offers the others)."""
        if self.templates:
            self.new_decision(self.templates[0])

    def _creator(self, template: DecisionTemplate) -> Callable[[], object]:
        return lambda: self.new_decision(template)

    def _deleted(self, decision_id: str, name: str) -> None:
        """The editor deleted a decision: undoable from the Edit menu."""
        if self.pairing is not None:
            command = DeleteDecision(
                self.services, self.hub, self.pairing.id, decision_id, name, self._show_after
            )
            self.undo_stack.push(command.done_already())

    def _show_after(self, decision_id: str | None) -> None:
        if decision_id is not None:
            self._open_after_refresh(decision_id)

    def _open_after_refresh(self, decision_id: str) -> None:
        self.refresh()
        self.open_record(RecordKind.DECISION, decision_id)
        self.tabs.setCurrentWidget(self.editor)

    def _review_written(self) -> None:
        if self.pairing is not None:
            self.hub.decisions_changed.emit(self.pairing.id)

    def ask_import(self) -> None:
        if self.pairing is not None and folder.ask_import(self, self.services, self.pairing):
            self.hub.decisions_changed.emit(self.pairing.id)

    def ask_export(self) -> None:
        if self.pairing is not None:
            folder.ask_export(self, self.services, self.pairing)
