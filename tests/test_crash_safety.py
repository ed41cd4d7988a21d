"""Killed at any moment, the file survives: a writer saving through the services is killed with SIGKILL
at random moments, round after round; the file is reopened each time (its integrity checked) and holds
every write the writer reported as committed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from mentordesk.services import Services
from mentordesk.storage import open_database

ROUNDS = 20
WRITER = """
import sys, datetime as dt
from pathlib import Path
from mentordesk.domain import Cadence, CardDraft, NewPairing, Role
from mentordesk.services import Services

services = Services.open(Path(sys.argv[1]))
pairings = services.pairings.list_pairings()
pairing = pairings[0] if pairings else services.pairings.create(
    NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
)
column = services.plans.columns(pairing.id)[0].id
round_ = sys.argv[2]
print("ready", flush=True)
for n in range(100_000):
    title = f"round {round_} card {n}"
    services.board.create_card(column, CardDraft(title, description="x" * (n % 5000)))
    print(title, flush=True)  # only after the write committed
"""


def test_killed_writers_never_lose_a_committed_write_or_damage_the_file(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    open_database(path).close()
    chance = random.Random(20261201)
    committed: set[str] = set()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for round_ in range(ROUNDS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(round_)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(chance.uniform(0.005, 0.25))
        writer.send_signal(signal.SIGKILL)
        committed.update(line.strip() for line in writer.stdout if line.strip())
        writer.wait()
        services = Services.open(path)  # the start-up check runs PRAGMA quick_check
        try:
            [pairing] = services.pairings.list_pairings()
            titles = {c.title for c in services.plans.cards(pairing.id)}
        finally:
            services.close()
        missing = committed - titles
        assert not missing, f"round {round_}: committed but gone: {sorted(missing)[:5]}"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert len(committed) > ROUNDS  # the writers did get work done between the kills
