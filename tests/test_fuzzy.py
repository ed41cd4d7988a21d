"""The command palette's matching."""

from __future__ import annotations

from mentordesk.fuzzy import best, score

NAMES = [
    "New card",
    "New pairing…",
    "Export for partner…",
    "Review mode",
    "Keyboard shortcuts",
    "Undo Move card",
]


def test_letters_in_order_anywhere_match_and_missing_ones_do_not() -> None:
    assert score("nwcd", "New card") is not None
    assert score("new card", "New card") is not None
    assert score("xyz", "New card") is None
    assert score("dc", "New card") is None  # out of order


def test_word_starts_and_runs_rank_first() -> None:
    assert best("nc", NAMES, str, 3)[0] == "New card"
    assert best("rev", NAMES, str, 3)[0] == "Review mode"
    assert best("exp", NAMES, str, 3) == ["Export for partner…"]
    assert best("card", NAMES, str, 5) == ["New card", "Undo Move card"]  # the shorter name first


def test_an_empty_query_keeps_every_name_in_order_up_to_the_limit() -> None:
    assert best("", NAMES, str, 4) == NAMES[:4]
