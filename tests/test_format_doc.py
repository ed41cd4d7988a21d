"""docs/FORMAT.md lists every kind that travels with exactly the fields an export writes for it."""

from __future__ import annotations

import dataclasses
import re
import uuid
from pathlib import Path

from sqlalchemy import select

from mentordesk.services import Services
from mentordesk.storage.base import PairingScoped
from mentordesk.storage.models import Tag, Tagging
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


def test_tag_ids_are_derived_as_format_md_says(demo: Services) -> None:
    namespace = re.search(r"namespace `([0-9a-f-]{36})`", FORMAT.read_text(encoding="utf-8"))
    assert namespace is not None
    pairing = demo.pairings.list_pairings()[0]
    decision = demo.decisions.list_decisions(pairing.id)[0]
    draft = demo.decisions.detail(decision.id).draft
    demo.decisions.update(decision.id, dataclasses.replace(draft, tags=("brand new tag",)))
    with demo.db.read() as session:
        tag = session.scalars(select(Tag).where(Tag.name == "brand new tag")).one()
        tagging = session.scalars(select(Tagging).where(Tagging.tag_id == tag.id)).one()
    key = uuid.UUID(namespace.group(1))
    assert tag.id == str(uuid.uuid5(key, f"tag\x1f{pairing.id}\x1fbrand new tag"))
    assert tagging.id == str(uuid.uuid5(key, f"tagging\x1f{tag.id}\x1fdecision\x1f{decision.id}"))
