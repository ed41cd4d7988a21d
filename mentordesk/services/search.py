"""Global search over the full-text index (storage/search.py), in one short read."""

from __future__ import annotations

from sqlalchemy import text

from mentordesk.domain import SearchHit
from mentordesk.services.base import Service
from mentordesk.storage.search import find


class SearchService(Service):
    def search(self, query: str, pairing_id: str | None = None, limit: int = 50) -> list[SearchHit]:
        """Hits for every word of `query` (the last one as a prefix), best first."""
        with self._db.read() as session:
            return find(
                lambda sql, parameters: session.execute(text(sql), parameters), query, pairing_id, limit
            )
