"""Global search over the full-text index."""

from __future__ import annotations

from sqlalchemy import text

from mentordesk.domain import RecordKind, SearchHit, Visibility
from mentordesk.services.base import Service
from mentordesk.storage.fts import FTS_TABLE, WORD, match_expression

SNIPPET_SCAN = 20_000
"""Characters of a hit's body looked through for its snippet. FTS5's own snippet() costs time that grows
with the square of a long note's matches (seconds for a 400 KB note); this costs at most this much."""

# A hit is as hidden as the record it opens (an action item of a confidential session, a checklist item
# of a private card): `t` is that record's own entry, and a child whose record is gone is not a hit.
_QUERY = f"""
SELECT d.kind, d.record_id, d.open_kind, d.open_id, d.pairing_id,
       CASE WHEN 'private' IN (d.visibility, t.visibility) THEN 'private'
            WHEN 'confidential' IN (d.visibility, t.visibility) THEN 'confidential'
            ELSE 'shared' END AS visibility,
       {FTS_TABLE}.title AS title,
       substr({FTS_TABLE}.body, 1, {SNIPPET_SCAN}) AS body
FROM {FTS_TABLE} JOIN search_doc AS d ON d.rowid = {FTS_TABLE}.rowid
JOIN search_doc AS t ON t.record_id = d.open_id
WHERE {FTS_TABLE} MATCH :match AND (:pairing IS NULL OR d.pairing_id = :pairing)
ORDER BY bm25({FTS_TABLE}, 4.0, 1.0)
LIMIT :limit
"""


MAX_LIMIT = 1000
SNIPPET_WORDS = 12


class SearchService(Service):
    def search(self, query: str, pairing_id: str | None = None, limit: int = 50) -> list[SearchHit]:
        """Hits for every word of `query` (the last one as a prefix), best first."""
        match = match_expression(query)
        if match is None:
            return []
        limit = max(1, min(limit, MAX_LIMIT))
        words = [w.casefold() for w in WORD.findall(query)]
        with self._db.read() as session:
            rows = session.execute(text(_QUERY), {"match": match, "pairing": pairing_id, "limit": limit})
            return [
                SearchHit(
                    kind=RecordKind(row.kind),
                    record_id=row.record_id,
                    title=row.title,
                    snippet=snippet(row.body, words),
                    open_kind=RecordKind(row.open_kind),
                    open_id=row.open_id,
                    pairing_id=row.pairing_id,
                    visibility=Visibility(row.visibility),
                )
                for row in rows
            ]


def snippet(body: str, words: list[str]) -> str:
    """About SNIPPET_WORDS words of `body` around the first place one of `words` starts a word (the
    start of the body when none does), in time linear in the part of the body looked at."""
    flat = " ".join(body.split())
    folded = flat.casefold()
    found = [i for i in (_word_start(folded, w) for w in words) if i >= 0]
    start = flat.rfind(" ", 0, min(found, default=0)) + 1  # the start of the token holding it
    earlier, later = flat[:start].split(), flat[start:].split()
    before = earlier[-3:]
    after = later[: SNIPPET_WORDS - len(before)]
    lead = "…" if len(before) < len(earlier) else ""
    tail = "…" if len(after) < len(later) else ""
    return f"{lead}{' '.join([*before, *after])}{tail}"


def _word_start(text: str, word: str) -> int:
    index = text.find(word)
    while index > 0 and text[index - 1].isalnum():
        index = text.find(word, index + 1)
    return index
