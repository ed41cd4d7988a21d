"""The timeline's legend: what each marker shape means, a hollow marker with its span (a date known to
the month, quarter or year), and a cause arrow. Shown under the timeline and in an exported image."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentordesk import labels
from mentordesk.domain import EventKind
from mentordesk.ui.i18n import translate
from mentordesk.ui.theme import colours
from mentordesk.ui.timeline.painting import draw_event

ITEM_GAP = 18.0
MARKER_ROOM = 18.0
SPAN_WIDTH = 34.0


def entries() -> list[str]:
    """The legend's texts, in the order drawn: every kind, then the fuzzy span and the cause arrow."""
    return [
        *(labels.label(kind) for kind in EventKind),
        translate("legend", "date known to the month, quarter or year"),
        translate("legend", "cause"),
    ]


def legend_width(metrics: QFontMetricsF) -> float:
    """The width of the legend on one line."""
    texts = entries()
    return (
        sum(metrics.horizontalAdvance(t) for t in texts)
        + MARKER_ROOM * len(EventKind)
        + SPAN_WIDTH * 2
        + ITEM_GAP * len(texts)
    )


def paint_legend(painter: QPainter | None, area: QRectF, metrics: QFontMetricsF) -> float:
    """Draw the legend in `area` (only measure it without a painter), wrapping onto more lines as
    needed; returns the height used."""
    line = max(metrics.height(), 16.0) + 6
    x, y = area.left(), area.top()
    items: list[tuple[str, float, EventKind | None]] = [(labels.label(k), MARKER_ROOM, k) for k in EventKind]
    items += [(text, SPAN_WIDTH, None) for text in entries()[-2:]]
    if painter is not None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for text, lead, kind in items:
        width = metrics.horizontalAdvance(text)
        if x + lead + width > area.right() and x > area.left():
            x, y = area.left(), y + line
        if painter is not None:
            middle = y + line / 2
            if kind is not None:
                draw_event(painter, QPointF(x + 8, middle), 0, kind, False, selected=False, dimmed=False)
            elif text == "cause":
                arrow = QPainterPath(QPointF(x, middle + 3))
                arrow.quadTo(QPointF(x + lead / 2 - 2, y + 2), QPointF(x + lead - 6, middle + 3))
                painter.setPen(QPen(colours().qt("faint"), 1.4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(arrow)
            else:
                draw_event(
                    painter,
                    QPointF(x, middle),
                    lead - 4,
                    EventKind.RELEASE,
                    True,
                    selected=False,
                    dimmed=False,
                )
            painter.setPen(colours().qt("text" if kind is not None else "faint"))
            painter.drawText(QRectF(x + lead, y, width + 2, line), Qt.AlignmentFlag.AlignVCenter, text)
        x += lead + width + ITEM_GAP
    if painter is not None:
        painter.restore()
    return y + line - area.top()


class TimelineLegend(QWidget):
    """The legend as a strip under the timeline, as tall as its lines at its width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("TimelineLegend", "Timeline legend"))
        self.setAccessibleDescription(
            translate("TimelineLegend", "Marker shapes: {shapes}").format(shapes=", ".join(entries()))
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self._height(800))

    def _height(self, width: int) -> int:
        return int(paint_legend(None, QRectF(4, 0, width - 8, 0), QFontMetricsF(self.font()))) + 4

    def sizeHint(self) -> QSize:
        return QSize(int(legend_width(QFontMetricsF(self.font()))), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = self._height(self.width())
        if wanted != self.height():
            self.setFixedHeight(wanted)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_legend(painter, QRectF(4, 2, self.width() - 8, self.height() - 4), QFontMetricsF(self.font()))
