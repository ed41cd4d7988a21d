"""Timeline labels laid out a stretch at a time: they never overlap, their rows do not depend on which part
of history was looked at first, and a zoom step works on what is in view only; density strips count
what a walk over every event would."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.domain import DatePrecision, EventInfo, EventKind, Visibility
from mentordesk.ui.timeline.geometry import cut_before, first_in_rows
from mentordesk.ui.timeline.scene import CHUNK_PX, Lane, Placed, TimelineScene

START = dt.date(2000, 1, 1)
WORDS = ("Cache", "moved", "to", "Redis", "after", "the", "outage", "billing")


def history(count: int, days: int, seed: int = 3) -> list[EventInfo]:
    rng = random.Random(seed)
    return [
        EventInfo(
            f"e{n}",
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 9))),
            EventKind.RELEASE,
            START + dt.timedelta(days=rng.randrange(days)),
            rng.choice((DatePrecision.DAY, DatePrecision.DAY, DatePrecision.MONTH)),
            Visibility.SHARED,
        )
        for n in range(count)
    ]  # fmt: skip


def laid_out(scene: TimelineScene, lane: Lane, left: float, right: float) -> list[Placed]:
    shown = scene.visible(lane, left, right)
    scene.label_rows(lane, shown)
    return shown


def test_a_label_reaching_the_next_stretch_is_cut_before_its_first_label_in_that_row() -> None:
    xs, widths = [0.0, 100.0, 300.0], [250.0, 150.0, 60.0]
    rows: list[int | None] = [0, 1, 0]
    shown = list(widths)
    firsts = first_in_rows([200.0, 350.0, 900.0], [1, 0, None], 3)
    assert firsts == [350.0, 200.0, None]
    cut_before(xs, widths, rows, shown, firsts, gap=8, least=90)
    # row 1: the second label keeps 92 px of its 150; row 0: the first ends in time, and the third
    # would keep 42 px, less than its own width and than 90: it is hidden
    assert rows == [0, 1, None] and shown == [250.0, 92.0, 60.0]
    rows, shown = [0, 1, 0], list(widths)
    cut_before(xs, widths, rows, shown, [None, 180.0, None], gap=8, least=90)
    assert rows == [0, None, 0] and shown == widths  # 72 px would be left of the second


def test_labels_never_overlap_in_a_row_across_stretches(qtbot: QtBot) -> None:
    create_application()
    scene = TimelineScene()
    scene.set_history(history(600, 3 * 365), [], [], today=dt.date(2003, 1, 1))
    scene.set_zoom(12.0)  # a few events per stretch boundary, labels competing for rows
    (lane,) = scene.lanes
    right = scene.bounds().right()
    assert right > 3 * CHUNK_PX
    shown = laid_out(scene, lane, 0, right)
    by_row: dict[int, list[tuple[float, float]]] = {}
    for placed in shown:
        if placed.row is not None:
            left = scene.label_x(placed)
            by_row.setdefault(placed.row, []).append((left, left + placed.shown_width))
    assert sum(len(spans) for spans in by_row.values()) > 200  # many labels found a row
    for spans in by_row.values():
        spans.sort()
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end + 8 <= start + 1e-6


def test_label_rows_do_not_depend_on_where_the_view_started(qtbot: QtBot) -> None:
    create_application()
    events = history(600, 3 * 365)
    rows = []
    for begin in (0.0, 2.5 * CHUNK_PX):  # from the start of history, or from the middle first
        scene = TimelineScene()
        scene.set_history(events, [], [], today=dt.date(2003, 1, 1))
        scene.set_zoom(12.0)
        (lane,) = scene.lanes
        laid_out(scene, lane, begin, begin + 1600)
        shown = laid_out(scene, lane, 2 * CHUNK_PX, 3 * CHUNK_PX)
        rows.append({(p.event.id, p.row, p.shown_width) for p in shown})
    assert rows[0] == rows[1]


def test_a_zoom_step_measures_and_places_only_what_is_in_view(qtbot: QtBot) -> None:
    create_application()
    scene = TimelineScene()
    scene.set_history(history(20_000, 30 * 365), [], [], today=dt.date(2030, 1, 1))
    (lane,) = scene.lanes
    for zoom in (40.0, 50.0):
        scene.set_zoom(zoom)
        middle = scene.scale.x(dt.date(2015, 6, 1))
        laid_out(scene, lane, middle, middle + 1600)
    measured = sum(p.label_width >= 0 for p in lane.placed)
    assert measured < 500  # of 20,000: the stretches around the two views


def test_density_strips_count_each_column_as_a_walk_over_every_event_would(qtbot: QtBot) -> None:
    create_application()
    scene = TimelineScene()
    scene.set_history(history(3000, 10 * 365, seed=5), [], [], today=dt.date(2010, 1, 1))
    (lane,) = scene.lanes
    for zoom in (0.05, 0.7, 3.0):
        scene.set_zoom(zoom)
        left, right = scene.bounds().right() * 0.1, scene.bounds().right() * 0.8
        first, px = scene.scale.first.toordinal(), scene.scale.px_per_day
        columns = range(int(left // 3) - 1, int(right // 3) + 1)  # those in view, and one before
        expected: dict[int, int] = {}
        per_column = 3 / px
        for day in lane.days:  # column c holds the days from first + c * per_column, up to the next
            column = next(c for c in range(-1, 10**6) if first + (c + 1) * per_column > day)
            if column in columns:
                expected[column] = expected.get(column, 0) + 1
        assert dict(scene.density(lane, left, right, 3.0)) == expected
        assert sum(expected.values()) > 100
