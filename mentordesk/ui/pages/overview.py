"""Overview page: every pairing of the file at a glance, most in need of attention first, and the hours
the mentor spends in sessions against the budget set in the Preferences. A click opens a pairing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk import labels
from mentordesk.domain import PairingStatus, Role
from mentordesk.overview import Calibration, MentorBudget, MentorWeek, PairingGlance
from mentordesk.services import Services
from mentordesk.ui import dates
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import translate
from mentordesk.ui.mentor_time import chosen_budget, week_start
from mentordesk.ui.pages.base import Page
from mentordesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from mentordesk.ui.theme import colours
from mentordesk.ui.widgets import label

WEEKS_SHOWN = 4
CENTRED = Qt.AlignmentFlag.AlignCenter


def _count(value: int) -> str:
    return str(value) if value else "–"


def _warn(late: bool) -> QColor | None:
    return colours().qt("warning") if late else None


def _counted(title: str, value: Callable[[PairingGlance], int]) -> Column[PairingGlance]:
    """A column of a count, a dash for none, in the warning colour when there is any."""
    return Column(title, lambda g: _count(value(g)), colour=lambda g: _warn(value(g) > 0), align=CENTRED)


def day_text(g: PairingGlance) -> str:
    if g.pairing.status is not PairingStatus.ACTIVE:
        return labels.label(g.pairing.status)
    return dates.plan_day(g.pairing, g.today)


def last_text(g: PairingGlance) -> str:
    said = (
        translate("OverviewPage", "none yet")
        if g.last_session is None
        else dates.relative(g.last_session.astimezone().date(), g.today)
    )
    if g.days_past_cadence:
        said += translate("OverviewPage", " · {days} days past {cadence}").format(
            days=g.days_past_cadence, cadence=labels.word(g.pairing.cadence)
        )
    return said


def next_text(g: PairingGlance) -> str:
    if g.next_session is None:
        return translate("OverviewPage", "none planned")
    return f"{dates.relative(g.next_session.astimezone().date(), g.today)}, {dates.time_of(g.next_session)}"


def calibration_text(g: PairingGlance) -> str:
    on = dates.day_month(g.calibration_on) if g.calibration_on else ""
    return {
        Calibration.HELD: translate("OverviewPage", "held {day}").format(day=on),
        Calibration.PLANNED: translate("OverviewPage", "planned {day}").format(day=on),
        Calibration.NOT_YET: translate("OverviewPage", "from day 25"),
        Calibration.DUE: translate("OverviewPage", "due by day 35"),
        Calibration.LATE: translate("OverviewPage", "late: none by day 35"),
    }[g.calibration]


def columns() -> list[Column[PairingGlance]]:
    return [
        Column(
            translate("OverviewPage", "Pairing"),
            lambda g: g.pairing.name,
            tooltip=lambda g: translate("OverviewPage", "{mentor} mentoring {mentee}: click to open").format(
                mentor=g.pairing.mentor.name, mentee=g.pairing.mentee.name
            ),
        ),
        Column(translate("OverviewPage", "Plan"), day_text),
        Column(
            translate("OverviewPage", "Next\nsession"),
            next_text,
            colour=lambda g: _warn(g.unplanned),
        ),
        Column(
            translate("OverviewPage", "Last\nsession"),
            last_text,
            colour=lambda g: _warn(g.days_past_cadence > 0),
        ),
        _counted(translate("OverviewPage", "Actions\noverdue"), lambda g: g.overdue_actions),
        _counted(translate("OverviewPage", "To\nreview"), lambda g: g.awaiting_review),
        _counted(translate("OverviewPage", "Revisits\ndue"), lambda g: g.revisits_due),
        Column(
            translate("OverviewPage", "Calibration\ncall"),
            calibration_text,
            colour=lambda g: _warn(g.calibration in (Calibration.DUE, Calibration.LATE)),
        ),
        _counted(translate("OverviewPage", "Milestones\nlate"), lambda g: g.milestones_late),
    ]


def hours(value: float) -> str:
    return translate("OverviewPage", "{hours} h").format(hours=f"{value:.1f}".rstrip("0").rstrip("."))


def time_summary(week: MentorWeek, budget: MentorBudget) -> str:
    said = translate(
        "OverviewPage", "This week: {spent} in sessions of your {budget} ({share} % of a {week}-hour week)"
    ).format(
        spent=hours(week.hours),
        budget=hours(budget.hours),
        share=f"{budget.share * 100:g}",
        week=f"{budget.week_hours:g}",
    )
    if week.planned_minutes:
        said += translate("OverviewPage", ", {planned} of it still planned").format(
            planned=hours(week.planned_minutes / 60)
        )
    return said


def time_warning(week: MentorWeek, budget: MentorBudget) -> str:
    if week.hours <= budget.warning_hours:
        return ""
    return translate(
        "OverviewPage", "That is {share} % of your working week, past the 15 % a mentor can usually give."
    ).format(share=f"{budget.share_of(week.hours) * 100:.0f}")


class OverviewPage(Page):
    title = "Overview"
    icon_name = "overview"

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self._shown = False  # the first showing follows the load that made the page
        header, self.subtitle = self._header()
        self.time_box = QGroupBox(translate("OverviewPage", "Mentoring time"))
        self.time_text = label("", "OverviewTime", wrap=True)
        self.time_bar = QProgressBar()
        self.time_bar.setTextVisible(False)
        self.time_bar.setMaximumHeight(10)
        self.time_bar.setAccessibleName(translate("OverviewPage", "Hours in sessions this week"))
        self.time_warning = label("", "FormProblem", wrap=True)
        self.weeks_text = label("", "PageSubtitle", wrap=True)
        box = QVBoxLayout(self.time_box)
        for widget in (self.time_text, self.time_bar, self.time_warning, self.weeks_text):
            box.addWidget(widget)
        self.model: RowTableModel[PairingGlance] = RowTableModel(columns())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("OverviewPage", "Pairings, most in need of attention first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCursor(Qt.CursorShape.PointingHandCursor)
        heading = self.table.horizontalHeader()
        heading.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # names are never cut
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)  # Enter, or a double click
        self.hint = label(
            translate("OverviewPage", "Click a pairing to open it. Counts are of records not yet done."),
            "PageSubtitle",
            wrap=True,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(header)
        layout.addWidget(self.time_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        for signal in (hub.sessions_changed, hub.decisions_changed, hub.cards_changed):
            signal.connect(self._refresh_if_shown)
        hub.pairings_changed.connect(self._refresh_if_shown)

    def refresh(self) -> None:
        now = dt.datetime.now(dt.UTC)
        zone = now.astimezone().tzinfo or dt.UTC
        review = self.services.review.on
        if review and self.pairing is None:
            return
        glances = self.services.overview.glances(
            now, zone, only=self.pairing.id if review and self.pairing else None, shared_only=review
        )
        self.model.set_rows(glances)
        if review:  # other pairings, and how the mentor's week is spent, are not the screen's to share
            self.subtitle.setText(translate("OverviewPage", "Review mode shows only the pairing on screen."))
            self.time_box.hide()
            return
        waiting = sum(1 for g in glances if g.attention())
        self.subtitle.setText(
            translate("OverviewPage", "{count} pairings · {waiting} need attention, listed first").format(
                count=len(glances), waiting=waiting
            )
        )
        self._show_time(now, zone)

    def _show_time(self, now: dt.datetime, zone: dt.tzinfo) -> None:
        today = now.astimezone(zone).date()
        weeks = self.services.overview.mentor_weeks(week_start(today), WEEKS_SHOWN, now, zone)
        budget = chosen_budget()
        this_week = weeks[-1]
        self.time_box.setVisible(any(g.pairing.acting_role is Role.MENTOR for g in self.model.rows()))
        self.time_text.setText(time_summary(this_week, budget))
        self.time_bar.setRange(0, max(round(budget.warning_hours * 60), this_week.held_minutes))
        self.time_bar.setValue(
            min(this_week.held_minutes + this_week.planned_minutes, self.time_bar.maximum())
        )
        warning = time_warning(this_week, budget)
        self.time_warning.setText(warning)
        self.time_warning.setVisible(bool(warning))
        self.weeks_text.setText(
            translate("OverviewPage", "Weeks before: {weeks}").format(
                weeks=" · ".join(f"{dates.day_month(w.first_day)}: {hours(w.hours)}" for w in weeks[:-1])
            )
        )

    def _open(self, index: QModelIndex) -> None:
        glance = index.data(ROW_ROLE)
        if isinstance(glance, PairingGlance):
            self.pairing_requested.emit(glance.pairing.id)

    def _refresh_if_shown(self, *_changed: object) -> None:
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown and self.pairing is not None:
            self.load()  # what other pages changed since it was last shown
        self._shown = True
