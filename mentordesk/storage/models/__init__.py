"""Every table of the schema; importing this module registers them all on Base.metadata."""

from mentordesk.storage.models.archeology import ArcheologyEvent, Component, Era, EventLink, event_component
from mentordesk.storage.models.decisions import (
    Decision,
    DecisionAddendum,
    DecisionRevision,
    ReviewComment,
    decision_competency,
)
from mentordesk.storage.models.pairing import (
    ChangeClock,
    Competency,
    Link,
    Pairing,
    Person,
    Setting,
    Tag,
    Tagging,
)
from mentordesk.storage.models.plan import BoardColumn, Card, ChecklistItem, card_competency
from mentordesk.storage.models.programme import ProgrammePublish
from mentordesk.storage.models.sessions import (
    ActionItem,
    AgendaItem,
    MentoringSession,
    SessionNote,
    SessionTemplate,
)

__all__ = [
    "ActionItem",
    "AgendaItem",
    "ArcheologyEvent",
    "BoardColumn",
    "Card",
    "ChangeClock",
    "ChecklistItem",
    "Competency",
    "Component",
    "Decision",
    "DecisionAddendum",
    "DecisionRevision",
    "Era",
    "EventLink",
    "Link",
    "MentoringSession",
    "Pairing",
    "Person",
    "ProgrammePublish",
    "ReviewComment",
    "SessionNote",
    "SessionTemplate",
    "Setting",
    "Tag",
    "Tagging",
    "card_competency",
    "decision_competency",
    "event_component",
]
