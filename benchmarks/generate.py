"""A generator of large, plausible MentorDesk databases for benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from mentordesk.domain import Cadence, CardKind, EventKind, NewPairing, Role, Visibility
from mentordesk.services import Services
from mentordesk.storage.models import ArcheologyEvent, Card, Decision, MentoringSession, ReviewComment

DOMAIN_WORDS = (
    "ledger checkout billing retry idempotency latency incident migration schema cache queue replica "
    "deploy rollback canary flag review design on-call runbook timeout pool vendor refund invoice tax "
    "currency rounding audit trace dashboard alert capacity partition index lock batch cleanup"
).split()
SYLLABLES = "ka lo mi ne ru sa ti vo ze pa qu ri do fe gu ha ji ko".split()


class TextMaker:
    """Text with a realistic word distribution: a few very common words, a long tail of rare ones."""

    def __init__(self, rng: random.Random, vocabulary: int = 20_000) -> None:
        self.rng = rng
        rare = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(vocabulary)}
        self.words = DOMAIN_WORDS + sorted(rare)
        self.weights = [1.0 / (rank + 1) for rank in range(len(self.words))]

    def sentence(self, words: int) -> str:
        return " ".join(self.rng.choices(self.words, self.weights, k=words)).capitalize()


def generate(path: Path, records: int, pairings: int = 1, seed: int = 7) -> Services:
    """A database holding about `records` records spread evenly over `pairings` pairings and every area."""
    rng = random.Random(seed)
    text = TextMaker(rng)
    services = Services.open(path)
    per_pairing = records // pairings // 4
    for number in range(pairings):
        pairing = services.pairings.create(
            NewPairing(
                "Bench Mentor", Role.MENTOR, f"Mentee {number + 1}", dt.date(2026, 1, 1), Cadence.WEEKLY
            )
        )
        columns = [c.id for c in services.plans.columns(pairing.id)]
        for start in range(0, per_pairing, 2000):
            with services.db.write() as session:
                for i in range(start, min(start + 2000, per_pairing)):
                    _add_four(session, rng, text, pairing.id, columns, i)
    return services


def _add_four(session, rng, text, pairing_id, columns, i):  # type: ignore[no-untyped-def]
    """One card, one archeology event, one session and one decision with a comment."""
    session.add(
        Card(pairing_id=pairing_id, column_id=columns[i % len(columns)], title=text.sentence(5),
             description=text.sentence(30), position=float(i), kind=rng.choice(list(CardKind)),
             visibility=rng.choice(list(Visibility)))
    )  # fmt: skip
    session.add(
        ArcheologyEvent(pairing_id=pairing_id, title=text.sentence(6), why=text.sentence(40),
                        occurred_on=dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(6000)),
                        kind=rng.choice(list(EventKind)))
    )  # fmt: skip
    started = dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=i)
    session.add(
        MentoringSession(
            pairing_id=pairing_id, starts_at=started, title=text.sentence(4), notes=text.sentence(120)
        )
    )
    decision = Decision(
        pairing_id=pairing_id, number=i + 1, title=text.sentence(7), decided_on=started.date(),
        context=text.sentence(60), rationale=text.sentence(30),
    )  # fmt: skip
    session.add(decision)
    session.flush()
    session.add(ReviewComment(pairing_id=pairing_id, decision_id=decision.id, body=text.sentence(20)))
