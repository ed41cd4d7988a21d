"""Progress page: the pairing's metrics, each with how it is computed, and charts of how it developed."""

from __future__ import annotations

import datetime as dt

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

from mentordesk.services import Services
from mentordesk.services.progress import AREAS, Progress
from mentordesk.ui import progress_charts as charts
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.base import Page
from mentordesk.ui.widgets import label


class ProgressPage(Page):
    title = "Progress"
    icon_name = "progress"

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self.progress: Progress | None = None
        self.chart_views: list[QChartView] = []
        header, self.subtitle = self._header()
        self.report_button = QPushButton("Export progress report…")
        self.report_button.setToolTip("A PDF and a Markdown file of a date range: shared content only")
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

    def refresh(self) -> None:
        if self.pairing is None:
            return
        review = self.services.review.on
        self.progress = self.services.metrics.progress(self.pairing, shared_only=review)
        start = self.pairing.start_date
        hidden = " · shared records only (Review mode)" if review else ""
        self.subtitle.setText(
            f"Since {start:%-d %B %Y} · {self.pairing.cadence.value} cadence · "
            f"day {(dt.date.today() - start).days + 1}{hidden}. Each figure says how it is computed."
        )
        self._rebuild(self.progress)

    def _rebuild(self, progress: Progress) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.chart_views = []
        metrics_grid = QGridLayout()
        metrics_grid.setHorizontalSpacing(12)
        for index, area in enumerate(AREAS):
            box = QGroupBox(area)
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
        made = [chart for _name, chart in charts.dashboard_charts(progress, font, contrast)]
        growth = charts.growth_chart(progress, font, contrast)
        if growth is not None:
            made.append(growth)
        grid = QGridLayout()
        for index, chart in enumerate(made):
            view = charts.chart_view(chart)
            self.chart_views.append(view)
            grid.addWidget(view, index // 2, index % 2)
        charts_holder = QWidget()
        charts_holder.setLayout(grid)
        self.body_layout.addWidget(charts_holder)
        self.body_layout.addStretch()

    def ask_report(self) -> None:
        if self.pairing is None:
            return
        from mentordesk.ui.report_dialog import ask_report

        ask_report(self, self.services, self.pairing)
