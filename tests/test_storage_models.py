"""Every entity of the schema survives a write and a fresh read, with the fields sync relies on."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from mentordesk.domain import (
    CardKind,
    DatePrecision,
    DecisionStatus,
    EventKind,
    Outcome,
    ReviewState,
    Role,
    SessionKind,
    Visibility,
)
from mentordesk.storage import Database, open_database
from mentordesk.storage.base import Base, SyncedMixin
from mentordesk.storage.fts import search_doc
from mentordesk.storage.models import (
    ActionItem,
    AgendaItem,
    ArcheologyEvent,
    BoardColumn,
    Card,
    ChecklistItem,
    Competency,
    Component,
    Decision,
    DecisionAddendum,
    DecisionRevision,
    Era,
    EventLink,
    Link,
    MentoringSession,
    Pairing,
    Person,
    ProgrammePublish,
    ReviewComment,
    SessionNote,
    SessionTemplate,
    Setting,
    Tag,
    Tagging,
)
from mentordesk.storage.versions import KEEP_KEY

NOW = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC)


def build_graph(db: Database) -> dict[str, str]:
    """One record of every entity, linked the way the app links them; returns their ids by table."""
    ids: dict[str, str] = {}
    with db.write() as s:
        mentor, mentee = Person(name="Mentor M", email="m@example.org"), Person(name="Mentee E")
        s.add_all([mentor, mentee])
        s.flush()
        pairing = Pairing(
            name="M & E",
            mentor_id=mentor.id,
            mentee_id=mentee.id,
            start_date=dt.date(2026, 10, 1),
            charter_goals="Ship alone",
            charter_confidentiality="Career talk stays here",
            charter_escalation="Tell the manager",
        )
        s.add(pairing)
        s.flush()
        p = pairing.id
        competency = Competency(pairing_id=p, name="Design", levels=["aware", "independent"])
        column = BoardColumn(
            pairing_id=p, title="Days 1–30", position=1.5, wip_limit=3, first_day=1, last_day=30
        )
        s.add_all([competency, column])
        s.flush()
        card = Card(
            pairing_id=p,
            column_id=column.id,
            title="First change",
            kind=CardKind.MILESTONE,
            owner=Role.MENTEE,
            due_date=dt.date(2026, 10, 20),
            description="**small**",
            position=1.25,
            reached_on=dt.date(2026, 10, 18),
            visibility=Visibility.CONFIDENTIAL,
            competencies=[competency],
        )
        s.add(card)
        s.flush()
        checklist = ChecklistItem(pairing_id=p, card_id=card.id, text="Write test", done=True, position=1.0)
        session = MentoringSession(
            pairing_id=p,
            starts_at=NOW,
            duration_minutes=45,
            kind=SessionKind.SHADOWING,
            title="Shadow",
            notes="notes",
            template="Weekly 1:1",
            feedback_rating=4,
            feedback_comment="good",
        )
        s.add_all([checklist, session])
        s.flush()
        action = ActionItem(
            pairing_id=p, session_id=session.id, text="Read runbook", due_date=dt.date(2026, 11, 5)
        )
        s.add(action)
        s.flush()
        agenda = AgendaItem(
            pairing_id=p, session_id=session.id, text="Runbook", position=1.0, carried_from_id=action.id
        )
        note = SessionNote(pairing_id=p, session_id=session.id, body="private", visibility=Visibility.PRIVATE)
        old = Decision(pairing_id=p, number=1, title="Old", decided_on=dt.date(2026, 10, 2))
        s.add_all([agenda, note, old])
        s.flush()
        decision = Decision(
            pairing_id=p,
            number=2,
            title="New",
            decided_on=dt.date(2026, 10, 9),
            status=DecisionStatus.ACCEPTED,
            review_state=ReviewState.REVIEWED,
            author_role=Role.MENTEE,
            context="ctx",
            drivers="drv",
            options=[{"title": "A", "good": ["fast"], "neutral": [], "bad": ["drift"]}],
            chosen_option="A",
            rationale="why",
            consequences_good="good",
            consequences_bad="bad",
            confirmation="metric",
            expected_outcome="less drift",
            confidence=4,
            revisit_on=dt.date(2027, 1, 1),
            actual_outcome=Outcome.PARTLY,
            actual_outcome_note="mostly",
            supersedes_id=old.id,
            amends_id=old.id,
            competencies=[competency],
        )
        s.add(decision)
        s.flush()
        comment = ReviewComment(pairing_id=p, decision_id=decision.id, body="Why?", section="Context")
        s.add(comment)
        s.flush()
        reply = ReviewComment(
            pairing_id=p, decision_id=decision.id, body="Because", parent_id=comment.id, is_principle=True
        )
        revision = DecisionRevision(
            pairing_id=p, decision_id=decision.id, number=1, snapshot={"title": "New"}, submitted_at=NOW
        )
        component = Component(pairing_id=p, name="Billing", colour="#059669", position=1.0)
        era = Era(pairing_id=p, name="Monolith", starts_on=dt.date(2014, 1, 1), ends_on=dt.date(2018, 1, 1))
        s.add_all([reply, revision, component, era])
        s.flush()
        cause = ArcheologyEvent(
            pairing_id=p,
            title="Outage",
            kind=EventKind.INCIDENT,
            occurred_on=dt.date(2017, 4, 1),
            precision=DatePrecision.QUARTER,
            why="floats",
            lessons="integers",
            sources=["INC-1"],
            people="Ana",
            components=[component],
        )
        effect = ArcheologyEvent(pairing_id=p, title="Fix", occurred_on=dt.date(2017, 5, 1))
        s.add_all([cause, effect])
        s.flush()
        tag = Tag(pairing_id=p, name="ledger")
        s.add(tag)
        s.flush()
        s.add_all(
            [
                EventLink(pairing_id=p, cause_id=cause.id, effect_id=effect.id),
                Tagging(pairing_id=p, tag_id=tag.id, record_kind="decision", record_id=decision.id),
                Link(
                    pairing_id=p,
                    source_kind="card",
                    source_id=card.id,
                    target_kind="decision",
                    target_id=decision.id,
                ),
                DecisionAddendum(
                    pairing_id=p, decision_id=decision.id, written_on=dt.date(2026, 5, 1), body="It held."
                ),
                SessionTemplate(name="Mine", agenda=["One", "Two"], notes="## Notes"),
                ProgrammePublish(
                    pairing_id=p,
                    sequence=1,
                    published_at=dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC),
                    device="ABCD-EF01",
                    target="folder",
                    figures={"day": 32},
                ),
                Setting(key="me_person_id", value=mentor.id),
            ]
        )
        ids.update(pairing=p, card=card.id, decision=decision.id, cause=cause.id, session=session.id)
    return ids


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


def test_every_table_is_exercised(db: Database) -> None:
    build_graph(db)
    with db.read() as s:
        for table in Base.metadata.sorted_tables:
            if table is search_doc:
                continue
            count = s.execute(select(table)).first()
            assert count is not None, f"table {table.name} got no row in the round trip"


def test_round_trip_keeps_fields(db: Database) -> None:
    ids = build_graph(db)
    with db.read() as s:
        card = s.get(Card, ids["card"])
        assert card is not None
        assert (card.kind, card.visibility, card.position) == (
            CardKind.MILESTONE,
            Visibility.CONFIDENTIAL,
            1.25,
        )
        assert [c.name for c in card.competencies] == ["Design"]
        assert [(i.text, i.done) for i in card.checklist] == [("Write test", True)]
        decision = s.get(Decision, ids["decision"])
        assert decision is not None
        assert decision.options[0]["bad"] == ["drift"]
        assert decision.actual_outcome is Outcome.PARTLY
        assert decision.supersedes_id is not None and decision.confidence == 4
        assert [c.body for c in decision.comments] == ["Why?", "Because"]
        assert decision.comments[1].parent_id == decision.comments[0].id
        assert decision.revisions[0].snapshot == {"title": "New"}
        session = s.get(MentoringSession, ids["session"])
        assert session is not None
        assert session.starts_at == NOW and session.starts_at.tzinfo is not None
        assert [a.text for a in session.actions] == ["Read runbook"]
        assert session.agenda[0].carried_from_id == session.actions[0].id
        assert session.private_notes[0].visibility is Visibility.PRIVATE
        event = s.get(ArcheologyEvent, ids["cause"])
        assert event is not None
        assert (event.precision, event.sources, [c.name for c in event.components]) == (
            DatePrecision.QUARTER,
            ["INC-1"],
            ["Billing"],
        )
        template = s.scalars(select(SessionTemplate)).one()
        assert template.agenda == ["One", "Two"]


def test_sync_fields_on_every_record(db: Database) -> None:
    build_graph(db)
    with db.read() as s:
        for mapper in Base.registry.mappers:
            model = mapper.class_
            if not issubclass(model, SyncedMixin):
                continue
            for record in s.scalars(select(model)):
                assert uuid.UUID(record.id).version == 4
                assert record.created_at.tzinfo is not None and record.updated_at >= record.created_at
                assert record.visibility in set(Visibility)
                assert record.deleted is False
                assert (
                    set(record.version_vector) == {db.install_id}
                    and record.version_vector[db.install_id] >= 1
                )


def test_every_change_is_counted_in_the_version_vector(db: Database, tmp_path: Path) -> None:
    ids = build_graph(db)
    with db.read() as s:
        first = dict(s.get(Card, ids["card"]).version_vector)  # type: ignore[union-attr]
    with db.write() as s:
        s.get(Card, ids["card"]).title = "Renamed"  # type: ignore[union-attr]
    with db.write() as s:
        s.get(Card, ids["card"])  # read inside a write: nothing changed, nothing counted
    with db.read() as s:
        card = s.get(Card, ids["card"])
        assert card is not None and card.version_vector == {db.install_id: first[db.install_id] + 1}
    with db.write() as s:
        s.info[KEEP_KEY] = True  # an import writes the vector it received
        record = s.get(Card, ids["card"])
        assert record is not None
        record.version_vector = {"partner": 3, db.install_id: 1}
    with db.read() as s:
        assert s.get(Card, ids["card"]).version_vector == {"partner": 3, db.install_id: 1}  # type: ignore[union-attr]
    other = open_database(tmp_path / "other.sqlite")
    try:
        assert other.install_id != db.install_id and open_database(db.path).install_id == db.install_id
    finally:
        other.close()


def test_updated_at_moves_on_update(db: Database) -> None:
    ids = build_graph(db)
    with db.read() as s:
        before = s.get(Card, ids["card"]).updated_at  # type: ignore[union-attr]
    with db.write() as s:
        s.get(Card, ids["card"]).title = "Renamed"  # type: ignore[union-attr]
    with db.read() as s:
        assert s.get(Card, ids["card"]).updated_at > before  # type: ignore[union-attr]


def test_rejected_value_rolls_back_the_whole_action(db: Database) -> None:
    build_graph(db)
    with pytest.raises(IntegrityError), db.write() as s:
        s.add(Person(name="Half written"))
        s.flush()
        s.add(Pairing(name="M & E", mentor_id="x", mentee_id="y", start_date=dt.date.today()))
    with db.read() as s:
        assert s.scalars(select(Person).where(Person.name == "Half written")).first() is None
