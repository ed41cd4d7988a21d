"""The full-text index follows every insert, update, tombstone and delete."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from mentordesk.domain import Cadence, NewPairing, RecordKind, Role
from mentordesk.services import Services
from mentordesk.storage.fts import rebuild_index
from mentordesk.storage.models import Card, ReviewComment
from mentordesk.storage.search import match_expression, snippet


def _pairing(services: Services, partner: str = "Mentee E") -> str:
    return services.pairings.create(
        NewPairing("Mentor M", Role.MENTOR, partner, dt.date(2026, 10, 1), cadence=Cadence.WEEKLY)
    ).id


def _titles(services: Services, query: str) -> list[str]:
    return [hit.title for hit in services.search.search(query)]


def test_insert_update_delete_are_indexed(services: Services) -> None:
    pairing = _pairing(services)
    column = services.plans.columns(pairing)[0].id
    card_id = services.plans.add_card(column, "Learn Kubernetes rollouts", description="canary deploys")
    assert _titles(services, "kubernetes") == ["Learn Kubernetes rollouts"]
    assert _titles(services, "canary") == ["Learn Kubernetes rollouts"]

    with services.db.write() as session:
        card = session.get(Card, card_id)
        assert card is not None
        card.title = "Learn Nomad rollouts"
    assert _titles(services, "kubernetes") == []
    assert _titles(services, "nomad") == ["Learn Nomad rollouts"]

    with services.db.write() as session:
        session.get(Card, card_id).deleted = True  # type: ignore[union-attr]
    assert _titles(services, "nomad") == []

    with services.db.write() as session:
        card = session.get(Card, card_id)
        card.deleted = False  # type: ignore[union-attr]
    assert _titles(services, "nomad") == ["Learn Nomad rollouts"]

    with services.db.write() as session:
        session.delete(session.get(Card, card_id))
    assert _titles(services, "nomad") == []
    with services.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM search_index")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM search_doc")).scalar() == 0


def test_checklist_items_open_their_card(services: Services) -> None:
    pairing = _pairing(services)
    card = services.plans.add_card(
        services.plans.columns(pairing)[0].id, "Sandbox", checklist=[("Seed fixtures", False)]
    )
    [hit] = services.search.search("fixtures")
    assert (hit.kind, hit.open_kind, hit.open_id) == (RecordKind.CHECKLIST_ITEM, RecordKind.CARD, card)


def test_rebuild_matches_incremental_upkeep(demo: Services) -> None:
    def snapshot() -> list[tuple[str, str, str, str]]:
        with demo.db.read() as session:
            rows = session.execute(
                text(
                    "SELECT d.record_id, d.kind, s.title, s.body FROM search_doc d "
                    "JOIN search_index s ON s.rowid = d.rowid ORDER BY d.record_id"
                )
            )
            return [tuple(row) for row in rows]

    before = snapshot()
    with demo.db.write() as session:
        assert rebuild_index(session) == len(before)
    assert snapshot() == before


def test_child_hits_open_their_parent(services: Services) -> None:
    pairing = _pairing(services)
    decision = services.decisions.add_decision(
        pairing, "Use SQLite", dt.date(2026, 10, 5), context="embedded"
    )
    services.reviews.add_comment(decision, "What about concurrent writers?")
    [hit] = services.search.search("concurrent")
    assert (hit.kind, hit.open_kind, hit.open_id) == (RecordKind.COMMENT, RecordKind.DECISION, decision)
    with services.db.write() as session:
        comment = session.query(ReviewComment).one()
        session.delete(comment)
    assert services.search.search("concurrent") == []


def test_prefix_diacritics_and_pairing_filter(services: Services) -> None:
    first = _pairing(services)
    second = _pairing(services, partner="Other O")
    services.plans.add_card(services.plans.columns(first)[0].id, "Résumé review")
    services.plans.add_card(services.plans.columns(second)[0].id, "Resume writing")
    assert sorted(_titles(services, "resum")) == ["Resume writing", "Résumé review"]
    assert [h.title for h in services.search.search("resume", pairing_id=first)] == ["Résumé review"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_any_typed_text_is_a_valid_query(typed: str) -> None:
    expression = match_expression(typed)
    if expression is None:
        assert not any(ch.isalnum() or ch == "_" for ch in typed)
    else:
        assert expression.endswith("*") and '""' not in expression


def test_operators_in_input_do_not_break_search(services: Services) -> None:
    _pairing(services)
    for typed in ('"unbalanced', "a OR", "NEAR(", "col:umn", "-", "*", "AND NOT"):
        assert services.search.search(typed) == []


def test_a_hit_in_a_long_note_gets_its_snippet_from_around_the_match(services: Services) -> None:
    """The snippet is cut from the note's text around the first match, not by FTS5's snippet(), whose
    cost grows with the square of a long note's matches (benchmarks/bench_hostile_text.py)."""
    import datetime as dt

    from mentordesk.domain import Cadence, NewPairing, Role

    pairing = services.pairings.create(
        NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
    )
    when = dt.datetime(2026, 11, 1, 10, tzinfo=dt.UTC)
    notes = "## Notes\n\n" + "alpha beta gamma delta " * 30 + "**billing** went down\n" + "epsilon " * 90_000
    long_id = services.sessions.add_session(pairing.id, when, title="Long", notes=notes)
    [hit] = services.search.search("billing")
    assert hit.record_id == long_id
    assert hit.snippet.startswith("…beta gamma delta billing went down") and hit.snippet.endswith("…")


