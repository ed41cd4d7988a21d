"""Service facades: one per area, each owning short transactions and returning plain domain objects.

`Services` makes each facade, and imports its module, the first time it is used: the window's first page
needs a few of them, and importing all (ADR files, calendars, sync and their libraries) before the first
paint would keep the user waiting for what they may not use today."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from mentordesk.services.errors import NotFoundError
from mentordesk.services.redaction import Guarded, ReviewSwitch
from mentordesk.storage.errors import WriteFailed

if TYPE_CHECKING:
    from mentordesk.services.adr_folder import AdrFolderService
    from mentordesk.services.archeology import ArcheologyService
    from mentordesk.services.board import BoardService
    from mentordesk.services.calendar import CalendarService
    from mentordesk.services.decision_review import ReviewService
    from mentordesk.services.decisions import DecisionService
    from mentordesk.services.links import LinkService
    from mentordesk.services.metrics import MetricsService
    from mentordesk.services.overview import OverviewService
    from mentordesk.services.pairings import PairingService
    from mentordesk.services.plans import PlanService
    from mentordesk.services.preferences import PreferenceService
    from mentordesk.services.prepare import PrepareService
    from mentordesk.services.publishing import PublishService
    from mentordesk.services.report import ReportService
    from mentordesk.services.search import SearchService
    from mentordesk.services.session_edits import SessionEditService
    from mentordesk.services.sessions import SessionService
    from mentordesk.services.templates import TemplateService
    from mentordesk.services.timeline_io import TimelineIOService
    from mentordesk.storage import Database
    from mentordesk.sync.service import SyncService

S = TypeVar("S")


class Services:
    """Every service on one database. `review` is the Review-mode switch of the services guarded by it
    (see `guarded_by`); unguarded services have a switch of their own that stays off."""

    def __init__(
        self, db: Database, review: ReviewSwitch | None = None, base: Services | None = None
    ) -> None:
        self.db = db
        self.review = review or ReviewSwitch()
        self._base = base  # the unguarded services these guard

    @classmethod
    def for_database(cls, db: Database) -> Services:
        return cls(db)

    @classmethod
    def open(cls, path: Path, *, check: bool = True) -> Services:
        """Services on the database at `path`; `check`: see `open_database`."""
        from mentordesk.storage import open_database

        return cls.for_database(open_database(path, check=check))

    def guarded_by(self, switch: ReviewSwitch) -> Services:
        """These services, every one Guarded by `switch` (Review mode); the database is shared."""
        return Services(self.db, switch, base=self)

    def close(self) -> None:
        self.db.close()

    def _made(self, name: str, kind: Callable[[Database], S]) -> S:
        if self._base is None:
            return kind(self.db)
        guarded: S = Guarded(getattr(self._base, name), self.review)  # type: ignore[assignment]
        return guarded

    @cached_property
    def pairings(self) -> PairingService:
        from mentordesk.services.pairings import PairingService

        return self._made("pairings", PairingService)

    @cached_property
    def preferences(self) -> PreferenceService:
        from mentordesk.services.preferences import PreferenceService

        return self._made("preferences", PreferenceService)

    @cached_property
    def plans(self) -> PlanService:
        from mentordesk.services.plans import PlanService

        return self._made("plans", PlanService)

    @cached_property
    def board(self) -> BoardService:
        from mentordesk.services.board import BoardService

        return self._made("board", BoardService)

    @cached_property
    def sessions(self) -> SessionService:
        from mentordesk.services.sessions import SessionService

        return self._made("sessions", SessionService)

    @cached_property
    def session_edits(self) -> SessionEditService:
        from mentordesk.services.session_edits import SessionEditService

        return self._made("session_edits", SessionEditService)

    @cached_property
    def decisions(self) -> DecisionService:
        from mentordesk.services.decisions import DecisionService

        return self._made("decisions", DecisionService)

    @cached_property
    def reviews(self) -> ReviewService:
        from mentordesk.services.decision_review import ReviewService

        return self._made("reviews", ReviewService)

    @cached_property
    def adr(self) -> AdrFolderService:
        from mentordesk.services.adr_folder import AdrFolderService

        return self._made("adr", AdrFolderService)

    @cached_property
    def archeology(self) -> ArcheologyService:
        from mentordesk.services.archeology import ArcheologyService

        return self._made("archeology", ArcheologyService)

    @cached_property
    def timeline(self) -> TimelineIOService:
        from mentordesk.services.timeline_io import TimelineIOService

        return self._made("timeline", TimelineIOService)

    @cached_property
    def search(self) -> SearchService:
        from mentordesk.services.search import SearchService

        return self._made("search", SearchService)

    @cached_property
    def links(self) -> LinkService:
        from mentordesk.services.links import LinkService

        return self._made("links", LinkService)

    @cached_property
    def metrics(self) -> MetricsService:
        from mentordesk.services.metrics import MetricsService

        return self._made("metrics", MetricsService)

    @cached_property
    def templates(self) -> TemplateService:
        from mentordesk.services.templates import TemplateService

        return self._made("templates", TemplateService)

    @cached_property
    def prepare(self) -> PrepareService:
        from mentordesk.services.prepare import PrepareService

        return self._made("prepare", PrepareService)

    @cached_property
    def calendar(self) -> CalendarService:
        from mentordesk.services.calendar import CalendarService

        return self._made("calendar", CalendarService)

    @cached_property
    def report(self) -> ReportService:
        from mentordesk.services.report import ReportService

        return self._made("report", ReportService)

    @cached_property
    def overview(self) -> OverviewService:
        from mentordesk.services.overview import OverviewService

        return self._made("overview", OverviewService)

    @cached_property
    def publishing(self) -> PublishService:
        from mentordesk.services.publishing import PublishService

        return self._made("publishing", PublishService)

    @cached_property
    def sync(self) -> SyncService:
        from mentordesk.sync.service import SyncService

        return self._made("sync", SyncService)


__all__ = ["NotFoundError", "Services", "WriteFailed"]
