"""System Archeology page: the timeline of why the system is as it is, with the selected event's story."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import EraInfo, EventInfo, EventKind, EventMark, PairingInfo, RecordKind
from mentordesk.services import Services
from mentordesk.services.errors import NotFoundError
from mentordesk.ui.flow import FlowLayout
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.pages.base import Page, remember_split
from mentordesk.ui.timeline import files
from mentordesk.ui.timeline.actions import TimelineActions
from mentordesk.ui.timeline.geometry import tick_unit
from mentordesk.ui.timeline.legend import TimelineLegend
from mentordesk.ui.timeline.panel import empty_html, era_html, event_html, matching
from mentordesk.ui.timeline.scene import TimelineScene
from mentordesk.ui.timeline.view import TimelineView
from mentordesk.ui.widgets import SafeBrowser, combo, label, refill_choices

ANY = ""


class ArcheologyPage(TimelineActions, Page):
    title = "System Archeology"
    icon_name = "archeology"
    new_text = QT_TRANSLATE_NOOP("Pages", "New event")

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self.events: list[EventMark] = []  # as the timeline draws them
        self.selected: EventInfo | None = None  # whole, as the panel shows it and the form edits it
        self._texts: dict[str, str] | None = None  # what the filter searches, read when first needed
        self.undo_stack: QUndoStack = QUndoStack(self)  # the window's Edit menu undoes and redoes it
        self._fitted = False
        self.scene = TimelineScene(self)
        self.view = TimelineView(self.scene)
        self.view.event_clicked.connect(self.select_event)
        self.view.create_requested.connect(self.new_event)
        self.view.zoom_changed.connect(self._show_zoom)
        self.view.step_requested.connect(self.step_selection)
        self.view.edit_requested.connect(self.edit_selected)
        self.view.setAccessibleDescription(
            translate("ArcheologyPage", "Up and Down choose the previous or next event; Enter edits it")
        )
        self._matches: set[str] | None = None  # the events the filters keep; None without a filter
        self.detail = SafeBrowser()
        self.detail.setAccessibleName(translate("ArcheologyPage", "The event or era chosen"))
        self.detail.record_link_clicked.connect(self._follow)
        self.detail.setHtml(empty_html())
        self.edit_button = QPushButton(translate("ArcheologyPage", "Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.cause_button = QPushButton(translate("ArcheologyPage", "Add cause…"))
        self.cause_button.clicked.connect(self.ask_cause)
        self.delete_button = QPushButton(translate("ArcheologyPage", "Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        panel_buttons = QHBoxLayout()
        for button in (self.edit_button, self.cause_button, self.delete_button):
            panel_buttons.addWidget(button)
        panel_buttons.addStretch()
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(8, 0, 0, 0)
        panel_layout.addWidget(self.detail, 1)
        panel_layout.addLayout(panel_buttons)

        self.filter = self._filter_box(translate("ArcheologyPage", "Filter events"))
        self.filter.textChanged.connect(lambda _t: self.apply_filters())
        self.kind_filter = combo({ANY: translate("ArcheologyPage", "Any kind"), **labels.choices(EventKind)})
        self.component_filter = combo({ANY: translate("ArcheologyPage", "Any component")})
        self.era_filter = combo({ANY: translate("ArcheologyPage", "Any era")})
        for box in (self.kind_filter, self.component_filter, self.era_filter):
            box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.zoom_label = label("", "PageSubtitle")
        header, self.subtitle = self._header()
        self.legend = TimelineLegend()
        timeline = QWidget()
        column = QVBoxLayout(timeline)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.view, 1)
        column.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(timeline)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 320])
        remember_split(splitter, self.title, self.services.review.on)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(header)
        layout.addWidget(self._toolbar())
        layout.addWidget(splitter, 1)
        self._update_buttons()
        self.add_new_shortcut()
        self.add_record_keys(
            translate("ArcheologyPage", "Delete event…"),
            translate("ArcheologyPage", "Edit event"),
            [self.view],
        )
        hub.archeology_changed.connect(self._refresh_if_mine)

    def _toolbar(self) -> QWidget:
        """Tools, then filters, then import and export: in as many rows as the page's width needs."""
        bar = QWidget()
        row = FlowLayout(bar)
        new = QPushButton(translate("ArcheologyPage", "New event"))
        new.setObjectName("PrimaryButton")
        new.clicked.connect(lambda: self.new_event(None, ""))
        new.setToolTip(translate("ArcheologyPage", "New event (Ctrl+N)"))
        eras = QPushButton(translate("ArcheologyPage", "Eras…"))
        eras.clicked.connect(self.edit_eras)
        lanes = QPushButton(translate("ArcheologyPage", "Components…"))
        lanes.clicked.connect(self.edit_components)
        for widget in (new, eras, lanes):
            row.addWidget(widget)
        for text, shown, tip, slot, keys in (
            (
                translate("ArcheologyPage", "Zoom out"),
                "−",
                translate("ArcheologyPage", "Zoom out (−, Ctrl+wheel)"),
                lambda: self.view.zoom_by(0.8),
                "Ctrl+-",
            ),
            (
                translate("ArcheologyPage", "Zoom in"),
                "+",
                translate("ArcheologyPage", "Zoom in (+, Ctrl+wheel)"),
                lambda: self.view.zoom_by(1.25),
                "Ctrl+=",
            ),
            (
                translate("ArcheologyPage", "Fit all"),
                translate("ArcheologyPage", "Fit all"),
                translate("ArcheologyPage", "Show the whole history (Ctrl+0)"),
                self.view.fit_all,
                "Ctrl+0",
            ),
            (
                translate("ArcheologyPage", "Today"),
                translate("ArcheologyPage", "Today"),
                translate("ArcheologyPage", "Go to today (Ctrl+T)"),
                lambda: self.view.centre_on(dt.date.today()),
                "Ctrl+T",
            ),
            (
                translate("ArcheologyPage", "Go to date…"),
                translate("ArcheologyPage", "Go to date…"),
                translate("ArcheologyPage", "Centre the timeline on a date (Ctrl+G)"),
                self.ask_date,
                "Ctrl+G",
            ),
        ):
            button = QToolButton()
            action = QAction(text, self)
            action.setIconText(shown)  # the button's face; the text names it in menus and the shortcuts
            action.setToolTip(tip)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.setDefaultAction(action)
            row.addWidget(button)
        row.addWidget(self.zoom_label)
        for choice in (self.kind_filter, self.component_filter, self.era_filter, self.filter):
            row.addWidget(choice)
        imports, exports = QToolButton(), QToolButton()
        imports.setText(translate("ArcheologyPage", "Import  "))
        exports.setText(translate("ArcheologyPage", "Export  "))
        for button in (imports, exports):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(imports)
        menu.addAction(
            translate("ArcheologyPage", "Releases and merges from a git repository…")
        ).triggered.connect(self.ask_import_git)
        menu.addAction(translate("ArcheologyPage", "Events from a CSV file…")).triggered.connect(
            self.ask_import_csv
        )
        imports.setMenu(menu)
        menu = QMenu(exports)
        menu.addAction(translate("ArcheologyPage", "Events as CSV…")).triggered.connect(self.ask_export_csv)
        menu.addAction(translate("ArcheologyPage", "Timeline as a PNG image…")).triggered.connect(
            lambda: self.ask_picture(svg=False)
        )
        menu.addAction(translate("ArcheologyPage", "Timeline as an SVG image…")).triggered.connect(
            lambda: self.ask_picture(svg=True)
        )
        exports.setMenu(menu)
        row.addWidget(imports)
        row.addWidget(exports)
        return bar

    def picture_events(self) -> tuple[list[EventMark], list[EraInfo], str]:
        """What a picture shows: the events the filters keep (all when none is set), the eras they fall
        in, and those words for its heading."""
        matches = self.scene.matches
        if matches is None:
            return (
                self.events,
                self.eras,
                translate("ArcheologyPage", "{count} events").format(count=len(self.events)),
            )
        kept = [e for e in self.events if e.id in matches]
        if kept:
            first, last = min(e.occurred_on for e in kept), max(e.occurred_on for e in kept)
            eras = [era for era in self.eras if era.starts_on <= last and (era.ends_on or last) >= first]
        else:
            eras = []
        return (
            kept,
            eras,
            translate("ArcheologyPage", "{count} of {count2} events (filtered)").format(
                count=len(kept), count2=len(self.events)
            ),
        )

    def ask_picture(self, svg: bool) -> None:
        if self.pairing is not None:
            events, eras, what = self.picture_events()
            files.ask_save_picture(self, self.scene, self.pairing, events, eras, what, svg)

    # loading
    def _centre_on_today(self) -> None:
        self.view.centre_on(dt.date.today())

    def set_pairing(self, pairing: PairingInfo) -> None:
        if self.pairing is None or self.pairing.id != pairing.id:
            self.selected = None
            self._fitted = False  # another pairing's history opens fitted to the width
        super().set_pairing(pairing)
        self._show_selected()
        self._fit_once_laid_out()

    def refresh(self) -> None:
        if self.pairing is None:
            return
        archeology = self.services.archeology
        self.events = archeology.marks(self.pairing.id)
        self._texts = None
        self.eras = archeology.eras(self.pairing.id)
        components = archeology.components(self.pairing.id)
        self.scene.set_history(self.events, self.eras, components)
        self.view.set_gutter_width()  # the lanes may have new names
        refill_choices(
            self.component_filter,
            translate("ArcheologyPage", "Any component"),
            ANY,
            [c.name for c in components],
        )
        refill_choices(
            self.era_filter, translate("ArcheologyPage", "Any era"), ANY, [e.name for e in self.eras]
        )
        if self.selected is not None:
            chosen = self.selected.id
            self.selected = self._whole(next((e for e in self.events if e.id == chosen), None))
            self._show_selected()
        self.apply_filters()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_once_laid_out()

    def _fit_once_laid_out(self) -> None:
        """Fit the history to the width after the layout has given the view its final size."""
        if not self._fitted and self.isVisible():
            QTimer.singleShot(0, self._fit_now)

    def _fit_now(self) -> None:
        if not self._fitted and self.isVisible() and self.pairing is not None:
            self.view.fit_all()
            self._fitted = True

    # filters
    def apply_filters(self) -> None:
        text = self.filter.text().strip().casefold()
        kind, lane, era_name = (
            self.kind_filter.currentData(),
            self.component_filter.currentData(),
            self.era_filter.currentData(),
        )
        if not (text or kind or lane or era_name):
            self._matches = None
            self.scene.set_matches(None)
            self._show_counts(None)
            return
        if text and self._texts is None and self.pairing is not None:
            self._texts = {t.id: t.words for t in self.services.archeology.texts(self.pairing.id)}
        matches = matching(self.events, self.eras, text, kind, lane, era_name, self._texts or {})
        self._matches = matches
        self.scene.set_matches(matches)
        self._show_counts(len(matches))

    def _show_counts(self, matching: int | None) -> None:
        names = ", ".join(e.name for e in self.eras)
        text = (
            translate("ArcheologyPage", "{count} events across {eras} eras ({names})").format(
                count=len(self.events), eras=len(self.eras), names=names
            )
            if self.eras
            else translate("ArcheologyPage", "{count} events").format(count=len(self.events))
        )
        if matching is not None:
            text = translate(
                "ArcheologyPage", "{matching} of {count} events match · others are dimmed"
            ).format(matching=matching, count=len(self.events))
        self.subtitle.setText(text)

    def _show_zoom(self, px_per_day: float) -> None:
        self.zoom_label.setText(
            translate("ArcheologyPage", "Ticks: {name}").format(
                name=translate("Ticks", tick_unit(px_per_day).name)
            )
        )

    # selection and the side panel
    def select_event(self, event: EventMark | None) -> None:
        self.selected = self._whole(event)
        self.scene.set_selected(self.selected.id if self.selected else None)
        self._show_selected()

    def _whole(self, event: EventMark | None) -> EventInfo | None:
        """The event with its story, read when it is chosen (None if it is gone or hidden)."""
        if event is None or isinstance(event, EventInfo):
            return event
        try:
            return self.services.archeology.event(event.id)
        except NotFoundError:
            return None

    def step_selection(self, step: int) -> None:
        """The event before or after the one chosen, in time order (those the filters keep), brought
        into view; the timeline's description says which it is, for a screen reader."""
        shown = sorted(
            (e for e in self.events if self._matches is None or e.id in self._matches),
            key=lambda e: (e.occurred_on, e.title, e.id),
        )
        if not shown:
            return
        ids = [e.id for e in shown]
        if self.selected is None or self.selected.id not in ids:
            index = 0 if step > 0 else len(shown) - 1
        else:
            index = min(max(ids.index(self.selected.id) + step, 0), len(shown) - 1)
        event = shown[index]
        self.select_event(event)
        first, last = self.view.visible_dates()
        if not first <= event.occurred_on <= last:
            self.view.centre_on(event.occurred_on)
        self.view.setAccessibleDescription(f"{event.title}, {event.when}, {labels.label(event.kind)}")

    def _show_selected(self) -> None:
        event = self.selected
        if event is None:
            self.detail.setHtml(empty_html())
        else:
            links = self.services.links.links_of(RecordKind.EVENT, event.id)
            self.detail.setHtml(event_html(event, self.eras, {e.id: e for e in self.events}, links))
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in (self.edit_button, self.cause_button, self.delete_button):
            button.setEnabled(self.selected is not None)

    def open_record(self, kind: RecordKind, record_id: str) -> bool:
        if kind is RecordKind.ERA:
            era = next((e for e in getattr(self, "eras", []) if e.id == record_id), None)
            if era is None:
                return False
            self.select_event(None)
            self.detail.setHtml(era_html(era))
            self.view.centre_on(era.starts_on)
            return True
        event = (
            next((e for e in self.events if e.id == record_id), None) if kind is RecordKind.EVENT else None
        )
        if event is None:
            return False
        self.select_event(event)
        self.view.centre_on(event.occurred_on)
        return True

    def _follow(self, kind: RecordKind, record_id: str) -> None:
        if not self.open_record(kind, record_id):
            self.open_requested.emit(kind, record_id)

    # editing
