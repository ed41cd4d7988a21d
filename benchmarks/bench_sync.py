"""Export and import at scale: one pairing of N records sent to an empty copy, then again.

Run: python benchmarks/bench_sync.py [--records 20000]
Goal: a first exchange of 20,000 records (export, then import into an empty copy) in well under a
minute on the reference 2-core machine, and a later exchange of a few changes in about a second.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
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
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=20_000)
    args = parser.parse_args()
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
        merge_s, summary = seconds(lambda: imports.import_bundle(bundle, accept_new_pairing=True))
        size = first.stat().st_size / 1e6
        print(f"records in the first export: {sum(manifest.counts.values())}, {size:.1f} MB")
        print(f"first export: {export_s:.2f} s")
        print(f"first import: open and check {read_s:.2f} s, merge {merge_s:.2f} s ({summary.line()})")
        again_s, summary = seconds(lambda: imports.import_bundle(imports.read(first, partner)))
        print(f"the same export again: {again_s:.2f} s ({summary.line()})")
        with mentor.db.write() as session:
            for card in session.query(Card).limit(100):
                card.title = card.title + " (edited)"
        later = root / "later.mdbundle"
        export_s, _result = seconds(lambda: exports.export(pairing.id, later, me, partner=partner.public()))
        import_s, summary = seconds(lambda: imports.import_bundle(imports.read(later, partner)))
        print(f"100 changed cards: export {export_s:.2f} s, import {import_s:.2f} s ({summary.line()})")
        mentor.close()
        mentee.close()


if __name__ == "__main__":
    main()
