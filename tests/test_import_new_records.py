"""Records an import creates are written in bulk, not one ORM record at a time: they must land exactly
as the sender holds them, be found by search, link only to what is held here, and count in the
statements an import sends no more than their kinds do."""

from __future__ import annotations

import copy
import json
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from conftest import Peer
from sqlalchemy import event
from test_sync import PAIRING, send, shared_state
from test_sync_refusals import envelopes, signed

from mentordesk.domain import Visibility
from mentordesk.storage.models import Card


def hits(peer: Peer, query: str) -> set[tuple[str, str, str, Visibility]]:
    found = peer.services.search.search(query, limit=500)
    return {(h.kind.value, h.record_id, h.open_id, h.visibility) for h in found}


def test_a_first_import_is_found_by_search_as_on_the_sending_copy(
    peers: tuple[Peer, Peer], tmp_path: Path
) -> None:
    priya, sam = peers
    send(priya, sam, tmp_path / "1.mdbundle", accept=True)
    assert shared_state(sam) == shared_state(priya)
    travelled = set(shared_state(priya))
    for word in ("cache", "review", "latency", "the"):
        theirs = {h for h in hits(priya, word) if h[1] in travelled}
        assert theirs, word
        assert hits(sam, word) == theirs, word  # comments and checklist items open their parents alike


def test_a_new_records_links_keep_only_records_held_here(peers: tuple[Peer, Peer], tmp_path: Path) -> None:
    priya, sam = peers
    send(priya, sam, tmp_path / "1.mdbundle", accept=True)
    competencies = envelopes(priya, "competency")
    held = competencies[0]["id"]
    stayed_away = str(uuid.uuid4())  # a competency that never left its machine
    card = copy.deepcopy(envelopes(priya, "card")[0])
    card["id"] = str(uuid.uuid4())
    card["fields"]["title"] = "A card made after the first exchange"
    card["fields"]["competencies"] = sorted([held, stayed_away])
    blob = signed(priya, sam, [card])
    path = tmp_path / "2.mdbundle"
    path.write_bytes(blob)
    summary = sam.imports.import_bundle(sam.imports.read(path, sam.identity))
    assert summary.applied.added == 1
    with sam.services.db.read() as session:
        stored = session.get(Card, card["id"])
        assert stored is not None
        assert [c.id for c in stored.competencies] == [held]
        assert stored.title == "A card made after the first exchange"


def test_a_first_import_sends_a_few_statements_per_kind_not_per_record(
    peers: tuple[Peer, Peer], tmp_path: Path
) -> None:
    priya, sam = peers
    pairing = priya.services.pairings.find(PAIRING)
    statements: list[str] = []

    def count(_conn: object, _cursor: object, sql: str, *_args: object) -> None:
        statements.append(sql)

    engine = sam.services.db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        summary = send(priya, sam, tmp_path / "1.mdbundle", accept=True)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert summary.applied.added > 100
    kinds = len({r["kind"] for r in shared_state(priya).values()})
    # reading the local copies, one insert per kind and link table, the index, the checks: a few per
    # kind, where one statement per record would be over a hundred more
    assert len(statements) < 8 * kinds < summary.applied.added, len(statements)
    assert pairing.id in shared_state(sam)


def test_new_records_are_stored_as_the_sender_stored_them(peers: tuple[Peer, Peer], tmp_path: Path) -> None:
    """Written in bulk, past the ORM, every column holds what the sending copy stores, as stored: a time
    keeps its microseconds, a choice its value, a date its text (structured values may list their keys
    in another order)."""
    priya, sam = peers
    send(priya, sam, tmp_path / "1.mdbundle", accept=True)
    travelled = sorted(shared_state(priya))
    local = {"updated_at", "change_seq", "version_vector", "field_versions", "conflicts"}
    compared = 0
    with (
        closing(sqlite3.connect(priya.services.db.path)) as theirs,
        closing(sqlite3.connect(sam.services.db.path)) as ours,
    ):
        for kind in sorted({record["kind"] for record in shared_state(priya).values()}):
            columns = [row[1] for row in ours.execute(f"PRAGMA table_info({kind})") if row[1] not in local]
            picked = ", ".join(f"{c}, typeof({c})" for c in columns)
            marks = ", ".join("?" * len(travelled))
            query = f"SELECT {picked} FROM {kind} WHERE id IN ({marks}) ORDER BY id"
            sent, stored = (
                theirs.execute(query, travelled).fetchall(),
                ours.execute(query, travelled).fetchall(),
            )
            assert [_parsed(row) for row in stored] == [_parsed(row) for row in sent], kind
            compared += len(stored)
    assert compared == len(travelled)


def _parsed(row: tuple[object, ...]) -> list[object]:
    """A raw row with its JSON texts read, so that the order of their keys does not count."""
    return [
        json.loads(value) if isinstance(value, str) and value[:1] in ("[", "{") else value for value in row
    ]
