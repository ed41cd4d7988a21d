"""The timeline's scene: an axis, era bands, one lane per component and the arrows between causes.

Events are not one graphics item each. Every lane is one item that keeps its events sorted by date and,
when asked to paint, finds the few inside the exposed rectangle by bisection; so a frame costs what is on
screen, not what is in the pairing. Zoomed far out, a crowded lane is drawn as a density strip."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from mentordesk.domain import ComponentInfo, DatePrecision, EraInfo, EventInfo, period_of
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.theme import colours
from mentordesk.ui.timeline.geometry import Scale, clamp_zoom, stack_labels
from mentordesk.ui.timeline.painting import (
    AXIS_HEIGHT,
    ERA_STRIP,
    LABEL_ROWS,
    LABEL_TOP,
    LANE_HEIGHT,
    MARKER_Y,
    ROW_HEIGHT,
    draw_axis,
    draw_density,
    draw_event,
    draw_label,
    marker_x,
    shows_span,
)

OTHER_LANE = QT_TRANSLATE_NOOP("TimelineScene", "Other")
PADDING_DAYS = 365
MAX_LABEL_WIDTH = 480.0  # a label longer than this is cut even with room to spare
MIN_LABEL_WIDTH = 140.0  # a label is cut to make room for the next one, but not below this
TRAILING_PX = 900.0  # room after the last day, so the end of history can be scrolled to the middle
CROWDED_PER_PX = 0.25  # more than one event per 4 px of the view in a lane: paint density strips
MAX_ARROWS = 150  # more causal arrows than this in view: draw only those of the selected event


# A causal link at the current zoom: the cause's marker (x, y) and id, then the effect's.
Arrow = tuple[float, float, str, float, float, str]


@dataclass
class Placed:
    """One event in one lane, with what the current zoom made of it."""

    event: EventInfo
    start: int  # ordinal of the first day of its period
    end: int  # ordinal of the day after its period
    label_width: float
    label_offset: float = 0.0  # a day's label starts just before its marker
    fuzzy: bool = False  # known to a month, quarter or year: drawn as a span
    x0: float = 0.0
    x1: float = 0.0
    row: int | None = None
    shown_width: float = 0.0  # as drawn: its width, or less where the next label in its row needs room


@dataclass
class Lane:
    name: str
    colour: QColor
    top: float
    placed: list[Placed] = field(default_factory=list)
    starts: list[float] = field(default_factory=list)  # x0 of `placed`, for bisection


class TimelineScene(QGraphicsScene):
    """Holds the pairing's history laid out at one zoom; the view changes the zoom and scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # a handful of large layer items
        self.metrics = QFontMetricsF(QFont())
        self.today = dt.date.today()
        self.scale = Scale(self.today - dt.timedelta(days=PADDING_DAYS), 1.0)
        self.last = self.today + dt.timedelta(days=PADDING_DAYS)
        self.lanes: list[Lane] = []
        self.eras: list[EraInfo] = []
        self.events: dict[str, EventInfo] = {}
        self.matches: set[str] | None = None  # None: no filter, nothing dimmed
        self.selected: str | None = None
        self.hovered: str | None = None
        self.arrows: list[Arrow] = []
        self._ends: list[tuple[Placed, float, str, Placed, float, str]] = []
        self.view_rect: QRectF | None = None  # what the view shows; painting never goes beyond it
        self._layers = [AxisLayer(self), LanesLayer(self), ArrowsLayer(self)]
        for layer in self._layers:
            self.addItem(layer)

    # data
    def set_history(
        self,
        events: Sequence[EventInfo],
        eras: Sequence[EraInfo],
        components: Sequence[ComponentInfo],
        today: dt.date | None = None,
    ) -> None:
        self.today = today or dt.date.today()
        self.metrics = self._text_metrics()
        self.events = {e.id: e for e in events}
        self.eras = list(eras)
        days = [self.today, *(e.occurred_on for e in events), *(era.starts_on for era in eras)]
        days += [era.ends_on for era in eras if era.ends_on]
        first = min(days) - dt.timedelta(days=PADDING_DAYS)
        self.last = max(days) + dt.timedelta(days=PADDING_DAYS)
        self.scale = Scale(first.replace(month=1, day=1), self.scale.px_per_day)
        names = [c.name for c in components]
        self.lanes = [Lane(c.name, QColor(c.colour), 0.0) for c in components]
        by_name = {lane.name: lane for lane in self.lanes}
        other = Lane(translate("TimelineScene", OTHER_LANE), QColor("#6b7280"), 0.0)
        for event in events:
            start, end = period_of(event.occurred_on, event.precision)
            width = min(self.metrics.horizontalAdvance(event.title) + 4, MAX_LABEL_WIDTH)
            homes = [by_name[n] for n in event.components if n in by_name] or [other]
            for lane in homes:
                fuzzy = event.precision is not DatePrecision.DAY
                lane.placed.append(
                    Placed(event, start.toordinal(), end.toordinal() + 1, width, 0.0 if fuzzy else 4.0, fuzzy)
                )
        if other.placed or not names:
            self.lanes.append(other)
        for index, lane in enumerate(self.lanes):
            lane.top = AXIS_HEIGHT + index * LANE_HEIGHT
            lane.placed.sort(key=lambda p: (p.start, p.event.title))
        self._ends = self._arrow_anchors()
        self.set_zoom(self.scale.px_per_day)

    def remeasure(self) -> None:
        """The view's font changed (Review mode's larger type): measure the labels again and lay out."""
        metrics = self._text_metrics()
        if (
            metrics.height() == self.metrics.height()
            and metrics.averageCharWidth() == self.metrics.averageCharWidth()
        ):
            return
        self.metrics = metrics
        for lane in self.lanes:
            for placed in lane.placed:
                placed.label_width = min(metrics.horizontalAdvance(placed.event.title) + 4, MAX_LABEL_WIDTH)
        self.set_zoom(self.scale.px_per_day)

    def _text_metrics(self) -> QFontMetricsF:
        """Label widths are measured in the font the view paints with (Review mode's is larger)."""
        for view in self.views():
            viewport = view.viewport()
            viewport.ensurePolished()
            return QFontMetricsF(viewport.font())
        return QFontMetricsF(QFont())

    def set_zoom(self, px_per_day: float) -> None:
        """Lay everything out again at this many pixels per day."""
        self.scale = Scale(self.scale.first, clamp_zoom(px_per_day))
        first = self.scale.first.toordinal()
        px = self.scale.px_per_day
        for lane in self.lanes:
            starts, label_xs, widths = [], [], []
            for placed in lane.placed:  # one pass per lane: this runs for every event at every zoom step
                x0 = placed.x0 = (placed.start - first) * px
                placed.x1 = (placed.end - first) * px
                starts.append(x0)
                label_xs.append(x0 - placed.label_offset)
                widths.append(placed.label_width)
            lane.starts = starts
            rows, shown = stack_labels(label_xs, widths, LABEL_ROWS, least=MIN_LABEL_WIDTH)
            for placed, row, width in zip(lane.placed, rows, shown, strict=True):
                placed.row = row
                placed.shown_width = width
        self.arrows = self._arrow_ends()
        for layer in self._layers:
            layer.relayout()
        self.setSceneRect(self.bounds())
        self.update()

    def _arrow_anchors(self) -> list[tuple[Placed, float, str, Placed, float, str]]:
        """For every causal link: the cause and the effect as placed in their first lanes, with the y of
        those lanes' markers. Positions along x are read from them at each zoom."""
        first: dict[str, tuple[Placed, float]] = {}
        linked = {c for e in self.events.values() for c in e.causes} | {
            e.id for e in self.events.values() if e.causes
        }
        for lane in self.lanes:
            for placed in lane.placed:
                if placed.event.id in linked and placed.event.id not in first:
                    first[placed.event.id] = (placed, lane.top + MARKER_Y)
        return [
            (*first[cause], cause, *first[event.id], event.id)
            for event in self.events.values()
            for cause in event.causes
            if cause in first and event.id in first
        ]

    def _arrow_ends(self) -> list[Arrow]:
        """Every causal link at this zoom, as plain numbers: points are made only for those painted."""
        return [
            (_centre(cause), cause_y, cause_id, _centre(effect), effect_y, effect_id)
            for cause, cause_y, cause_id, effect, effect_y, effect_id in self._ends
        ]

    def bounds(self) -> QRectF:
        height = AXIS_HEIGHT + max(len(self.lanes), 1) * LANE_HEIGHT
        return QRectF(0, 0, self.scale.x(self.last) + TRAILING_PX, height)

    # what the view and page ask
    @staticmethod
    def label_x(placed: Placed) -> float:
        return placed.x0 - placed.label_offset

    def visible(self, lane: Lane, left: float, right: float) -> list[Placed]:
        """The lane's events that may paint between `left` and `right` (spans and labels included)."""
        reach = MAX_LABEL_WIDTH + 366 * self.scale.px_per_day + 12
        low = bisect.bisect_left(lane.starts, left - reach)
        high = bisect.bisect_right(lane.starts, right + 12)
        return [p for p in lane.placed[low:high] if p.x1 + MAX_LABEL_WIDTH >= left - 12]

    def crowded(self) -> bool:
        """Whether the view holds more events than can be told apart (in any lane): then every lane is a
        density strip. Decided on the whole view, so that all lanes and all repainted strips agree."""
        if self.view_rect is None:
            return False
        left, right = self.view_rect.left(), self.view_rect.right()
        most = max(
            (
                bisect.bisect_right(lane.starts, right) - bisect.bisect_left(lane.starts, left)
                for lane in self.lanes
            ),
            default=0,
        )
        return most > self.view_rect.width() * CROWDED_PER_PX

    def lane_at(self, y: float) -> Lane | None:
        return next((lane for lane in self.lanes if lane.top <= y < lane.top + LANE_HEIGHT), None)

    def event_at(self, point: QPointF, slack: float = 7.0) -> EventInfo | None:
        """The event whose marker, span or shown label is under `point`."""
        lane = self.lane_at(point.y())
        if lane is None:
            return None
        y = point.y() - lane.top
        best: tuple[float, EventInfo] | None = None
        for placed in self.visible(lane, point.x() - slack, point.x() + slack):
            distance = self._distance(placed, point.x(), y, slack)
            if distance is not None and (best is None or distance < best[0]):
                best = (distance, placed.event)
        return best[1] if best else None

    def _distance(self, placed: Placed, x: float, y: float, slack: float) -> float | None:
        if abs(y - MARKER_Y) <= slack + 2:
            if shows_span(placed.x1 - placed.x0, placed.fuzzy):  # any point of a span, its middle first
                if placed.x0 - slack <= x <= placed.x1 + slack:
                    return abs(x - _centre(placed)) / 100
            elif abs(x - placed.x0) <= slack:
                return abs(x - placed.x0)
        if placed.row is not None:
            top = LABEL_TOP + placed.row * ROW_HEIGHT
            left = self.label_x(placed)
            if top <= y < top + ROW_HEIGHT and left <= x <= left + placed.shown_width:
                return 0.5
        return None

    def marker_point(self, event_id: str) -> QPointF | None:
        """Where the event's marker sits in its first lane."""
        for lane in self.lanes:
            for placed in lane.placed:
                if placed.event.id == event_id:
                    return QPointF(_centre(placed), lane.top + MARKER_Y)
        return None

    def set_matches(self, matches: set[str] | None) -> None:
        self.matches = matches
        self.update()

    def set_selected(self, event_id: str | None) -> None:
        self.selected = event_id
        self.update()

    def dimmed(self, event_id: str) -> bool:
        return self.matches is not None and event_id not in self.matches

    def exposed(self, option: QStyleOptionGraphicsItem) -> QRectF:
        """The part to paint: what Qt exposed, cut to what the view shows (a whole-scene render asks
        for everything)."""
        exposed = QRectF(option.exposedRect)
        return exposed.intersected(self.view_rect) if self.view_rect is not None else exposed


