"""Field-by-field merging by version vectors: examples, and its laws checked on random histories."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from mentordesk.sync.merge import Register, Version, conflicts, dominates, merge, record_vector, value, write

A, B, C = "device-a", "device-b", "device-c"


def test_edits_to_different_fields_merge_and_to_one_field_conflict() -> None:
    base = write({}, "title", "Learn the ledger", A)
    base = write(base, "notes", "", A)
    mine = write(base, "title", "Learn the ledger well", A)
    theirs = write(base, "notes", "Start with refunds", B)
    merged = merge(mine, theirs)
    assert (
        value(merged["title"]) == "Learn the ledger well" and value(merged["notes"]) == "Start with refunds"
    )
    assert conflicts(merged) == {}
    clash = merge(write(base, "title", "Mine", A), write(base, "title", "Theirs", B))
    assert conflicts(clash) == {"title": ["Mine", "Theirs"]}
    assert value(clash["title"]) == value(
        merge(write(base, "title", "Theirs", B), write(base, "title", "Mine", A))["title"]
    )
    resolved = write(clash, "title", "Ours", B)
    assert conflicts(merge(resolved, clash)) == {} and value(merge(clash, resolved)["title"]) == "Ours"


def test_an_older_copy_never_rolls_back_or_resurrects() -> None:
    alive = write(write({}, "title", "Card", A), "deleted", False, A)
    edited = write(alive, "title", "Card, renamed", B)
    deleted = write(edited, "deleted", True, A)
    for old in (alive, edited):
        merged = merge(deleted, old)
        assert value(merged["deleted"]) is True and value(merged["title"]) == "Card, renamed"
    assert dominates(record_vector(deleted), record_vector(alive))


DEVICES = [A, B, C]
FIELDS = ["title", "body", "deleted"]
operation = st.one_of(
    st.tuples(st.just("write"), st.integers(0, 2), st.sampled_from(FIELDS), st.integers(0, 3)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2), st.just(0)),
)


def play(ops: list[tuple[str, int, Any, int]]) -> tuple[list[dict[str, Register]], list[tuple[str, Version]]]:
    """Three replicas replaying a history; returns them and every (field, version) written."""
    replicas: list[dict[str, Register]] = [{}, {}, {}]
    written: list[tuple[str, Version]] = []
    for kind, who, what, number in ops:
        if kind == "write":
            replicas[who] = write(replicas[who], what, f"{DEVICES[who]}:{number}", DEVICES[who])
            written.extend((what, v) for v in replicas[who][what])
        else:
            replicas[what] = merge(replicas[what], replicas[who])
    return replicas, written


@settings(max_examples=300, deadline=None)
@given(st.lists(operation, max_size=40))
def test_replicas_that_have_seen_the_same_changes_agree_and_lose_nothing(ops: list[Any]) -> None:
    replicas, written = play(ops)
    a, b, c = replicas
    everything = merge(merge(a, b), c)
    assert everything == merge(c, merge(b, a)) == merge(b, merge(a, c))  # any order
    assert merge(everything, everything) == everything  # importing twice changes nothing
    assert merge(everything, a) == everything  # an older copy changes nothing
    for field, version in written:  # no edit is lost: each survives, or a version that saw it does
        register = everything[field]
        assert version in register or any(dominates(v.seen, version.seen) for v in register)


@given(st.lists(operation, max_size=30), st.lists(operation, max_size=30))
def test_merge_is_commutative_and_associative(first: list[Any], second: list[Any]) -> None:
    x, _ = play(first)
    y, _ = play(second)
    assert merge(x[0], y[1]) == merge(y[1], x[0])
    assert merge(merge(x[0], x[1]), y[2]) == merge(x[0], merge(x[1], y[2]))
