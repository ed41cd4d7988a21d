"""What a programme lead reads first: a traffic light per concern for each pair, from its newest figures."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

STALE_DAYS = (14, 30)  # a publish older than these is amber, then red


class Light(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NONE = "none"  # nothing published yet


CONCERNS = ("cadence", "calibration", "milestones", "publish")


def lights(
    figures: dict[str, Any] | None, published_at: dt.datetime | None, now: dt.datetime
) -> dict[str, Light]:
    """cadence: the longest gap against the planned one; calibration: held by day 35; milestones: none
    late; publish: how old the newest snapshot is."""
    if figures is None or published_at is None:
        return {concern: Light.NONE for concern in CONCERNS}
    gap, planned = figures["longest_gap_days"], figures["cadence_days"]
    cadence = Light.GREEN if gap <= planned * 1.5 else Light.AMBER if gap <= planned * 2.5 else Light.RED
    day, held = figures["day"], figures["calibration_day"]
    calibration = Light.GREEN if held is not None or day < 25 else Light.AMBER if day <= 35 else Light.RED
    late = figures["milestones_late"]
    milestones = Light.GREEN if late == 0 else Light.AMBER if late == 1 else Light.RED
    age = (now - published_at).days
    publish = Light.GREEN if age <= STALE_DAYS[0] else Light.AMBER if age <= STALE_DAYS[1] else Light.RED
    return {"cadence": cadence, "calibration": calibration, "milestones": milestones, "publish": publish}
