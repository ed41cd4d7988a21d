"""Service facades: one per area, each owning short transactions and returning plain domain objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mentordesk.services.adr_folder import AdrFolderService
from mentordesk.services.archeology import ArcheologyService
from mentordesk.services.base import NotFoundError
from mentordesk.services.board import BoardService
from mentordesk.services.calendar import CalendarService
from mentordesk.services.decision_review import ReviewService
from mentordesk.services.decisions import DecisionService
from mentordesk.services.links import LinkService
from mentordesk.services.metrics import MetricsService
from mentordesk.services.pairings import PairingService
from mentordesk.services.plans import PlanService
from mentordesk.services.prepare import PrepareService
from mentordesk.services.redaction import ReviewSwitch
from mentordesk.services.report import ReportService
from mentordesk.services.search import SearchService
from mentordesk.services.session_edits import SessionEditService
from mentordesk.services.sessions import SessionService
from mentordesk.services.templates import TemplateService
from mentordesk.services.timeline_io import TimelineIOService
from mentordesk.storage import Database, WriteFailed, open_database
from mentordesk.sync.service import SyncService


@dataclass(frozen=True)
class Services:
    db: Database
    pairings: PairingService
    plans: PlanService
    board: BoardService
    sessions: SessionService
    session_edits: SessionEditService
    decisions: DecisionService
    reviews: ReviewService
    adr: AdrFolderService
    archeology: ArcheologyService
    timeline: TimelineIOService
    search: SearchService
    links: LinkService
    metrics: MetricsService
    templates: TemplateService
    prepare: PrepareService
    calendar: CalendarService
    report: ReportService
    sync: SyncService
    review: ReviewSwitch = field(default_factory=ReviewSwitch)  # Review mode, for services guarded by it

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(
            db=db,
            pairings=PairingService(db),
            plans=PlanService(db),
            board=BoardService(db),
            sessions=SessionService(db),
            session_edits=SessionEditService(db),
            decisions=DecisionService(db),
            reviews=ReviewService(db),
            adr=AdrFolderService(db),
            archeology=ArcheologyService(db),
            timeline=TimelineIOService(db),
            search=SearchService(db),
            links=LinkService(db),
            metrics=MetricsService(db),
            templates=TemplateService(db),
            prepare=PrepareService(db),
            calendar=CalendarService(db),
            report=ReportService(db),
            sync=SyncService(db),
        )

    @classmethod
    def open(cls, path: Path) -> Services:
        return cls.for_database(open_database(path))

    def close(self) -> None:
        self.db.close()


__all__ = ["NotFoundError", "Services", "WriteFailed"]
