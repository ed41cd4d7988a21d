"""The timeline's scene: an axis, era bands, one lane per component and the arrows between causes.

Events are not one graphics item each. Every lane is one item that keeps its events sorted by date and,
when asked to paint, finds the few inside the exposed rectangle by bisection; so a frame costs what is on
screen, not what is in the pairing. Zoomed far out, a crowded lane is drawn as a density strip.

Nothing is laid out for every event at a zoom step either. An event's x follows from its day when it is
drawn; labels are measured when first shown; and label rows are stacked a stretch of scene (CHUNK_PX)
at a time, each stretch on its own and then cut where it meets the next, so a label's row depends on
its neighbours and the zoom, never on where the view starts or on the events far before it."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from mentordesk.domain import ComponentInfo, DatePrecision, EraInfo, EventMark, period_of
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.timeline.geometry import Scale, clamp_zoom, cut_before, first_in_rows, stack_labels
from mentordesk.ui.timeline.layers import ArrowsLayer, AxisLayer, LanesLayer
from mentordesk.ui.timeline.painting import (
    AXIS_HEIGHT,
    LABEL_ROWS,
    LABEL_TOP,
    LANE_HEIGHT,
    MARKER_Y,
    ROW_HEIGHT,
    marker_x,
    shows_span,
)

OTHER_LANE = QT_TRANSLATE_NOOP("TimelineScene", "Other")
PADDING_DAYS = 365
MAX_LABEL_WIDTH = 480.0  # a label longer than this is cut even with room to spare
MIN_LABEL_WIDTH = 140.0  # a label is cut to make room for the next one, but not below this
TRAILING_PX = 900.0  # room after the last day, so the end of history can be scrolled to the middle
CROWDED_PER_PX = 0.25  # more than one event per 4 px of the view in a lane: paint density strips
CHUNK_PX = 4096.0  # label rows are stacked this much scene at a time


# A causal link at the current zoom: the cause's marker (x, y) and id, then the effect's.
Arrow = tuple[float, float, str, float, float, str]


@dataclass(eq=False)
class Placed:
    """One event in one lane. Its x and label row belong to the current zoom and are set when it is
    drawn (`TimelineScene.visible`, `TimelineScene.label_rows`)."""

    event: EventMark
    start: int  # ordinal of the first day of its period
    end: int  # ordinal of the day after its period
    label_offset: float = 0.0  # a day's label starts just before its marker
    fuzzy: bool = False  # known to a month, quarter or year: drawn as a span
    label_width: float = -1.0  # measured when first needed
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
    days: list[int] = field(default_factory=list)  # `start` of each of `placed`, for bisection


class TimelineScene(QGraphicsScene):
    """Holds the pairing's history at one zoom; the view changes the zoom and scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # a handful of large layer items
        self.metrics = QFontMetricsF(QFont())
        self.today = dt.date.today()
        self.scale = Scale(self.today - dt.timedelta(days=PADDING_DAYS), 1.0)
        self.last = self.today + dt.timedelta(days=PADDING_DAYS)
        self.lanes: list[Lane] = []
        self.eras: list[EraInfo] = []
        self.events: dict[str, EventMark] = {}
        self.matches: set[str] | None = None  # None: no filter, nothing dimmed
        self.selected: str | None = None
        self.hovered: str | None = None
        self._links: list[Link] = []
        self._stacked: dict[tuple[int, int], _Stack] = {}  # (lane, chunk): its labels stacked on their own
        self._settled: set[tuple[int, int]] = set()  # (lane, chunk): rows set on its events, cut at the next
        self.view_rect: QRectF | None = None  # what the view shows; painting never goes beyond it
        self._layers = [AxisLayer(self), LanesLayer(self), ArrowsLayer(self)]
        for layer in self._layers:
            self.addItem(layer)

    # data
    def set_history(
        self,
        events: Sequence[EventMark],
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
        exact = DatePrecision.DAY
        for event in events:
            if event.precision is exact:
                start = event.occurred_on.toordinal()
                span: tuple[int, int, float, bool] = (start, start + 1, 4.0, False)
            else:
                first_day, last_day = period_of(event.occurred_on, event.precision)
                span = (first_day.toordinal(), last_day.toordinal() + 1, 0.0, True)
            homes = [by_name[n] for n in event.components if n in by_name] or [other]
            for lane in homes:
                lane.placed.append(Placed(event, *span))
        if other.placed or not names:
            self.lanes.append(other)
        for index, lane in enumerate(self.lanes):
            lane.top = AXIS_HEIGHT + index * LANE_HEIGHT
            lane.placed.sort(key=lambda p: (p.start, p.event.title))
            lane.days = [p.start for p in lane.placed]
        self._links = self._causal_links()
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
                placed.label_width = -1.0
        self.set_zoom(self.scale.px_per_day)

    def _text_metrics(self) -> QFontMetricsF:
        """Label widths are measured in the font the view paints with (Review mode's is larger)."""
        for view in self.views():
            viewport = view.viewport()
            viewport.ensurePolished()
            return QFontMetricsF(viewport.font())
        return QFontMetricsF(QFont())

    def set_zoom(self, px_per_day: float) -> None:
        """Show everything at this many pixels per day. What depends on the zoom is worked out again
        as it is drawn."""
        self.scale = Scale(self.scale.first, clamp_zoom(px_per_day))
        self._stacked.clear()
        self._settled.clear()
        for layer in self._layers:
            layer.relayout()
        self.setSceneRect(self.bounds())
        self.update()

    def _causal_links(self) -> list[Link]:
        """Every causal link, between the cause and the effect as placed in their first lanes."""
        first: dict[str, tuple[Placed, float]] = {}
        linked = {c for e in self.events.values() for c in e.causes} | {
            e.id for e in self.events.values() if e.causes
        }
        for lane in self.lanes:
            for placed in lane.placed:
                if placed.event.id in linked and placed.event.id not in first:
                    first[placed.event.id] = (placed, lane.top + MARKER_Y)
        links = []
        for event in self.events.values():
            for cause_id in event.causes:
                if cause_id in first and event.id in first:
                    (cause, cause_y), (effect, effect_y) = first[cause_id], first[event.id]
                    reach = (min(cause.start, effect.start), max(cause.end, effect.end))
                    links.append(Link(cause, cause_y, effect, effect_y, *reach))
        return links

    def links_between(self, left: float, right: float) -> list[Link]:
        """The causal links whose events' periods reach between `left` and `right`."""
        low, high = self._day_at(left), self._day_at(right)
        return [link for link in self._links if link.last >= low and link.first <= high]

    def arrow(self, link: Link) -> Arrow:
        """The link at this zoom, as plain numbers: from the cause's marker to the effect's."""
        return (
            self.centre_x(link.cause),
            link.cause_y,
            link.cause.event.id,
            self.centre_x(link.effect),
            link.effect_y,
            link.effect.event.id,
        )

    def bounds(self) -> QRectF:
        height = AXIS_HEIGHT + max(len(self.lanes), 1) * LANE_HEIGHT
        return QRectF(0, 0, self.scale.x(self.last) + TRAILING_PX, height)

    # where things are at this zoom
    def _day_at(self, x: float) -> float:
        """The day (as an ordinal, with its fraction) at scene x."""
        return self.scale.first.toordinal() + x / self.scale.px_per_day

    def centre_x(self, placed: Placed) -> float:
        """Where the event's marker is drawn (painting.marker_x decides for both)."""
        first, px = self.scale.first.toordinal(), self.scale.px_per_day
        x0 = (placed.start - first) * px
        return marker_x(x0, (placed.end - placed.start) * px, placed.fuzzy)

    @staticmethod
    def label_x(placed: Placed) -> float:
        return placed.x0 - placed.label_offset

    def width_of(self, placed: Placed) -> float:
        """The label's whole width, measured the first time it is asked for."""
        if placed.label_width < 0:
            placed.label_width = min(self.metrics.horizontalAdvance(placed.event.title) + 4, MAX_LABEL_WIDTH)
        return placed.label_width

    def _between(self, lane: Lane, left: float, right: float) -> list[Placed]:
        """The lane's events starting from `left` up to before `right`, with their x set."""
        low = bisect.bisect_left(lane.days, self._day_at(left))
        high = bisect.bisect_left(lane.days, self._day_at(right))
        return self._placed(lane.placed[low:high])

    def _placed(self, placed: list[Placed]) -> list[Placed]:
        first, px = self.scale.first.toordinal(), self.scale.px_per_day
        for p in placed:
            p.x0 = (p.start - first) * px
            p.x1 = (p.end - first) * px
        return placed

    def visible(self, lane: Lane, left: float, right: float) -> list[Placed]:
        """The lane's events that may paint between `left` and `right` (spans and labels included),
        with their x at this zoom."""
        reach = MAX_LABEL_WIDTH + 366 * self.scale.px_per_day + 12
        low = bisect.bisect_left(lane.days, self._day_at(left - reach))
        high = bisect.bisect_right(lane.days, self._day_at(right + 12))
        return [p for p in self._placed(lane.placed[low:high]) if p.x1 + MAX_LABEL_WIDTH >= left - 12]

    def label_rows(self, lane: Lane, shown: Sequence[Placed]) -> None:
        """Set the rows and drawn widths of these events' labels (from `visible`) at this zoom."""
        index = self.lanes.index(lane)
        for chunk in sorted({int(p.x0 // CHUNK_PX) for p in shown}):
            if (index, chunk) not in self._settled:
                self._settle(index, chunk)

    def _stack(self, index: int, chunk: int) -> _Stack:
        """The labels of the events starting in this stretch, stacked as if nothing came before."""
        key = (index, chunk)
        if key not in self._stacked:
            members = self._between(self.lanes[index], chunk * CHUNK_PX, (chunk + 1) * CHUNK_PX)
            xs = [p.x0 - p.label_offset for p in members]
            widths = [self.width_of(p) for p in members]
            rows, shown = stack_labels(xs, widths, LABEL_ROWS, least=MIN_LABEL_WIDTH)
            self._stacked[key] = _Stack(members, xs, widths, rows, shown)
        return self._stacked[key]

    def _settle(self, index: int, chunk: int) -> None:
        """Give the stretch's events their rows, each label cut where the next stretch's first label in
        its row needs the room."""
        own = self._stack(index, chunk)
        following = self._stack(index, chunk + 1)
        rows, shown = list(own.rows), list(own.shown)
        firsts = first_in_rows(following.xs, following.rows, LABEL_ROWS)
        cut_before(own.xs, own.widths, rows, shown, firsts, least=MIN_LABEL_WIDTH)
        for placed, row, width in zip(own.members, rows, shown, strict=True):
            placed.row, placed.shown_width = row, width
        self._settled.add((index, chunk))

    def crowded(self) -> bool:
        """Whether the view holds more events than can be told apart (in any lane): then every lane is a
        density strip. Decided on the whole view, so that all lanes and all repainted strips agree."""
        if self.view_rect is None:
            return False
        left, right = self._day_at(self.view_rect.left()), self._day_at(self.view_rect.right())
        most = max(
            (
                bisect.bisect_right(lane.days, right) - bisect.bisect_left(lane.days, left)
                for lane in self.lanes
            ),
            default=0,
        )
        return most > self.view_rect.width() * CROWDED_PER_PX

    def density(self, lane: Lane, left: float, right: float, width: float) -> list[tuple[int, int]]:
        """How many of the lane's events start in each `width`-px column between `left` and `right`:
        (column, count) for the columns that hold any. Empty columns cost nothing: each step goes
        straight to the column of the next event."""
        days, first, px = lane.days, self.scale.first.toordinal(), self.scale.px_per_day
        per_column = width / px  # days
        low = bisect.bisect_left(days, first + (int(left // width) - 1) * per_column)
        end = bisect.bisect_left(days, first + (int(right // width) + 1) * per_column)
        counts = []
        while low < end:
            day = days[low]
            column = int((day - first) * px // width)
            while first + (column + 1) * per_column <= day:  # the column's end, as bisected, decides
                column += 1
            while first + column * per_column > day:
                column -= 1
            high = bisect.bisect_left(days, first + (column + 1) * per_column, low, end)
            counts.append((column, high - low))
            low = high
        return counts

    def lane_at(self, y: float) -> Lane | None:
        return next((lane for lane in self.lanes if lane.top <= y < lane.top + LANE_HEIGHT), None)

    def event_at(self, point: QPointF, slack: float = 7.0) -> EventMark | None:
        """The event whose marker, span or shown label is under `point`."""
        lane = self.lane_at(point.y())
        if lane is None:
            return None
        y = point.y() - lane.top
        near = self.visible(lane, point.x() - slack, point.x() + slack)
        labelled = not self.crowded()  # a density strip shows no labels
        if labelled:
            self.label_rows(lane, near)
        best: tuple[float, EventMark] | None = None
        for placed in near:
            distance = self._distance(placed, point.x(), y, slack, labelled)
            if distance is not None and (best is None or distance < best[0]):
                best = (distance, placed.event)
        return best[1] if best else None

    def _distance(self, placed: Placed, x: float, y: float, slack: float, labelled: bool) -> float | None:
        if abs(y - MARKER_Y) <= slack + 2:
            if shows_span(placed.x1 - placed.x0, placed.fuzzy):  # any point of a span, its middle first
                if placed.x0 - slack <= x <= placed.x1 + slack:
                    return abs(x - _centre(placed)) / 100
            elif abs(x - placed.x0) <= slack:
                return abs(x - placed.x0)
        if labelled and placed.row is not None:
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
                    return QPointF(self.centre_x(placed), lane.top + MARKER_Y)
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


@dataclass(frozen=True)
class Link:
    """A cause and its effect, each in its first lane (with the y of that lane's markers)."""

    cause: Placed
    cause_y: float
    effect: Placed
    effect_y: float
    first: int  # ordinals: the first day of the two events' periods, and the day after the last
    last: int


@dataclass
class _Stack:
    """One stretch of a lane's labels, stacked on their own (`geometry.stack_labels`)."""

    members: list[Placed]
    xs: list[float]
    widths: list[float]
    rows: list[int | None]
    shown: list[float]


def _centre(placed: Placed) -> float:
    """Where an event placed by `visible` has its marker (painting.marker_x decides for both)."""
    return marker_x(placed.x0, placed.x1 - placed.x0, placed.fuzzy)
