"""Export and import at scale: one pairing of N records sent to an empty copy, then again.

Run: python benchmarks/bench_sync.py [--records 20000] [--json OUT]
Seconds; a table is printed and, with --json, saved. Beside the import's merge, its floor is taken in
the same run: plain SQLite copying the same rows, and their search entries, into an empty database of
the same schema in one transaction. Both partners' databases are open in this one process; each step
starts after a garbage collection, so a step does not pay for what the steps before left behind.
"""

from __future__ import annotations

import argparse
import gc
import json
import sqlite3
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import generate

from mentordesk.services import Services
from mentordesk.storage.models import Card
from mentordesk.sync.devices import DeviceService
from mentordesk.sync.exporting import ExportService
from mentordesk.sync.identity import DeviceIdentity
from mentordesk.sync.importing import ImportService


def seconds(action):  # type: ignore[no-untyped-def]
    gc.collect()  # what the steps before left behind is not collected on this step's time
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def floor(source: Path, empty: Path) -> float:
    """Seconds plain SQLite takes to copy every row of `source`, search entries included, into `empty`
    (a database of the same schema with nothing in it) in one transaction."""
    conn = sqlite3.connect(empty, isolation_level=None)
    try:
        conn.execute("ATTACH ? AS source", (str(source),))
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM source.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'search_index%' AND name NOT IN ('alembic_version', 'change_clock')"
            )
        ]
        start = time.perf_counter()
        conn.execute("BEGIN")
        for name in tables:
            conn.execute(f"DELETE FROM main.{name}")
            conn.execute(f"INSERT INTO main.{name} SELECT * FROM source.{name}")
        conn.execute(
            "INSERT INTO main.search_index(rowid, title, body) "
            "SELECT rowid, title, body FROM source.search_index"
        )
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--json", type=Path, help="also save the figures here")
    args = parser.parse_args()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        mentor = generate(root / "mentor.sqlite", args.records)
        mentee = Services.open(root / "mentee.sqlite")
        me = DeviceIdentity.generate("Mentor", mentor.db.install_id)
        partner = DeviceIdentity.generate("Mentee", mentee.db.install_id)
        DeviceService(mentee.db).import_card(None, me.public().card())
        pairing = mentor.pairings.list_pairings()[0]
        exports, imports = ExportService(mentor.db), ImportService(mentee.db)
        first = root / "first.mdbundle"
        export_s, (manifest, _preview) = seconds(
            lambda: exports.export(pairing.id, first, me, partner=partner.public(), sender_role="mentor")
        )
        read_s, bundle = seconds(lambda: imports.read(first, partner))
        merging = partial(imports.import_bundle, bundle, accept_new_pairing=True)
        merge_s, summary = seconds(merging)
        del bundle, merging  # the window lets an imported file go; this process is both partners' at once
        travelled = sum(manifest.counts.values())
        print(f"records in the first export: {travelled}, {first.stat().st_size / 1e6:.1f} MB")
        print(summary.line())
        figures["first export"] = export_s
        figures["first import: open and check"] = read_s
        figures["first import: merge"] = merge_s
        empty = Services.open(root / "floor.sqlite")
        empty.close()
        figures["floor: plain SQLite writing the same rows and search entries"] = floor(
            root / "mentee.sqlite", root / "floor.sqlite"
        )
        figures["the same export again"], summary = seconds(
            lambda: imports.import_bundle(imports.read(first, partner))
        )
        with mentor.db.write() as session:
            for card in session.query(Card).limit(100):
                card.title = card.title + " (edited)"
        later = root / "later.mdbundle"
        figures["100 edited cards: export"], _result = seconds(
            lambda: exports.export(pairing.id, later, me, partner=partner.public())
        )
        figures["100 edited cards: import"], summary = seconds(
            lambda: imports.import_bundle(imports.read(later, partner))
        )
        print(summary.line())
        mentor.close()
        mentee.close()
    print(f"{args.records:,} generated records, {travelled:,} travel (s)")
    for name, value in figures.items():
        print(f"{name:64s} {value:8.2f}")
    if args.json is not None:
        saved = {"records": args.records, "travelled": travelled, **figures}
        args.json.write_text(json.dumps(saved, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
