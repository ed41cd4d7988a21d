"""Global search over the full-text index."""

from __future__ import annotations

from sqlalchemy import text

from mentordesk.domain import RecordKind, SearchHit, Visibility
from mentordesk.services.base import Service
from mentordesk.storage.fts import FTS_TABLE, match_expression

# A hit is as hidden as the record it opens (an action item of a confidential session, a checklist item
# of a private card): `t` is that record's own entry, and a child whose record is gone is not a hit.
_QUERY = f"""
SELECT d.kind, d.record_id, d.open_kind, d.open_id, d.pairing_id,
       CASE WHEN 'private' IN (d.visibility, t.visibility) THEN 'private'
            WHEN 'confidential' IN (d.visibility, t.visibility) THEN 'confidential'
            ELSE 'shared' END AS visibility,
       {FTS_TABLE}.title AS title,
       snippet({FTS_TABLE}, 1, '', '', '…', 12) AS snippet
FROM {FTS_TABLE} JOIN search_doc AS d ON d.rowid = {FTS_TABLE}.rowid
JOIN search_doc AS t ON t.record_id = d.open_id
WHERE {FTS_TABLE} MATCH :match AND (:pairing IS NULL OR d.pairing_id = :pairing)
ORDER BY bm25({FTS_TABLE}, 4.0, 1.0)
LIMIT :limit
"""


MAX_LIMIT = 1000


class SearchService(Service):
    def search(self, query: str, pairing_id: str | None = None, limit: int = 50) -> list[SearchHit]:
        """Hits for every word of `query` (the last one as a prefix), best first."""
        match = match_expression(query)
        if match is None:
            return []
        limit = max(1, min(limit, MAX_LIMIT))
        with self._db.read() as session:
            rows = session.execute(text(_QUERY), {"match": match, "pairing": pairing_id, "limit": limit})
            return [
                SearchHit(
                    kind=RecordKind(row.kind),
                    record_id=row.record_id,
                    title=row.title,
                    snippet=" ".join(row.snippet.split()),
                    open_kind=RecordKind(row.open_kind),
                    open_id=row.open_id,
                    pairing_id=row.pairing_id,
                    visibility=Visibility(row.visibility),
                )
                for row in rows
            ]
