"""Export and import through the command line, whole processes timed as the user waits for them.

Run: python benchmarks/bench_sync_cli.py [--records 10000] [--runs 3] [--json OUT]
A pairing of N generated records is exported by `mentordesk export --all` and imported by
`mentordesk import --accept-new-pairing` into a fresh copy of the partner's database, each command a
process of its own, from its start to its exit: starting Python, loading MentorDesk, opening the file,
unlocking the device keys (sealed with a passphrase, as where there is no system keyring), the work.
Beside them, in the same run, the floor: a Python process that only starts. Seconds; each run's
figures are printed, their medians saved with --json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import generate

ENVIRONMENT = {
    "MENTORDESK_PASSPHRASE": "a passphrase for the benchmark",
    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # keys sealed with the passphrase
}


def mentordesk(database: Path, *arguments: str) -> float:
    """Seconds the command takes, as a process of its own; it must succeed."""
    command = [sys.executable, "-m", "mentordesk", "--db", str(database), *arguments]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, **ENVIRONMENT})
    return time.perf_counter() - start


def bare_python() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also save the medians here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        mentor, partner = root / "mentor.sqlite", root / "partner.sqlite"
        generate(mentor, args.records).close()
        mentordesk(mentor, "identity", "init")
        mentordesk(partner, "identity", "init", "--name", "Mentee")
        mentordesk(mentor, "identity", "card", "--out", str(root / "mentor.card"))
        mentordesk(partner, "identity", "card", "--out", str(root / "partner.card"))
        mentordesk(mentor, "identity", "import-card", str(root / "partner.card"))
        mentordesk(partner, "identity", "import-card", str(root / "mentor.card"))
        export = root / "first.mdbundle"
        mentordesk(mentor, "export", "--all", "--out", str(export))  # warm-up: the file system's caches
        runs: dict[str, list[float]] = {"floor: Python starting": [], "export": [], "receive and merge": []}
        for _ in range(args.runs):
            receiving = root / "receiving.sqlite"
            shutil.copyfile(partner, receiving)
            shutil.rmtree(root / "receiving-backups", ignore_errors=True)
            runs["floor: Python starting"].append(bare_python())
            runs["export"].append(mentordesk(mentor, "export", "--all", "--out", str(export)))
            runs["receive and merge"].append(
                mentordesk(receiving, "import", "--accept-new-pairing", str(export))
            )
        size = export.stat().st_size
    print(f"{args.records:,} generated records, a {size / 1e6:.1f} MB export; whole processes (s)")
    for name, values in runs.items():
        print(f"{name:28s} " + "  ".join(f"{v:6.2f}" for v in values))
    if args.json is not None:
        medians = {name: statistics.median(values) for name, values in runs.items()}
        saved = {"records": args.records, "runs": runs, "medians": medians}
        args.json.write_text(json.dumps(saved, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
