"""Text a partner may send: how long the user waits for a search, a Markdown preview and opening a card
holding it, beside a floor measured in the same run.

Run: python benchmarks/bench_hostile_text.py   (headless)
Target: each under 100 ms over its floor; none of them grows faster than the text.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from measure import timed
from PySide6.QtWidgets import QApplication

from mentordesk.app import create_application
from mentordesk.domain import Cadence, CardDraft, NewPairing, RecordKind, Role
from mentordesk.render import markdown_to_html
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow


def main() -> None:
    create_application()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.sqlite"
        services = Services.open(path)
        pairing = services.pairings.create(
            NewPairing("M", Role.MENTOR, "E", dt.date(2026, 10, 1), Cadence.WEEKLY)
        )
        note = ("alpha beta gamma billing delta " * 14_000)[:400_000]
        services.sessions.add_session(pairing.id, dt.datetime(2026, 10, 2, 9, tzinfo=dt.UTC), notes=note)
        column = services.plans.columns(pairing.id)[0].id
        card = services.board.create_card(column, CardDraft("One line", description="x" * 1_000_000))
        raw = sqlite3.connect(path)
        floor = timed(
            lambda: raw.execute(
                'SELECT rowid FROM search_index WHERE search_index MATCH \'"alpha" "beta*"\''
            ).fetchall()
        )
        print(f"{'raw FTS query, 400 KB note (floor, ms)':48s} {floor:8.2f}")
        for query in ("billing", "alpha beta", "bil"):
            ms = timed(lambda q=query: services.search.search(q))
            print(f"{'search ' + repr(query) + ', 400 KB note (ms)':48s} {ms:8.2f}")
        for name, source in (
            ("plain text, 500 KB", "word " * 100_000),
            ("emphasis, 160 KB of '*a* '", "*a* " * 40_000),
            ("emphasis, 4 KB of '*a* '", "*a* " * 1_000),
        ):
            print(f"{'preview: ' + name + ' (ms)':48s} {timed(lambda s=source: markdown_to_html(s), 3):8.2f}")
        window = MainWindow(services, ChangeHub())
        window.resize(1360, 840)
        window.show()
        QApplication.processEvents()
        page = window.show_page("Plan")
        start = time.perf_counter()
        page.open_record(RecordKind.CARD, card)
        QApplication.processEvents()
        opened = (time.perf_counter() - start) * 1000
        print(f"{'open a card of 1,000,000 chars, one line (ms)':48s} {opened:8.2f}")
        window.close()
        raw.close()
        services.close()


if __name__ == "__main__":
    main()
