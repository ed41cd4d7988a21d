"""Progress page: the pairing's metrics, each with how it is computed, and charts of how it developed.

The figures are worked out on a thread (every session, decision and card of the pairing is read: seconds
for a pairing of tens of thousands of records); the page says so meanwhile and stays usable."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk import labels
from mentordesk.services import Services
from mentordesk.services.progress import AREAS, Progress
from mentordesk.ui import dates
from mentordesk.ui import progress_charts as charts
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import translate
from mentordesk.ui.pages.base import Page
from mentordesk.ui.widgets import label
from mentordesk.ui.window_start import OnThread


class ProgressPage(Page):
    title = "Progress"
    icon_name = "progress"

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self.progress: Progress | None = None
        self.chart_views: list[QChartView] = []
        self.empty_charts: list[QWidget] = []  # charts with nothing to show, each saying why
        self._asks = 0  # how many times figures were asked for (each refresh asks)
        self._working: int | None = None  # the ask the thread at work answers
        self._figures_of: str | None = None  # the pairing whose figures are on the page or coming
        header, self.subtitle = self._header()
        self.report_button = QPushButton(translate("ProgressPage", "Export progress report…"))
        self.report_button.setToolTip(
            translate("ProgressPage", "A PDF and a Markdown file of a date range: shared content only")
        )
        self.report_button.clicked.connect(self.ask_report)
        top = QHBoxLayout()
        top.addWidget(header, 1)
        top.addWidget(self.report_button)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        for signal in (hub.cards_changed, hub.sessions_changed, hub.decisions_changed):
            signal.connect(self._refresh_if_mine)

    @property
    def working(self) -> bool:
        """Whether figures are being worked out."""
        return self._working is not None

    def refresh(self) -> None:
        if self.pairing is None:
            return
        review = self.services.review.on
        start = self.pairing.start_date
        hidden = translate("ProgressPage", " · shared records only (Review mode)") if review else ""
        self.subtitle.setText(
            translate(
                "ProgressPage",
                "Since {start} · {cadence} cadence · day {day}{hidden}. Each figure says how it is computed.",
            ).format(
                start=dates.long(start),
                cadence=labels.word(self.pairing.cadence),
                day=(dt.date.today() - start).days + 1,
                hidden=hidden,
            )
        )
        if self._figures_of != self.pairing.id:  # another pairing's figures are not left up
            self._figures_of = self.pairing.id
            self.progress = None
            self._say(translate("ProgressPage", "Working out the figures…"))
        self._asks += 1
        if self._working is None:
            self._work_out()

    def _work_out(self) -> None:
        """Work out the figures of the pairing shown on a thread; one thread at a time. Asked again
        meanwhile (another pairing, Review mode, or a record changed), they are worked out again."""
        assert self.pairing is not None
        pairing, review, metrics = self.pairing, self.services.review.on, self.services.metrics
        run = OnThread(
            lambda: metrics.progress(pairing, shared_only=review),
            self,
            name=translate("ProgressPage", "progress figures"),
        )
        run.done.connect(self._worked_out)
        run.failed.connect(self._not_worked_out)
        for ended in (run.done, run.failed):
            ended.connect(run.deleteLater)
        self._working = self._asks
        run.start()

    def _answered_late(self) -> bool:
        """The thread at work has ended; True when it is started again for an ask made meanwhile."""
        answered, self._working = self._working, None
        if answered != self._asks:
            self._work_out()
            return True
        return False

    def _worked_out(self, progress: Progress) -> None:
        if not self._answered_late():
            self.progress = progress
            self._rebuild(progress)

    def _not_worked_out(self, error: Exception) -> None:
        logging.getLogger("mentordesk").error("the progress figures could not be worked out", exc_info=error)
        if not self._answered_late():
            self.progress = None
            self._say(
                translate("ProgressPage", "The figures could not be worked out: {error}").format(error=error)
            )

    def _say(self, text: str) -> None:
        """`text` in place of the figures."""
        self._clear()
        self.body_layout.addWidget(label(text, "EmptyState", wrap=True))
        self.body_layout.addStretch()

    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.chart_views = []
        self.empty_charts = []

    def _rebuild(self, progress: Progress) -> None:
        self._clear()
        metrics_grid = QGridLayout()
        metrics_grid.setHorizontalSpacing(12)
        for index, area in enumerate(AREAS):
            box = QGroupBox(translate("Progress areas", area))
            rows = QGridLayout(box)
            for row, metric in enumerate(m for m in progress.metrics if m.area == area):
                name = label(metric.name, "FieldTitle")
                value = label(metric.value, "MetricValue", wrap=True)
                how = label(metric.explanation, "PageSubtitle", wrap=True)
                for widget in (name, value, how):
                    widget.setToolTip(metric.explanation)
                rows.addWidget(name, row * 2, 0)
                rows.addWidget(value, row * 2, 1)
                rows.addWidget(how, row * 2 + 1, 0, 1, 2)
            rows.setColumnStretch(1, 1)
            metrics_grid.addWidget(box, index // 2, index % 2)
        holder = QWidget()
        holder.setLayout(metrics_grid)
        self.body_layout.addWidget(holder)
        font = self.font()
        contrast = self.services.review.on
        made = [
            (chart, charts.empty_reason(progress, name))
            for name, chart in charts.dashboard_charts(progress, font, contrast)
        ]
        growth = charts.growth_chart(progress, font, contrast)
        if growth is not None:
            made.append((growth, ""))
        grid = QGridLayout()
        for index, (chart, reason) in enumerate(made):
            if reason:
                shown: QWidget = charts.empty_chart(chart.title(), reason)
                self.empty_charts.append(shown)
            else:
                shown = charts.chart_view(chart)
                self.chart_views.append(shown)
            grid.addWidget(shown, index // 2, index % 2)
        charts_holder = QWidget()
        charts_holder.setLayout(grid)
        self.body_layout.addWidget(charts_holder)
        self.body_layout.addStretch()

    def ask_report(self) -> None:
        if self.pairing is None:
            return
        from mentordesk.ui.report_dialog import ask_report

        ask_report(self, self.services, self.pairing)
