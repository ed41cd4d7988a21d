"""One module per page of the main window, and the list of pages in sidebar order.

The list names each page's module instead of importing it: a page's module (and what it imports, such as
charts or the timeline's scene) is loaded when the page is first shown, not before the window's first
paint."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from mentordesk.ui.pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    title: str
    icon_name: str
    module: str
    class_name: str

    @property
    def shown_title(self) -> str:
        """The title as the window shows it, in the user's language (`title` is its English key)."""
        return translate("Pages", self.title)

    def page_class(self) -> type[Page]:
        page: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        return page


PAGES = (
    PageSpec(QT_TRANSLATE_NOOP("Pages", "Prepare"), "prepare", "mentordesk.ui.pages.prepare", "PreparePage"),
    PageSpec(QT_TRANSLATE_NOOP("Pages", "Plan"), "plan", "mentordesk.ui.pages.plan", "PlanPage"),
    PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Sessions"),
        "sessions",
        "mentordesk.ui.pages.sessions",
        "SessionsPage",
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Decisions"),
        "decisions",
        "mentordesk.ui.pages.decisions",
        "DecisionsPage",
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("Pages", "System Archeology"),
        "archeology",
        "mentordesk.ui.pages.archeology",
        "ArcheologyPage",
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Progress"),
        "progress",
        "mentordesk.ui.pages.progress",
        "ProgressPage",
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("Pages", "Overview"),
        "overview",
        "mentordesk.ui.pages.overview",
        "OverviewPage",
    ),
)
