"""The System Archeology timeline at 20,000 events: time to build it, and to paint frames at three zooms.

Run: python benchmarks/bench_timeline.py [--events 20000]   (headless: QT_QPA_PLATFORM=offscreen is set)
Each frame is a full repaint of a 1600×900 view (what a scroll or a zoom step costs). The pan step
includes the scroll before the paint; a zoom step is one step in or out (+ or −) and the frame after it.
The floor, taken in the same run, is a frame of the same view without its events.
Goals: a zoom step ≤ 16 ms; the scene built from the events ≤ 300 ms together with reading them
(the page's whole opening is measured through the window by bench_window.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from generate import TextMaker
from measure import timed

from mentordesk.app import create_application
from mentordesk.domain import ComponentInfo, DatePrecision, EraInfo, EventInfo, EventKind, Visibility
from mentordesk.ui.timeline.scene import TimelineScene
from mentordesk.ui.timeline.view import TimelineView

LANES = ("Checkout API", "Billing", "Ledger DB", "Notifications", "Search", "Identity")
COLOURS = ("#2563eb", "#059669", "#d97706", "#7c3aed", "#dc2626", "#0891b2")


def history(count: int) -> tuple[list[EventInfo], list[EraInfo], list[ComponentInfo]]:
    """`count` events over 30 years in six lanes; a fifth fuzzy, a tenth caused by an earlier event."""
    rng = random.Random(7)
    text = TextMaker(rng, vocabulary=5000)
    start = dt.date(1996, 1, 1)
    days = sorted(rng.randrange(0, 30 * 365) for _ in range(count))
    precisions = [DatePrecision.DAY] * 8 + [DatePrecision.MONTH, DatePrecision.QUARTER]
    events: list[EventInfo] = []
    for number, day in enumerate(days):
        causes = (
            (events[rng.randrange(max(0, number - 50), number)].id,) if number and rng.random() < 0.1 else ()
        )
        events.append(
            EventInfo(
                id=f"e{number}",
                title=text.sentence(rng.randint(3, 9)),
                kind=rng.choice(list(EventKind)),
                occurred_on=start + dt.timedelta(days=day),
                precision=rng.choice(precisions),
                visibility=Visibility.SHARED,
                components=tuple(sorted(rng.sample(LANES, rng.choice((1, 1, 1, 2))))),
                causes=causes,
            )
        )
    eras = [
        EraInfo(
            f"era{n}",
            f"Era {n + 1}",
            start + dt.timedelta(days=n * 2500),
            start + dt.timedelta(days=n * 2500 + 2400),
            "#e0e7ff",
        )
        for n in range(4)
    ]
    lanes = [
        ComponentInfo(f"c{n}", name, colour)
        for n, (name, colour) in enumerate(zip(LANES, COLOURS, strict=True))
    ]
    return events, eras, lanes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    args = parser.parse_args()
    create_application()
    events, eras, lanes = history(args.events)
    scene = TimelineScene()
    view = TimelineView(scene)
    view.resize(1600, 900)
    view.show()
    began = time.perf_counter()
    scene.set_history(events, eras, lanes, today=dt.date(2026, 1, 1))
    built = (time.perf_counter() - began) * 1000
    print(f"{args.events} events in {len(lanes)} lanes, 1600×900 view")
    bare = TimelineScene()  # the floor: the same lanes, eras and axis without an event
    empty = TimelineView(bare)
    empty.resize(1600, 900)
    empty.show()
    bare.set_history([], eras, lanes, today=dt.date(2026, 1, 1))
    empty.fit_all()
    floor = timed(lambda: empty.viewport().grab(), 9)
    print(f"floor: a frame without events (lanes, eras, axis) {floor:8.1f} ms")
    print(f"build the scene (lanes, spans, label rows)      {built:8.1f} ms")

    def frame() -> None:
        """Paint the whole view the way the screen gets it (its paint event): every layer, the foreground."""
        view.viewport().grab()

    middle = dt.date(2011, 6, 1)
    for name, zoom in (
        ("fit all (30 years on screen)", None),
        ("years (≈4 on screen)", 1.0),
        ("days (≈2 weeks on screen)", 100.0),
    ):
        if zoom is None:
            view.fit_all()
        else:
            view.set_zoom(zoom)
            view.centre_on(middle)
        on_screen = sum(len(scene.visible(lane, *_visible_x(view))) for lane in scene.lanes)
        paint = timed(frame, repeat=9)
        bar = view.horizontalScrollBar()
        pan = timed(lambda: (bar.setValue(bar.value() + 120), frame()), repeat=9)  # noqa: B023
        factors = iter([1.25, 0.8] * 9)
        step = timed(lambda: (view.zoom_by(next(factors)), frame()), repeat=18)  # noqa: B023
        print(f"{name:32} {on_screen:6} in view · frame {paint:6.1f} ms", end="")
        print(f" · pan step {pan:6.1f} ms · zoom step {step:6.1f} ms")
    for shown in (view, empty):  # gone, not only hidden, for whoever runs this next in the process
        shown.close()
        shown.deleteLater()


def _visible_x(view: TimelineView) -> tuple[float, float]:
    area = view.mapToScene(view.viewport().rect()).boundingRect()
    return area.left(), area.right()


if __name__ == "__main__":
    main()
