"""The timeline's arithmetic, without a window: date ↔ x, tick choice per zoom, label stacking."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from mentordesk.domain import DatePrecision
from mentordesk.ui.timeline.geometry import (
    MAX_PX_PER_DAY,
    MIN_PX_PER_DAY,
    Scale,
    clamp_zoom,
    stack_labels,
    tick_unit,
    ticks,
)

D = dt.date


def test_dates_map_to_x_and_back() -> None:
    scale = Scale(D(2014, 1, 1), 2.0)
    assert scale.x(D(2014, 1, 1)) == 0
    assert scale.x(D(2014, 1, 11)) == 20
    assert scale.date_at(20.0) == D(2014, 1, 11) and scale.date_at(21.9) == D(2014, 1, 11)
    assert scale.date_at(-2.0) == D(2013, 12, 31)


def test_fuzzy_dates_are_spans_of_their_period() -> None:
    scale = Scale(D(2019, 1, 1), 1.0)
    assert scale.span(D(2019, 3, 14), DatePrecision.DAY) == (72.0, 73.0)
    assert scale.span(D(2019, 3, 1), DatePrecision.MONTH) == (59.0, 90.0)
    assert scale.span(D(2019, 7, 1), DatePrecision.QUARTER) == (181.0, 273.0)
    assert scale.span(D(2019, 1, 1), DatePrecision.YEAR) == (0.0, 365.0)


@pytest.mark.parametrize(
    ("px_per_day", "unit"),
    [
        (200.0, "day"),
        (20.0, "week"),
        (3.0, "month"),
        (1.0, "quarter"),
        (0.3, "year"),
        (0.05, "5 years"),
        (0.02, "decade"),
        (0.005, "25 years"),
    ],
)
def test_tick_unit_follows_the_zoom(px_per_day: float, unit: str) -> None:
    assert tick_unit(px_per_day).name == unit


def test_ticks_fall_on_unit_boundaries_with_adaptive_labels() -> None:
    months = ticks(D(2019, 11, 15), D(2020, 2, 2), tick_unit(3.0))
    assert months == [
        (D(2019, 11, 1), "Nov"),
        (D(2019, 12, 1), "Dec"),
        (D(2020, 1, 1), "Jan 2020"),
        (D(2020, 2, 1), "Feb"),
    ]
    quarters = ticks(D(2019, 5, 1), D(2019, 12, 31), tick_unit(1.0))
    assert [label for _day, label in quarters] == ["Q2 2019", "Q3 2019", "Q4 2019"]
    weeks = ticks(D(2024, 1, 3), D(2024, 1, 16), tick_unit(20.0))
    assert [day.weekday() for day, _label in weeks] == [0, 0, 0]  # Mondays
    decades = ticks(D(1987, 6, 1), D(2011, 1, 1), tick_unit(0.02))
    assert [label for _day, label in decades] == ["1980", "1990", "2000", "2010"]


def test_each_zoom_step_keeps_ticks_apart() -> None:
    px = MIN_PX_PER_DAY
    while px <= MAX_PX_PER_DAY:
        unit = tick_unit(px)
        shown = ticks(D(2000, 1, 1), D(2000, 1, 1) + dt.timedelta(days=int(2000 / px)), unit)
        gaps = [(b - a).days * px for (a, _), (b, _) in itertools.pairwise(shown)]
        assert not gaps or min(gaps) >= 50 or unit.name == "25 years"
        px *= 1.25


def test_zoom_is_clamped() -> None:
    assert clamp_zoom(0.0) == MIN_PX_PER_DAY and clamp_zoom(10_000) == MAX_PX_PER_DAY


def test_labels_stack_in_rows_and_hide_when_crowded() -> None:
    rows, widths = stack_labels([0, 10, 20, 30, 200], [100, 100, 100, 100, 50], rows=3, gap=8)
    assert rows == [0, 1, 2, None, 0] and widths == [100, 100, 100, 100, 50]
    assert stack_labels([0, 108], [100, 100], rows=1, gap=8)[0] == [0, 0]  # exactly the gap apart
    assert stack_labels([0, 107], [100, 100], rows=1, gap=8)[0] == [0, None]


def test_a_label_is_cut_only_where_the_next_needs_the_room() -> None:
    # a long label keeps its whole width while nothing follows it in its row
    assert stack_labels([0], [400], rows=3, least=90) == ([0], [400])
    # three rows full: the fourth label takes the row whose last label keeps the most of itself
    rows, widths = stack_labels([0, 10, 20, 150], [300, 300, 200, 200], rows=3, gap=8, least=90)
    assert rows == [0, 1, 2, 0] and widths == [142, 300, 200, 200]
    # no label may be cut below `least` (or its own width): then the new one is hidden
    rows, widths = stack_labels([0, 10, 20, 60], [300, 300, 300, 80], rows=3, gap=8, least=90)
    assert rows == [0, 1, 2, None] and widths == [300, 300, 300, 80]
