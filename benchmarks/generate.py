"""A generator of large, plausible MentorDesk databases for benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from mentordesk.domain import Cadence, CardKind, EventKind, NewPairing, Role, Visibility
from mentordesk.services import Services
from mentordesk.storage.models import ArcheologyEvent, Card, Decision, MentoringSession, ReviewComment

WORDS = (
    "ledger checkout billing retry idempotency latency incident migration schema cache queue replica "
    "deploy rollback canary flag review design on-call runbook timeout pool vendor refund invoice tax "
    "currency rounding audit trace dashboard alert capacity partition index lock batch cleanup"
).split()


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def generate(path: Path, records: int, seed: int = 7) -> Services:
    """A database with one pairing holding about `records` records spread over every area."""
    rng = random.Random(seed)
    services = Services.open(path)
    pairing = services.pairings.create(
        NewPairing("Bench Mentor", Role.MENTOR, "Bench Mentee", dt.date(2026, 1, 1), Cadence.WEEKLY)
    )
    columns = [c.id for c in services.plans.columns(pairing.id)]
    quarter = records // 4
    batch = 2000
    made = 0
    while made < quarter:
        with services.db.write() as session:
            for i in range(made, min(made + batch, quarter)):
                session.add(
                    Card(pairing_id=pairing.id, column_id=columns[i % len(columns)], title=sentence(rng, 5),
                         description=sentence(rng, 30), position=float(i), kind=rng.choice(list(CardKind)),
                         visibility=rng.choice(list(Visibility)))
                )  # fmt: skip
                session.add(
                    ArcheologyEvent(pairing_id=pairing.id, title=sentence(rng, 6), why=sentence(rng, 40),
                                    occurred_on=dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(6000)),
                                    kind=rng.choice(list(EventKind)))
                )  # fmt: skip
                started = dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=i)
                session.add(
                    MentoringSession(pairing_id=pairing.id, starts_at=started, title=sentence(rng, 4),
                                     notes=sentence(rng, 120))
                )  # fmt: skip
                decision = Decision(
                    pairing_id=pairing.id, number=i + 1, title=sentence(rng, 7), decided_on=started.date(),
                    context=sentence(rng, 60), rationale=sentence(rng, 30),
                )  # fmt: skip
                session.add(decision)
                session.flush()
                session.add(
                    ReviewComment(pairing_id=pairing.id, decision_id=decision.id, body=sentence(rng, 20))
                )
        made = min(made + batch, quarter)
    return services
