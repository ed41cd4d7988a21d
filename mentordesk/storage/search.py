"""Reading the full-text index: what a person typed made into a safe FTS5 query, and the search itself.

It runs on any `execute(sql, parameters)` that returns rows (an ORM session's, or a plain sqlite3
connection's), so the window's search and `mentordesk search`, which reads the file without loading the
database layer, are one search. The index is written by storage/fts.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from mentordesk.domain import RecordKind, SearchHit, Visibility
from mentordesk.storage.sqlite_file import HEAD_REVISION, check_file, reading, stored_revision
from mentordesk.wording import translate

FTS_TABLE = "search_index"

Execute = Callable[[str, Mapping[str, Any]], Iterable[Sequence[Any]]]
"""Runs one SQL statement with named parameters and returns its rows."""

WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word must match, the last one as a prefix.

    Operators and quotes the user typed are never passed through, so no input can be a syntax error.
    """
    words = WORD.findall(query)
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


SNIPPET_SCAN = 20_000
"""Characters of a hit's body looked through for its snippet. FTS5's own snippet() costs time that grows
with the square of a long note's matches (seconds for a 400 KB note); this costs at most this much."""

RANKED_POOL = 2000
"""How many of the newest matches are ranked. A common word matches tens of thousands of records, and
ranking every match (bm25) took 0.1-0.5 s at 100,000 records; a search that ranks the newest 2,000
takes 10-20 ms there, and an older record is found by a word it shares with fewer than 2,000 newer
ones."""

# A hit is as hidden as the record it opens (an action item of a confidential session, a checklist item
# of a private card): `t` is that record's own entry, and a child whose record is gone is not a hit.
# The newest matches are ranked as the index gives them, newest first, in one pass over it (FTS5 reads a
# common word's or a prefix's matches whole for each statement that asks for them); only the best few
# are joined to what a hit shows. Equal scores go newest first.
_QUERY = f"""
WITH newest AS (
  SELECT {FTS_TABLE}.rowid AS id, bm25({FTS_TABLE}, 4.0, 1.0) AS score
  FROM {FTS_TABLE} JOIN search_doc AS d ON d.rowid = {FTS_TABLE}.rowid
  WHERE {FTS_TABLE} MATCH :match AND (:pairing IS NULL OR d.pairing_id = :pairing)
  ORDER BY {FTS_TABLE}.rowid DESC LIMIT :pool
),
best AS (SELECT id, score FROM newest ORDER BY score, id DESC LIMIT :limit)
SELECT d.kind, d.record_id, d.open_kind, d.open_id, d.pairing_id,
       CASE WHEN 'private' IN (d.visibility, t.visibility) THEN 'private'
            WHEN 'confidential' IN (d.visibility, t.visibility) THEN 'confidential'
            ELSE 'shared' END AS visibility,
       f.title AS title,
       substr(f.body, 1, {SNIPPET_SCAN}) AS body
FROM best JOIN {FTS_TABLE} AS f ON f.rowid = best.id
JOIN search_doc AS d ON d.rowid = best.id
JOIN search_doc AS t ON t.record_id = d.open_id
ORDER BY best.score, best.id DESC
"""
MAX_LIMIT = 1000
SNIPPET_WORDS = 12


def find(execute: Execute, query: str, pairing_id: str | None = None, limit: int = 50) -> list[SearchHit]:
    """Hits for every word of `query` (the last one as a prefix), best first."""
    match = match_expression(query)
    if match is None:
        return []
    limit = max(1, min(limit, MAX_LIMIT))
    words = [w.casefold() for w in WORD.findall(query)]
    asked = {"match": match, "pairing": pairing_id, "pool": RANKED_POOL, "limit": limit}
    return [
        SearchHit(
            kind=RecordKind(kind),
            record_id=record_id,
            title=title,
            snippet=snippet(body, words),
            open_kind=RecordKind(open_kind),
            open_id=open_id,
            pairing_id=pairing,
            visibility=Visibility(visibility),
        )
        for kind, record_id, open_kind, open_id, pairing, visibility, title, body in execute(_QUERY, asked)
    ]


def search_file(
    path: Path, query: str, pairing: str | None = None, limit: int = 50
) -> list[SearchHit] | None:
    """`find` in the database at `path`, read with plain sqlite3 once SQLite has checked the file whole;
    `pairing` is a pairing's exact name or id. None when the file is not at this build's schema revision:
    it must be upgraded first, which the database layer does."""
    path = path.expanduser().absolute()
    read_only = check_file(path)
    if not path.exists() or stored_revision(path, read_only) != HEAD_REVISION:
        return None
    with reading(path, read_only) as conn:
        pairing_id = None
        if pairing:
            row = conn.execute(
                "SELECT id FROM pairing WHERE NOT deleted AND (name = ? OR id = ?) LIMIT 1",
                (pairing, pairing),
            ).fetchone()
            if row is None:
                raise ValueError(translate("search", "no pairing named {pairing!r}").format(pairing=pairing))
            pairing_id = str(row[0])
        return find(conn.execute, query, pairing_id, limit)


def snippet(body: str, words: list[str]) -> str:
    """About SNIPPET_WORDS words of `body` around the first place one of `words` starts a word (the
    start of the body when none does), in time linear in the part of the body looked at."""
    flat = " ".join(body.split())
    folded = flat.casefold()
    found = [i for i in (_word_start(folded, w) for w in words) if i >= 0]
    start = flat.rfind(" ", 0, min(found, default=0)) + 1  # the start of the token holding it
    earlier, later = flat[:start].split(), flat[start:].split()
    before, left = _plain_words(reversed(earlier), 3)
    after, right = _plain_words(iter(later), SNIPPET_WORDS - len(before))
    lead = "…" if any(_plain(token) for token in left) else ""
    tail = "…" if any(_plain(token) for token in right) else ""
    return f"{lead}{' '.join([*reversed(before), *after])}{tail}"


# Markdown a snippet leaves out: a link's "](target)", emphasis and code marks at a word's edges, and
# words that are markup only (heading marks, list bullets, quote marks, table rules).
_LINK_TARGET = re.compile(r"\]\([^)\s]*\)?")
_EDGE_MARKS = re.compile(r"(?<!\w)[*_`~]+|[*_`~]+(?!\w)")
_MARKUP_ONLY = re.compile(r"[#>*+\-|=_`~:]+")


def _plain(token: str) -> str:
    """A word as it reads, without its Markdown ("" for a word that is markup only)."""
    if _MARKUP_ONLY.fullmatch(token):
        return ""
    return _EDGE_MARKS.sub("", _LINK_TARGET.sub("", token)).lstrip("#>[!")


def _plain_words(tokens: Iterator[str], wanted: int) -> tuple[list[str], Iterator[str]]:
    """The first `wanted` words of `tokens` that are more than markup, as they read, and the tokens left
    (only as many are cleaned as are shown: a long note's other words are not)."""
    words: list[str] = []
    for token in tokens:
        if len(words) == wanted:
            return words, itertools.chain((token,), tokens)
        if word := _plain(token):
            words.append(word)
    return words, iter(())


def _word_start(text: str, word: str) -> int:
    index = text.find(word)
    while index > 0 and text[index - 1].isalnum():
        index = text.find(word, index + 1)
    return index
