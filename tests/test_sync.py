"""Two copies of MentorDesk exchanging exports: first exchange, edits both ways, conflicts, convergence."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest
from conftest import Peer, _copy
from sqlalchemy import text

from mentordesk.domain import Cadence, DecisionDraft, NewPairing, Role, SessionInfo, Visibility
from mentordesk.services import Services
from mentordesk.storage.base import Base
from mentordesk.storage.models import Person
from mentordesk.sync.conflicts import ConflictService
from mentordesk.sync.importing import ImportRefused, ImportService, ImportSummary
from mentordesk.sync.records import collect

PAIRING = "Priya Raman & Sam Okafor"


def send(
    sender: Peer, receiver: Peer, out: Path, *, everything: bool = False, accept: bool = False
) -> ImportSummary:
    pairing = sender.services.pairings.find(PAIRING)
    sender.export(
        pairing.id, out, everything=everything, role=pairing.my_role.value if pairing.my_role else ""
    )
    bundle = receiver.imports.read(out, receiver.identity)
    return receiver.imports.import_bundle(bundle, accept_new_pairing=accept)


def shared_session(peer: Peer, pairing_id: str) -> SessionInfo:
    """A session of the pairing that travels (not confidential, not private)."""
    sessions = peer.services.sessions.list_sessions(pairing_id)
    return next(s for s in sessions if s.visibility is Visibility.SHARED)


def dump(peer: Peer) -> list[tuple[str, list[Any]]]:
    """Every row of every table, to show a refused import changed nothing at all."""
    with peer.services.db.read() as session:
        return [
            (
                table.name,
                [tuple(row) for row in session.execute(text(f"SELECT * FROM {table.name} ORDER BY 1"))],
            )
            for table in Base.metadata.sorted_tables
        ]


def shared_state(peer: Peer) -> dict[str, Any]:
    """Everything of the pairing that travels, by record id, with its versions."""
    pairing = peer.services.pairings.find(PAIRING)
    with peer.services.db.read() as session:
        records, _preview = collect(session, pairing.id)
    return {r["id"]: r for r in records}


def test_first_exchange_creates_the_pairing_only_when_accepted(
    peers: tuple[Peer, Peer], tmp_path: Path
) -> None:
    priya, sam = peers
    before = dump(sam)
    with pytest.raises(ImportRefused, match="does not have yet") as refused:
        send(priya, sam, tmp_path / "1.mdbundle")
    assert refused.value.reason == "new-pairing"
    assert dump(sam) == before
    summary = sam.imports.import_bundle(
        sam.imports.read(tmp_path / "1.mdbundle", sam.identity), accept_new_pairing=True
    )
    assert summary.created_pairing and summary.applied.added > 100 and summary.applied.conflicts == 0
    assert "(new pairing)" in summary.line()
    [pairing] = sam.services.pairings.list_pairings()
    assert pairing.name == PAIRING and pairing.my_role is not None and pairing.my_role.value == "mentee"
    assert shared_state(sam) == shared_state(priya)
    again = sam.imports.import_bundle(sam.imports.read(tmp_path / "1.mdbundle", sam.identity))
    assert again.already and "already imported" in again.line()
    # the partner's card is now linked to the new pairing, so the way back works
    assert sam.devices.partner(pairing.id) == priya.identity.public()
    back = send(sam, priya, tmp_path / "2.mdbundle")
    assert back.applied.added == 0 and back.applied.updated == 0
    assert shared_state(sam) == shared_state(priya)


def first_exchange(priya: Peer, sam: Peer, tmp_path: Path) -> None:
    send(priya, sam, tmp_path / "start.mdbundle", accept=True)


def test_edits_both_ways_merge_and_converge(peers: tuple[Peer, Peer], tmp_path: Path) -> None:
    priya, sam = peers
    first_exchange(priya, sam, tmp_path)
    pairing = priya.services.pairings.find(PAIRING)
    card = priya.services.plans.cards(pairing.id)[0]
    # different fields of the same card, edited offline on each side
    draft = priya.services.board.draft(card.id)
    priya.services.board.update_card(card.id, dataclasses.replace(draft, title="Priya's title"))
    draft = sam.services.board.draft(card.id)
    sam.services.board.update_card(card.id, dataclasses.replace(draft, description="Sam's notes"))
    to_sam = send(priya, sam, tmp_path / "a.mdbundle")
    to_priya = send(sam, priya, tmp_path / "b.mdbundle")
    assert to_sam.applied.updated == 1 and to_sam.applied.conflicts == 0
    assert to_priya.applied.conflicts == 0
    for peer in (priya, sam):
        merged = peer.services.board.draft(card.id)
        assert (merged.title, merged.description) == ("Priya's title", "Sam's notes")
    assert shared_state(sam) == shared_state(priya)


def test_the_same_note_edited_on_both_sides_is_a_conflict_until_resolved(
    peers: tuple[Peer, Peer], tmp_path: Path
) -> None:
    priya, sam = peers
    first_exchange(priya, sam, tmp_path)
    pairing = priya.services.pairings.find(PAIRING)
    session = shared_session(priya, pairing.id)
    priya.services.session_edits.set_notes(session.id, "Priya: we agreed on the ledger first")
    sam.services.session_edits.set_notes(session.id, "Sam: we agreed on the API first")
    to_sam = send(priya, sam, tmp_path / "a.mdbundle")
    to_priya = send(sam, priya, tmp_path / "b.mdbundle")
    assert to_sam.applied.conflicts == 1 and to_priya.applied.conflicts == 1
    assert shared_state(sam) == shared_state(priya)  # both hold both values, and show the same one
    seen = {}
    for peer in (priya, sam):
        [conflict] = ConflictService(peer.services.db).conflicts(pairing.id)
        assert (conflict.kind, conflict.record_id, conflict.field) == (
            "mentoring_session",
            session.id,
            "notes",
        )
        assert {v.text for v in conflict.values} == {
            "Priya: we agreed on the ledger first",
            "Sam: we agreed on the API first",
        }
        assert sum(v.mine for v in conflict.values) == 1
        seen[peer.path.name] = conflict
    # Sam keeps Priya's wording; his choice travels back and settles it on her side too
    conflict = seen["sam.sqlite"]
    keep = next(i for i, v in enumerate(conflict.values) if not v.mine)
    ConflictService(sam.services.db).resolve(conflict.kind, conflict.record_id, conflict.field, keep)
    assert ConflictService(sam.services.db).conflicts(pairing.id) == []
    send(sam, priya, tmp_path / "c.mdbundle")
    assert ConflictService(priya.services.db).conflicts(pairing.id) == []
    for peer in (priya, sam):
        assert (
            peer.services.sessions.detail(session.id).session.notes == "Priya: we agreed on the ledger first"
        )
    send(priya, sam, tmp_path / "d.mdbundle")
    assert shared_state(sam) == shared_state(priya)


def test_removed_tags_and_lanes_travel(peers: tuple[Peer, Peer], tmp_path: Path) -> None:
    priya, sam = peers
    first_exchange(priya, sam, tmp_path)
    pairing = priya.services.pairings.find(PAIRING)
    decision = next(d for d in priya.services.decisions.list_decisions(pairing.id) if d.tags)
    draft = priya.services.decisions.detail(decision.id).draft
    priya.services.decisions.update(decision.id, dataclasses.replace(draft, tags=draft.tags[1:]))
    event = next(e for e in priya.services.archeology.events(pairing.id) if e.components)
    lane = next(c for c in priya.services.archeology.components(pairing.id) if c.name == event.components[0])
    priya.services.archeology.delete_component(lane.id)
    send(priya, sam, tmp_path / "a.mdbundle")
    assert sam.services.decisions.detail(decision.id).draft.tags == draft.tags[1:]
    moved = next(e for e in sam.services.archeology.events(pairing.id) if e.id == event.id)
    assert lane.name not in moved.components
    assert shared_state(sam) == shared_state(priya)
    # putting the tag back brings the same tagging back to life, on both copies
    priya.services.decisions.update(decision.id, draft)
    send(priya, sam, tmp_path / "b.mdbundle")
    assert sam.services.decisions.detail(decision.id).draft.tags == draft.tags
    assert shared_state(sam) == shared_state(priya)


def test_the_order_bundles_arrive_in_does_not_matter(peers: tuple[Peer, Peer], tmp_path: Path) -> None:
    priya, sam = peers
    pairing = priya.services.pairings.find(PAIRING)
    bundles = []

    def export() -> None:
        out = tmp_path / f"{len(bundles)}.mdbundle"
        bundles.append(priya.export(pairing.id, out, everything=True, role="mentor"))

    export()
    card, doomed = priya.services.plans.cards(pairing.id)[:2]
    priya.services.board.update_card(
        card.id, dataclasses.replace(priya.services.board.draft(card.id), title="Two")
    )
    priya.services.board.delete_card(doomed.id)
    export()
    priya.services.board.update_card(
        card.id, dataclasses.replace(priya.services.board.draft(card.id), title="Three")
    )
    export()
    states = []
    for number, order in enumerate(itertools.permutations(bundles)):
        copy = tmp_path / f"sam-{number}.sqlite"
        _copy(sam.path, copy)  # the same device and keys, a fresh database
        services = Services.open(copy)
        try:
            imports = ImportService(services.db)
            for path in [*order, *order]:  # and each twice: idempotent
                imports.import_bundle(imports.read(path, sam.identity), accept_new_pairing=True)
            with services.db.read() as session:
                states.append({r["id"]: r for r in collect(session, pairing.id)[0]})
        finally:
            services.close()
    assert all(state == shared_state(priya) for state in states)


def test_a_conflict_on_linked_records_names_them(peers: tuple[Peer, Peer], tmp_path: Path) -> None:
    priya, sam = peers
    first_exchange(priya, sam, tmp_path)
    pairing = priya.services.pairings.find(PAIRING)
    card = priya.services.plans.cards(pairing.id)[0]
    current = priya.services.board.draft(card.id).competencies
    names = [n for n, _about in priya.services.pairings.competencies(pairing.id) if n not in current][:2]
    for peer, name in ((priya, names[0]), (sam, names[1])):
        draft = peer.services.board.draft(card.id)
        peer.services.board.update_card(card.id, dataclasses.replace(draft, competencies=(name,)))
    send(sam, priya, tmp_path / "a.mdbundle")
    [conflict] = priya.services.sync.conflicts(pairing.id)
    assert conflict.field == "competencies"
    assert {v.text for v in conflict.values} == set(names)
    assert {v.author for v in conflict.values} == {"you", "Sam Okafor"}


def test_the_same_tag_or_lane_made_on_both_sides_becomes_one(
    peers: tuple[Peer, Peer], tmp_path: Path
) -> None:
    priya, sam = peers
    first_exchange(priya, sam, tmp_path)
    pairing = priya.services.pairings.find(PAIRING)
    decision = priya.services.decisions.list_decisions(pairing.id)[0]
    for peer in (priya, sam):  # apart, each puts a new tag on the same decision and adds the same lane
        draft = peer.services.decisions.detail(decision.id).draft
        peer.services.decisions.update(decision.id, dataclasses.replace(draft, tags=(*draft.tags, "perf")))
        peer.services.archeology.add_component(pairing.id, "Search")
    send(priya, sam, tmp_path / "a.mdbundle")
    send(sam, priya, tmp_path / "b.mdbundle")
    for peer in (priya, sam):
        assert peer.services.decisions.detail(decision.id).draft.tags.count("perf") == 1
        assert [c.name for c in peer.services.archeology.components(pairing.id)].count("Search") == 1
    assert shared_state(sam) == shared_state(priya)


def test_decisions_numbered_alike_while_apart_get_distinct_numbers(
    peers: tuple[Peer, Peer], tmp_path: Path
) -> None:
    priya, sam = peers
    first_exchange(priya, sam, tmp_path)
    pairing = priya.services.pairings.find(PAIRING)
    made = {}
    for peer, title, role in ((priya, "Mentor's call", Role.MENTOR), (sam, "Mentee's call", Role.MENTEE)):
        draft = DecisionDraft(title, dt.date(2026, 11, 22))
        made[title] = peer.services.decisions.create(pairing.id, draft, role)
    numbers = {
        peer.services.decisions.detail(made[t]).decision.number
        for peer, t in ((priya, "Mentor's call"), (sam, "Mentee's call"))
    }
    assert len(numbers) == 1  # both took the next number
    crossing = []  # both export before either imports: the exports cross in the post
    for sender in (priya, sam):
        out = tmp_path / f"{sender.path.stem}.mdbundle"
        crossing.append(sender.export(pairing.id, out))
    for receiver, path in ((sam, crossing[0]), (priya, crossing[1])):
        summary = receiver.imports.import_bundle(receiver.imports.read(path, receiver.identity))
        assert "is now number" in summary.line()
    send(priya, sam, tmp_path / "c.mdbundle")
    send(sam, priya, tmp_path / "d.mdbundle")
    for peer in (priya, sam):
        got = {d.title: d.number for d in peer.services.decisions.list_decisions(pairing.id)}
        assert {got["Mentor's call"], got["Mentee's call"]} == {min(numbers), min(numbers) + 1}
    assert shared_state(sam) == shared_state(priya)
    assert priya.services.sync.conflicts(pairing.id) == []  # both moved the same one to the same number


def test_a_person_edited_on_both_sides_is_listed_as_a_conflict(
    peers: tuple[Peer, Peer], tmp_path: Path
) -> None:
    priya, sam = peers
    first_exchange(priya, sam, tmp_path)
    pairing = priya.services.pairings.find(PAIRING)
    for peer, email in ((priya, "sam@example.org"), (sam, "sam.okafor@example.org")):
        with peer.services.db.write() as session:
            person = session.get(Person, pairing.mentee.id)
            assert person is not None
            person.email = email
    send(sam, priya, tmp_path / "a.mdbundle")
    [conflict] = priya.services.sync.conflicts(pairing.id)
    assert (conflict.kind, conflict.field) == ("person", "email")
    assert {v.text for v in conflict.values} == {"sam@example.org", "sam.okafor@example.org"}


def test_the_first_exchange_reads_local_copies_in_batches_not_one_query_per_record(
    peers: tuple[Peer, Peer], tmp_path: Path
) -> None:
    from sqlalchemy import event

    priya, sam = peers
    pairing = priya.services.pairings.find(PAIRING)
    priya.export(pairing.id, tmp_path / "1.mdbundle", role="mentor")
    bundle = sam.imports.read(tmp_path / "1.mdbundle", sam.identity)
    sent: list[str] = []
    listener = lambda *args: sent.append(str(args[2]))  # noqa: E731
    event.listen(sam.services.db.engine, "before_cursor_execute", listener)
    try:
        summary = sam.imports.import_bundle(bundle, accept_new_pairing=True)
    finally:
        event.remove(sam.services.db.engine, "before_cursor_execute", listener)
    assert summary.applied.added > 150
    reads = [s for s in sent if s.lstrip().upper().startswith("SELECT")]
    # a fixed few per kind of record and per reference checked; one per record before
    assert len(reads) < summary.applied.added / 2, f"{len(reads)} reads for {summary.applied.added} records"


def test_a_pairing_named_like_one_of_mine_imports_once_mine_is_renamed(
    peers: tuple[Peer, Peer], tmp_path: Path
) -> None:
    priya, sam = peers
    own = sam.services.pairings.create(
        NewPairing("Sam Okafor", Role.MENTEE, "Priya Raman", dt.date(2026, 9, 1), Cadence.WEEKLY)
    )
    assert own.name == PAIRING
    with pytest.raises(
        ImportRefused, match=r"same name as one of yours\. Rename yours \(File → Edit pairing…\)"
    ):
        send(priya, sam, tmp_path / "1.mdbundle", accept=True)
    edit = sam.services.pairings.edit_of(own.id)
    sam.services.pairings.update(own.id, dataclasses.replace(edit, name="Sam's notes with Priya"))
    again = sam.imports.read(tmp_path / "1.mdbundle", sam.identity)  # the same file, as the message says
    summary = sam.imports.import_bundle(again, accept_new_pairing=True)
    assert summary.created_pairing
    assert {p.name for p in sam.services.pairings.list_pairings()} == {PAIRING, "Sam's notes with Priya"}


def test_pairing_edits_travel_and_what_the_partner_owns_is_refused(
    peers: tuple[Peer, Peer], tmp_path: Path
) -> None:
    priya, sam = peers
    first_exchange(priya, sam, tmp_path)
    pairing = priya.services.pairings.find(PAIRING)
    edit = priya.services.pairings.edit_of(pairing.id)
    with pytest.raises(ValueError, match="roles stay as they are"):
        priya.services.pairings.update(pairing.id, dataclasses.replace(edit, my_role=Role.MENTEE))
    with pytest.raises(ValueError, match="only Sam Okafor changes their own name"):
        priya.services.pairings.update(pairing.id, dataclasses.replace(edit, partner_name="Samuel"))
    changed = dataclasses.replace(edit, name="Ledger onboarding", cadence=Cadence.BIWEEKLY, goals="Own it")
    priya.services.pairings.update(pairing.id, changed)
    out = priya.export(pairing.id, tmp_path / "renamed.mdbundle", role="mentor")
    sam.imports.import_bundle(sam.imports.read(out, sam.identity))
    mine = sam.services.pairings.get(pairing.id)
    assert (mine.name, mine.cadence, mine.goals) == ("Ledger onboarding", Cadence.BIWEEKLY, "Own it")


def test_conflicts_from_the_command_line(
    peers: tuple[Peer, Peer], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mentordesk.cli import main

    priya, sam = peers
    first_exchange(priya, sam, tmp_path)
    pairing = priya.services.pairings.find(PAIRING)
    session = shared_session(priya, pairing.id)
    priya.services.session_edits.set_notes(session.id, "Priya: the ledger first")
    sam.services.session_edits.set_notes(session.id, "Sam: the API first")
    send(priya, sam, tmp_path / "a.mdbundle")
    capsys.readouterr()
    db = ["--db", str(sam.path)]
    assert main(["conflicts", "list", *db]) == 0
    key = f"mentoring_session:{session.id}:notes"
    listed = capsys.readouterr().out.splitlines()
    assert listed == [
        f"{key}\tSession: {session.title}\tNotes",
        "  1. you (shown now): Sam: the API first",
        "  2. Priya Raman: Priya: the ledger first",
    ] or listed == [
        f"{key}\tSession: {session.title}\tNotes",
        "  1. Priya Raman (shown now): Priya: the ledger first",
        "  2. you: Sam: the API first",
    ]
    assert main(["conflicts", "resolve", "nope", "--keep", "1", *db]) == 2
    assert main(["conflicts", "resolve", key, "--keep", "3", *db]) == 2
    assert "has values 1 to 2, not 3" in capsys.readouterr().err
    assert main(["conflicts", "resolve", key, "--keep", "theirs", *db]) == 0
    assert "kept Priya Raman's value" in capsys.readouterr().out
    assert sam.services.sessions.detail(session.id).session.notes == "Priya: the ledger first"
    assert main(["conflicts", "list", "--json", *db]) == 0
    assert capsys.readouterr().out.strip() == "[]"
