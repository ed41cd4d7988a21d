"""The Progress dashboard's charts (QtCharts), drawn from the services' Series."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from mentordesk.services.progress import GROWTH_EXPLANATION, Progress, Series
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.theme import colours

ACCENT = QColor("#4f46e5")
TARGET = QColor("#b45309")
PALETTE = ("#4f46e5", "#059669", "#d97706", "#dc2626", "#0891b2")


def _chart(title: str, explanation: str, high_contrast: bool, font: QFont) -> QChart:
    chart = QChart()
    if high_contrast:
        chart.setTheme(QChart.ChartTheme.ChartThemeHighContrast)
    elif colours().name == "dark":
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setBackgroundBrush(colours().qt("surface"))
        chart.setTitleBrush(colours().qt("text"))
    chart.setTitle(title)
    title_font = QFont(font)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setToolTip(explanation)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setFont(font)
    return chart


def _value_axis(top: float, font: QFont) -> QValueAxis:
    """0 to a whole number at or above `top`, with at most six ticks on whole numbers."""
    axis = QValueAxis()
    step = max(math.ceil(max(top, 1.0) / 5), 1)
    ticks = min(math.ceil(max(top, 1.0) / step), 5)
    axis.setRange(0, step * ticks)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat("%d")
    axis.setLabelsFont(font)
    return axis


def _category_axis(labels: Sequence[str], font: QFont) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(labels))
    axis.setLabelsFont(font)
    return axis


def bar_chart(series: Series, font: QFont, high_contrast: bool = False) -> QChart:
    """Vertical bars per label, with the series' target as a dashed line across them."""
    chart = _chart(series.title, series.explanation, high_contrast, font)
    bars = QBarSet(series.title)
    bars.append(list(series.values))
    if not high_contrast:
        bars.setColor(ACCENT)
    data = QBarSeries()
    data.append(bars)
    data.setLabelsVisible(True)
    chart.addSeries(data)
    x_axis = _category_axis(series.labels, font)
    top = max([*series.values, series.target or 0.0, 1.0]) * 1.2
    y_axis = _value_axis(top, font)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    data.attachAxis(x_axis)
    data.attachAxis(y_axis)
    if series.target is not None and series.labels:
        line = QLineSeries()
        line.setName(translate("progress_charts", "Target {target:.1f}").format(target=series.target))
        line.append(-0.5, series.target)
        line.append(len(series.labels) - 0.5, series.target)
        line.setPen(QPen(TARGET, 2, Qt.PenStyle.DashLine))
        chart.addSeries(line)
        hidden_x = QValueAxis()
        hidden_x.setRange(-0.5, len(series.labels) - 0.5)
        hidden_x.setVisible(False)
        chart.addAxis(hidden_x, Qt.AlignmentFlag.AlignTop)
        line.attachAxis(hidden_x)
        line.attachAxis(y_axis)
    else:
        chart.legend().setVisible(False)
    return chart


def horizontal_bar_chart(series: Series, font: QFont, high_contrast: bool = False) -> QChart:
    chart = _chart(series.title, series.explanation, high_contrast, font)
    bars = QBarSet(series.title)
    bars.append(list(reversed(series.values)))
    if not high_contrast:
        bars.setColor(QColor("#059669"))
    data = QHorizontalBarSeries()
    data.append(bars)
    data.setLabelsVisible(True)
    chart.addSeries(data)
    y_axis = _category_axis(list(reversed(series.labels)), font)
    x_axis = _value_axis(max([*series.values, 1.0]) * 1.2, font)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    data.attachAxis(y_axis)
    data.attachAxis(x_axis)
    chart.legend().setVisible(False)
    return chart


