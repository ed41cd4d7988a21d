"""The programme hub at scale: N pairs with W weekly snapshots each (default 5,000 × 52), on SQLite or on a
throwaway PostgreSQL server.

Run: python benchmarks/bench_programme.py [--pairs 5000] [--weeks 52] [--postgres] [--json OUT]
Measures, beside the raw query as a floor: the status of every pair (newest snapshot and lights), one
publish from the demo pairing (figures, signature, file), and the import of a folder of one new snapshot
per pair. Goals: status ≤ 200 ms on PostgreSQL, publish ≤ 100 ms, import of 5,000 files ≤ 10 s.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))

from measure import timed
from sqlalchemy import func, select, text

from mentordesk.programme import hub, schema
from mentordesk.programme.dashboard import lights
from mentordesk.programme.people import programme_data
from mentordesk.programme.receiving import week_of
from mentordesk.programme.report import report_markdown
from mentordesk.programme.snapshot import seal
from mentordesk.services import Services
from mentordesk.services.demo import load_demo
from mentordesk.services.publishing import PublishService
from mentordesk.sync.identity import DeviceIdentity

NOW = dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)
FIGURES = {
    "day": 60, "cadence_days": 7, "sessions_held": 8, "sessions_per_month": 4.0, "longest_gap_days": 9,
    "hours_per_week": 1.2, "actions_total": 20, "actions_done": 14, "actions_overdue": 2, "decisions": 6,
    "decisions_reviewed": 4, "decisions_awaiting_review": 1, "review_days_median": 2.0,
    "first_accepted_decision_day": 12, "milestones": 3, "milestones_reached_days": [20, 41],
    "milestones_late": 0, "calibration_day": 30, "competencies": 5, "competencies_with_progress": 3,
    "feedback_recent": 4.25, "feedback_before": 3.5,
}  # fmt: skip


@contextmanager
def hub_at(postgres: bool) -> Iterator[str]:
    if postgres:
        from postgres_server import new_database, running

        with running() as host:
            yield new_database(host, "bench")
    else:
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{folder}/hub.sqlite"


def fill(url: str, pairs: int, weeks: int) -> list[tuple[str, DeviceIdentity]]:
    """`pairs` enrolled pairs, each with `weeks` weekly snapshots, written in bulk (what is measured is
    reading them, not this)."""
    hub.init(url)
    opened = hub.Hub(url)
    devices = [
        (f"{n:08x}-0000-4000-8000-000000000000", DeviceIdentity.generate(f"Device {n}")) for n in range(pairs)
    ]
    with opened.engine.begin() as connection:
        cohorts = [opened.cohort_id(connection, f"Cohort {c}") for c in range(10)]
        connection.execute(schema.pair.insert(), [
            {"id": pid, "name": f"Pair {n}", "cohort_id": cohorts[n % 10], "enrolled_at": NOW}
            for n, (pid, _d) in enumerate(devices)
        ])  # fmt: skip
        keys = {pid: base64.b64encode(d.public().signing_key).decode() for pid, d in devices}
        connection.execute(schema.device.insert(), [
            {"signing_key": keys[pid], "pair_id": pid, "fingerprint": d.public().fingerprint}
            for pid, d in devices
        ])  # fmt: skip
        for week in range(weeks):
            published = NOW - dt.timedelta(days=7 * (weeks - week))
            figures = dict(FIGURES, day=7 * week + 1, sessions_held=week)
            connection.execute(schema.snapshot.insert(), [
                {"pair_id": pid, "signing_key": keys[pid], "sequence": week + 1, "published_at": published,
                 "received_at": published, "day": figures["day"], "week": week_of(published),
                 "sessions_per_month": figures["sessions_per_month"], "figures": figures}
                for pid, _d in devices
            ])  # fmt: skip
        newest = select(schema.snapshot.c.pair_id, func.max(schema.snapshot.c.id)).group_by(
            schema.snapshot.c.pair_id
        )
        connection.execute(schema.latest.insert().from_select(["pair_id", "snapshot_id"], newest))
    opened.close()
    return devices


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--postgres", action="store_true", help="on a throwaway PostgreSQL server")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    results: dict[str, float] = {}
    with hub_at(args.postgres) as url, tempfile.TemporaryDirectory() as scratch:
        began = time.perf_counter()
        devices = fill(url, args.pairs, args.weeks)
        print(f"{args.pairs} pairs × {args.weeks} snapshots on {url.split(':')[0]} "
              f"(filled in {time.perf_counter() - began:.1f} s)")  # fmt: skip
        opened = hub.Hub(url)

        def status() -> None:
            for row in opened.latest():
                lights(row["figures"], row["published_at"], NOW)

        with opened.engine.connect() as connection:
            floor = (
                "SELECT pair.id, snapshot.figures FROM pair JOIN latest ON latest.pair_id = pair.id "
                "JOIN snapshot ON snapshot.id = latest.snapshot_id"
            )
            results["floor: each pair's newest figures, raw query (ms)"] = timed(
                lambda: connection.execute(text(floor)).fetchall(), repeat=5
            )
        results["status of every pair, newest figures and lights (ms)"] = timed(status, repeat=5)
        results["dashboard: read the hub and word every table (ms)"] = timed(
            lambda: report_markdown(programme_data(opened, NOW), NOW), repeat=3
        )
        folder = Path(scratch) / "programme"
        folder.mkdir()
        for pid, device in devices:
            (folder / f"snapshot-{pid[:8]}-{args.weeks + 1:05d}.mdsnapshot").write_bytes(
                seal(device, pid, args.weeks + 1, NOW, dict(FIGURES, day=7 * args.weeks + 1))
            )
        began = time.perf_counter()
        report = opened.import_folder(folder, NOW)
        results[f"import a folder of {args.pairs} new snapshots (s)"] = time.perf_counter() - began
        assert len(report.received) == args.pairs, report.refused[:3]
        opened.close()
        demo = Services.open(Path(scratch) / "demo.sqlite")
        load_demo(demo)
        pairing = demo.pairings.list_pairings()[0]
        publishing = PublishService(demo.db)
        me = DeviceIdentity.generate("Priya Raman")
        results["publish one pairing's snapshot to a folder (ms)"] = timed(
            lambda: publishing.publish(pairing, me, folder, NOW, dt.UTC), repeat=7
        )
        demo.close()
    for name, value in results.items():
        print(f"{name:58} {value:10.1f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
