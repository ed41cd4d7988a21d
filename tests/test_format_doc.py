"""docs/FORMAT.md lists every kind that travels with exactly the fields an export writes for it."""

from __future__ import annotations

import re
from pathlib import Path

from mentordesk.storage.base import PairingScoped
from mentordesk.storage.versions import synced_fields
from mentordesk.sync.records import kinds

FORMAT = Path(__file__).parent.parent / "docs" / "FORMAT.md"
COMMON = {"created_at", "visibility", "deleted"}


def documented() -> dict[str, set[str]]:
    section = FORMAT.read_text(encoding="utf-8").split("## Record fields", 1)[1].split("\n## ", 1)[0]
    table: dict[str, set[str]] = {}
    for row in re.findall(r"^\| `([a-z_]+)` \| (.+) \|$", section, flags=re.MULTILINE):
        kind, cells = row
        table[kind] = set(re.findall(r"(?:^|; )`([a-z_]+)` \(", cells))
    return table


def test_format_md_lists_every_kind_and_field_that_travels() -> None:
    expected = {}
    for kind, model in kinds().items():
        if kind == "pairing" or kind == "person" or issubclass(model, PairingScoped):
            scoped = {"pairing_id"} if issubclass(model, PairingScoped) else set()
            expected[kind] = set(synced_fields(model)) - COMMON - scoped
    assert documented() == expected
