"""Fuzzy matching for the command palette: the letters typed, in order, anywhere in a name."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

Item = TypeVar("Item")


def score(query: str, name: str) -> int | None:
    """How well `name` matches `query` (higher is better), or None when some letter typed is missing.
    Letters count more at the start of a word and in an unbroken run; case and spaces typed are
    ignored, so "nwcd" and "new card" both find "New card"."""
    wanted = [c for c in query.lower() if not c.isspace()]
    if not wanted:
        return 0
    text = name.lower()
    total, at, run = 0, 0, 0
    for letter in wanted:
        found = text.find(letter, at)
        if found < 0:
            return None
        run = run + 1 if found == at and at > 0 else 1
        word_start = found == 0 or not text[found - 1].isalnum()
        total += 10 + (8 if word_start else 0) + 4 * (run - 1) - min(found - at, 6)
        at = found + 1
    return total - len(text) // 8  # of two equal matches, the shorter name first


def best(query: str, items: Iterable[Item], name: Callable[[Item], str], limit: int) -> list[Item]:
    """The `limit` items whose names match `query` best, best first (ties keep their order)."""
    scored = [
        (found, index, item)
        for index, item in enumerate(items)
        if (found := score(query, name(item))) is not None
    ]
    scored.sort(key=lambda entry: (-entry[0], entry[1]))
    return [item for _found, _index, item in scored[:limit]]