def _centre(placed: Placed) -> float:
    """Where the event's marker is drawn (painting.marker_x decides for both)."""
    return marker_x(placed.x0, placed.x1 - placed.x0, placed.fuzzy)


class _Layer(QGraphicsItem):
    def __init__(self, timeline: TimelineScene) -> None:
        super().__init__()
        self.timeline = timeline
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self.timeline.bounds()

    def relayout(self) -> None:
        self.prepareGeometryChange()


class AxisLayer(_Layer):
    """Era bands, grid lines, the date axis and the today line (behind the lanes)."""

    def __init__(self, timeline: TimelineScene) -> None:
        super().__init__(timeline)
        self.setZValue(-1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        t = self.timeline
        exposed = t.exposed(option)
        bottom = t.bounds().height()
        for index, lane in enumerate(t.lanes):
            tint = QColor(lane.colour)
            tint.setAlpha(14 if index % 2 == 0 else 26)
            painter.fillRect(QRectF(exposed.left(), lane.top, exposed.width(), LANE_HEIGHT), tint)
        for era in t.eras:
            x0 = t.scale.x(era.starts_on)
            x1 = t.scale.x(era.ends_on + dt.timedelta(days=1)) if era.ends_on else t.bounds().right()
            if x1 < exposed.left() or x0 > exposed.right():
                continue
            colour = QColor(era.colour)
            colour.setAlpha(colours().era_alpha)
            painter.fillRect(QRectF(x0, ERA_STRIP, x1 - x0, bottom - ERA_STRIP), colour)
            text_left = max(x0, exposed.left()) + 6
            if text_left < x1 - 20:
                painter.setPen(colours().qt("text_strong"))
                painter.drawText(
                    QRectF(text_left, ERA_STRIP, x1 - text_left - 4, AXIS_HEIGHT - ERA_STRIP),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    t.metrics.elidedText(era.name, Qt.TextElideMode.ElideRight, x1 - text_left - 8),
                )
        draw_axis(painter, t.scale, exposed, bottom, t.today)


class LanesLayer(_Layer):
    """Every lane's events: spans, markers and the labels that fit."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        t = self.timeline
        exposed = t.exposed(option)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        crowded = t.crowded()
        for lane in t.lanes:
            if lane.top > exposed.bottom() or lane.top + LANE_HEIGHT < exposed.top():
                continue
            shown = t.visible(lane, exposed.left(), exposed.right())
            if crowded:
                draw_density(painter, lane.top, [p.x0 for p in shown], exposed, lane.colour)
                continue
            for placed in shown:
                event = placed.event
                draw_event(
                    painter,
                    QPointF(placed.x0, lane.top + MARKER_Y),
                    placed.x1 - placed.x0,
                    event.kind,
                    placed.fuzzy,
                    selected=event.id == t.selected,
                    dimmed=t.dimmed(event.id),
                )
            for placed in shown:
                if placed.row is None and placed.event.id not in (t.selected, t.hovered):
                    continue
                row = placed.row if placed.row is not None else 0
                draw_label(
                    painter,
                    QRectF(
                        t.label_x(placed),
                        lane.top + LABEL_TOP + row * ROW_HEIGHT,
                        placed.shown_width if placed.row is not None else placed.label_width,
                        ROW_HEIGHT,
                    ),
                    placed.event.title,
                    t.metrics,
                    selected=placed.event.id == t.selected,
                    dimmed=t.dimmed(placed.event.id),
                    floating=placed.row is None,
                )


class ArrowsLayer(_Layer):
    """Causes drawn as curved arrows from the cause's marker to the effect's."""

    def __init__(self, timeline: TimelineScene) -> None:
        super().__init__(timeline)
        self.setZValue(1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        t = self.timeline
        exposed = t.exposed(option)
        left, right = exposed.left(), exposed.right()
        shown = [a for a in t.arrows if max(a[0], a[3]) >= left and min(a[0], a[3]) <= right]
        focus = {t.selected, t.hovered} - {None}
        if len(shown) > MAX_ARROWS:  # zoomed far out: only the chosen event's causes and effects
            shown = [a for a in shown if a[2] in focus or a[5] in focus]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for start_x, start_y, cause, end_x, end_y, effect in shown:
            if abs(end_x - start_x) < 4:
                continue
            faint = t.dimmed(cause) and t.dimmed(effect)
            strong = bool(focus & {cause, effect})
            self._arrow(painter, QPointF(start_x, start_y), QPointF(end_x, end_y), faint, strong)

    @staticmethod
    def _arrow(painter: QPainter, start: QPointF, end: QPointF, faint: bool, strong: bool) -> None:
        colour = QColor("#4f46e5" if strong else "#64748b")
        colour.setAlpha(50 if faint else 200)
        painter.setPen(QPen(colour, 2.0 if strong else 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        bend = min(abs(end.x() - start.x()) / 3, 60.0) + (18 if abs(end.y() - start.y()) < 1 else 0)
        path = QPainterPath(start)
        path.cubicTo(
            QPointF(start.x() + bend / 2, start.y() - bend), QPointF(end.x() - bend / 2, end.y() - bend), end
        )
        painter.drawPath(path)
        angle = path.angleAtPercent(0.98)
        head = QPainterPath()
        head.moveTo(0, 0)
        head.lineTo(-9, -4)
        head.lineTo(-9, 4)
        head.closeSubpath()
        painter.save()
        painter.translate(end)
        painter.rotate(-angle)
        painter.fillPath(head, colour)
        painter.restore()
