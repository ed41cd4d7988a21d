"""How hidden a record really is, worked out for a few records by following what they hang under,
agrees with working it out over the whole pairing (storage/visibility.py); an export of what changed
asks the first way, a first export the second."""

from __future__ import annotations

import sqlite3

from secrets_seed import Secrets, seed
from sqlalchemy import select

from mentordesk.domain import Visibility
from mentordesk.services import Services
from mentordesk.storage.models import Tag
from mentordesk.storage.visibility import HIDDEN_WITH, hidden_records
from mentordesk.sync.records import collect, kinds


def _pairing_ids(services: Services, pairing_id: str) -> dict[str, Visibility]:
    """Every record of the pairing with its own visibility."""
    own: dict[str, Visibility] = {}
    with services.db.read() as session:
        for model in kinds().values():
            if hasattr(model, "pairing_id"):
                query = select(model.id, model.visibility).where(model.pairing_id == pairing_id)
                own.update({row[0]: row[1] for row in session.execute(query)})
    return own


def _seeded(services: Services) -> Secrets:
    secrets = seed(services)
    assert secrets.pairing is not None
    return secrets


def test_each_record_followed_alone_is_as_hidden_as_the_whole_pairing_says(services: Services) -> None:
    pairing_id = _seeded(services).pairing.id  # type: ignore[union-attr]
    own = _pairing_ids(services, pairing_id)
    with services.db.read() as session:
        whole = hidden_records(session, pairing_id)
        tags = set(session.scalars(select(Tag.id).where(Tag.pairing_id == pairing_id)))
        for record_id in own:
            followed = hidden_records(session, pairing_id, {record_id})
            assert followed.get(record_id, Visibility.SHARED) is whole.get(record_id, Visibility.SHARED), (
                record_id
            )
    # the seed holds what makes following matter: records hidden only by what they hang under, tags
    # hidden only by the records they tag
    through_parents = {i for i, v in own.items() if v is Visibility.SHARED and i in whole and i not in tags}
    assert len(through_parents) >= len(HIDDEN_WITH) // 2
    assert any(own[t] is Visibility.SHARED and t in whole for t in tags)


def test_an_export_of_what_changed_hides_each_record_as_a_first_export_does(services: Services) -> None:
    pairing_id = _seeded(services).pairing.id  # type: ignore[union-attr]
    with services.db.read() as session:
        everything, preview = collect(session, pairing_id)
        changed, changed_preview = collect(session, pairing_id, since=0)  # every record: followed by id
    assert {e["id"]: e for e in changed} == {e["id"]: e for e in everything}  # read in another order
    assert len(changed) == len(everything)
    assert changed_preview == preview
    assert preview.private_left_out and preview.confidential


def test_records_are_followed_within_the_sqlites_limit_of_parameters(services: Services) -> None:
    """SQLite before 3.32 takes at most 999 parameters in a statement (some systems still carry one):
    asking for many records at once is split to fit whatever the limit. Here it is set lower still, so
    the seeded pairing's records need several statements."""
    pairing_id = _seeded(services).pairing.id  # type: ignore[union-attr]
    own = _pairing_ids(services, pairing_id)
    assert len(own) > 40
    with services.db.read() as session:
        whole = hidden_records(session, pairing_id)
        connection = session.connection().connection.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 400)  # 19 ids a statement
        followed = hidden_records(session, pairing_id, set(own))
    assert {i: followed.get(i) for i in own} == {i: whole.get(i) for i in own}