@pytest.mark.parametrize(
    ("body", "word", "shown"),
    [
        (
            "## Notes\n\nWe traced **billing** to the gateway",
            "billing",
            "Notes We traced billing to the gateway",
        ),
        (
            "See [the card client](https://example.org/x) for `retry_budget`",
            "card",
            "See the card client for retry_budget",
        ),
        ("- first\n- second _point_\n\n> a quote", "second", "first second point a quote"),
        ("| kind | count |\n|---|---|\n| billing | 3 |", "billing", "kind count billing 3"),
        ("![diagram](d.png) of snake_case_names, done!", "diagram", "diagram of snake_case_names, done!"),
    ],
)
def test_a_snippet_reads_as_text_without_the_markdown_around_it(body: str, word: str, shown: str) -> None:
    assert snippet(body, [word]) == shown


def test_a_common_word_ranks_only_the_newest_matches_and_a_rarer_word_finds_older_ones(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.storage import search

    monkeypatch.setattr(search, "RANKED_POOL", 5)
    pairing = _pairing(services)
    other = _pairing(services, partner="Other O")
    column = services.plans.columns(pairing)[0].id
    services.plans.add_card(column, "ledger ledger ledger ledger: the oldest and most relevant")
    for n in range(8):
        services.plans.add_card(column, f"ledger note {n}")
    services.plans.add_card(services.plans.columns(other)[0].id, "ledger in another pairing")
    ranked = _titles(services, "ledger")
    assert len(ranked) == 5 and "ledger ledger ledger ledger: the oldest and most relevant" not in ranked
    assert "ledger in another pairing" in ranked  # the newest matches, whichever pairing
    assert _titles(services, "oldest") == ["ledger ledger ledger ledger: the oldest and most relevant"]
    in_pairing = [h.title for h in services.search.search("ledger", pairing_id=pairing)]
    assert len(in_pairing) == 5 and "ledger in another pairing" not in in_pairing


def test_matches_that_score_alike_come_newest_first(services: Services) -> None:
    column = services.plans.columns(_pairing(services))[0].id
    for word in ("alpha", "bravo", "delta", "gamma"):  # the same length and one "ledger" each
        services.plans.add_card(column, f"ledger {word}")
    assert _titles(services, "ledger") == ["ledger gamma", "ledger delta", "ledger bravo", "ledger alpha"]


START = dt.date(2020, 1, 1)


def _statements_per_flush(services: Services, count: int, tag: str) -> tuple[int, list[str]]:
    """Add `count` events in one transaction, then change half and tombstone a quarter in another; the
    statements both flushes sent to the database, and the events' ids."""
    from sqlalchemy import event, select

    from mentordesk.storage.models import ArcheologyEvent

    pairing = _pairing(services, f"Mentee {tag}")
    sent: list[str] = []

    def count_it(*args: object) -> None:
        sent.append(str(args[2]))

    event.listen(services.db.engine, "before_cursor_execute", count_it)
    try:
        with services.db.write() as session:
            made = [
                ArcheologyEvent(pairing_id=pairing, title=f"{tag} outage {n}", occurred_on=START)
                for n in range(count)
            ]
            session.add_all(made)
            session.flush()
            ids = [e.id for e in made]
        with services.db.write() as session:
            query = select(ArcheologyEvent).where(ArcheologyEvent.id.in_(ids))
            found = {e.id: e for e in session.scalars(query)}
            for n, event_id in enumerate(ids):
                record = found[event_id]
                if n % 2 == 0:
                    record.title = f"{tag} migration {n}"
                if n % 4 == 1:
                    record.deleted = True
    finally:
        event.remove(services.db.engine, "before_cursor_execute", count_it)
    return len([s for s in sent if "search_" in s]), ids


def test_a_flush_indexes_all_its_records_in_a_fixed_number_of_statements(services: Services) -> None:
    few, _ = _statements_per_flush(services, 8, "alpha")
    many, ids = _statements_per_flush(services, 240, "beta")
    assert few == many
    assert len(services.search.search("beta migration", limit=500)) == 120
    assert len(services.search.search("beta outage", limit=500)) == 60  # 120 unchanged, half tombstoned
    assert "beta outage 1" not in _titles(services, "beta outage 1")
    assert "beta migration 0" in _titles(services, "beta migration 0")
    with services.db.read() as session:
        docs = session.execute(text("SELECT count(*) FROM search_doc")).scalar()
        rows = session.execute(text("SELECT count(*) FROM search_index")).scalar()
    assert docs == rows == 6 + 180  # alpha: 8 less 2 tombstoned; beta: 240 less 60
    assert len(ids) == 240
