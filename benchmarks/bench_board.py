"""The plan board at 2,000 cards: time to load the page, to apply filters, to move a card and to paint.

Run: python benchmarks/bench_board.py [--cards 2000]   (headless: QT_QPA_PLATFORM=offscreen is set)
Targets: load < 500 ms, a filter < 100 ms, a move (write + refresh) < 150 ms, a full repaint < 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from generate import TextMaker
from measure import timed

from mentordesk.app import create_application
from mentordesk.domain import Cadence, CardKind, NewPairing, Role, Visibility
from mentordesk.services import Services
from mentordesk.storage.models import Card, ChecklistItem, Competency
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.plan import PlanPage


def fill(services: Services, cards: int) -> str:
    rng = random.Random(3)
    text = TextMaker(rng, vocabulary=5000)
    pairing = services.pairings.create(
        NewPairing("Mentor", Role.MENTOR, "Mentee", dt.date(2026, 10, 1), Cadence.WEEKLY)
    )
    columns = services.plans.columns(pairing.id)
    with services.db.write() as session:
        skills = [Competency(pairing_id=pairing.id, name=f"Skill {n}") for n in range(8)]
        session.add_all(skills)
        for number in range(cards):
            card = Card(
                pairing_id=pairing.id, column_id=columns[number % len(columns)].id, title=text.sentence(7),
                description=text.sentence(40), position=float(number), kind=rng.choice(list(CardKind)),
                owner=rng.choice(list(Role)), visibility=rng.choice(list(Visibility)),
                due_date=dt.date(2026, 10, 1) + dt.timedelta(days=rng.randrange(90)),
                competencies=rng.sample(skills, 2),
            )  # fmt: skip
            card.checklist = [
                ChecklistItem(
                    pairing_id=pairing.id, text=text.sentence(4), done=rng.random() < 0.5, position=float(i)
                )
                for i in range(3)
            ]
            session.add(card)
    return pairing.id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=2000)
    args = parser.parse_args()
    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(Path(folder) / "board.sqlite")
        pairing_id = fill(services, args.cards)
        pairing = services.pairings.get(pairing_id)
        page = PlanPage(services, ChangeHub())
        page.resize(1600, 1000)
        page.show()
        app.processEvents()

        def load() -> None:
            page.set_pairing(pairing)
            page.grab()

        def filter_text() -> None:
            page.filter.setText("ledger")
            page.grab()
            page.filter.setText("")

        def filter_owner() -> None:
            page.filters.owner.setCurrentIndex(1)
            page.grab()
            page.filters.owner.setCurrentIndex(0)

        page.set_pairing(pairing)
        first_card = page.card_views()[1].model.rows()[0].id
        target = page.card_views()[2].column.id

        def move() -> None:
            page.move_card(first_card, target, 0)
            page.undo_stack.undo()

        def scroll_and_paint() -> None:
            for view in page.card_views():
                bar = view.view.verticalScrollBar()
                bar.setValue(bar.maximum() if bar.value() == 0 else 0)
            page.grab()

        figures = {
            "load the page (ms)": timed(load),
            "filter by text (set + clear, ms)": timed(filter_text),
            "filter by owner (set + clear, ms)": timed(filter_owner),
            "move a card and undo (ms)": timed(move),
            "scroll every column and repaint (ms)": timed(scroll_and_paint),
        }
        services.close()
    print(f"cards on the board: {args.cards:,}")
    for name, value in figures.items():
        print(f"{name:40s} {value:8.1f}")


if __name__ == "__main__":
    main()