def line_chart(
    lines: Sequence[Series],
    title: str,
    explanation: str,
    font: QFont,
    high_contrast: bool = False,
    top: float | None = None,
) -> QChart:
    """One line per series over the same labels (taken from the first)."""
    chart = _chart(title, explanation, high_contrast, font)
    labels = lines[0].labels if lines else ()
    x_axis = _category_axis(labels, font)
    highest = max([top or 0.0, *(v for line in lines for v in line.values), 1.0])
    y_axis = _value_axis(top or highest * 1.2, font)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for index, line in enumerate(lines):
        points = QLineSeries()
        points.setName(line.title)
        for position, value in enumerate(line.values):
            points.append(position, value)
        points.setPointsVisible(True)
        if not high_contrast:
            points.setPen(QPen(QColor(PALETTE[index % len(PALETTE)]), 2.5))
        chart.addSeries(points)
        position_axis = QValueAxis()
        position_axis.setRange(-0.5, max(len(line.labels) - 0.5, 0.5))
        position_axis.setVisible(False)
        chart.addAxis(position_axis, Qt.AlignmentFlag.AlignTop)
        points.attachAxis(position_axis)
        points.attachAxis(y_axis)
    chart.legend().setVisible(len(lines) > 1)
    return chart


def dashboard_charts(
    progress: Progress, font: QFont, high_contrast: bool = False
) -> list[tuple[str, QChart]]:
    """The dashboard's four main charts, named (the report refers to them by name)."""
    ratings = progress.ratings
    return [
        ("sessions", bar_chart(progress.sessions_per_month, font, high_contrast)),
        ("decisions", bar_chart(progress.decisions_per_month, font, high_contrast)),
        ("competencies", horizontal_bar_chart(progress.competencies, font, high_contrast)),
        ("ratings", line_chart([ratings], ratings.title, ratings.explanation, font, high_contrast, top=5.0)),
    ]


#: What each chart would show, said in its place while it has nothing to show (bare axes say nothing).
EMPTY_TEXT = {
    "sessions": QT_TRANSLATE_NOOP(
        "Charts",
        "No session held yet. Held sessions are counted here per month, beside the cadence's target.",
    ),
    "decisions": QT_TRANSLATE_NOOP(
        "Charts", "No decision dated within the pairing yet. Decisions are counted here per month."
    ),
    "competencies": QT_TRANSLATE_NOOP(
        "Charts",
        "No card or decision is tagged with a competency yet. Give the pairing its competencies "
        "(File → Edit pairing…), then tag cards with them.",
    ),
    "ratings": QT_TRANSLATE_NOOP(
        "Charts", "No rating yet. The mentee's 1–5 rating of each held session is drawn here, month by month."
    ),
}


def empty_reason(progress: Progress, name: str) -> str:
    """Why the chart `name` has nothing to show; empty when it has."""
    series = {
        "sessions": progress.sessions_per_month,
        "decisions": progress.decisions_per_month,
        "competencies": progress.competencies,
        "ratings": progress.ratings,
    }[name]
    return "" if any(value > 0 for value in series.values) else translate("Charts", EMPTY_TEXT[name])


def empty_chart(title: str, reason: str, parent: QWidget | None = None) -> QWidget:
    """A chart's place while it has nothing to show: its title and why it is empty."""
    box = QFrame(parent)
    box.setObjectName("EmptyChart")
    box.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(box)
    heading = QLabel(title)
    heading.setObjectName("SectionTitle")
    text = QLabel(reason)
    text.setObjectName("EmptyState")
    text.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(text)
    layout.addStretch()
    return box


def growth_chart(progress: Progress, font: QFont, high_contrast: bool = False) -> QChart | None:
    """Competencies over time, when any competency was touched."""
    if not progress.competency_growth:
        return None
    explanation = translate("progress", GROWTH_EXPLANATION).format(
        competency=translate("progress_charts", "each competency")
    )
    return line_chart(
        progress.competency_growth,
        translate("progress_charts", "Competencies over time"),
        explanation,
        font,
        high_contrast,
    )


def chart_view(chart: QChart, parent: QWidget | None = None, lines: int = 18) -> QChartView:
    """A view tall enough for `lines` lines of its text, so larger type (Review mode) keeps axes legible."""
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(max(260, QFontMetrics(chart.titleFont()).height() * lines))
    view.setToolTip(chart.toolTip())
    return view
