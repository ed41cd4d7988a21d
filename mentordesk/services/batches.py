"""Writing a file import in short transactions, so a save from the window never waits long for it.

Every import built on this can be repeated: what is already in the log or on the timeline is matched and
skipped or updated, never added twice. That is what makes batches safe: Cancel, or a failure part way,
keeps the batches already written and says how far the import got, and importing the same source again
completes it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TypeVar

from sqlalchemy.orm import Session

from mentordesk.services.base import get_live
from mentordesk.steps import Cancelled, Progress
from mentordesk.storage import Database
from mentordesk.storage.errors import WriteFailed
from mentordesk.storage.models import Pairing
from mentordesk.wording import translate

Item = TypeVar("Item")


class ImportStopped(ValueError):
    """A failure part way through an import: the cause, then what was kept (`told`)."""

    def __init__(self, error: ValueError, told: str) -> None:
        reason = error.cause if isinstance(error, WriteFailed) else str(error).rstrip(".")
        super().__init__(f"{reason[:1].upper()}{reason[1:]}. {told}")


def _part_way(kept: str, read: int, total: int, noun: str) -> str:
    if read == 0:
        return translate("batches", "Nothing was added.")
    return translate(
        "batches",
        "{kept} from the first {read} of {total} {noun} were written before it "
        "stopped; importing the same source again adds the rest and skips what is "
        "already there.",
    ).format(kept=kept, read=read, total=total, noun=noun)


def write_in_batches(
    db: Database,
    pairing_id: str,
    items: Sequence[Item],
    write: Callable[[Session, Item], None],
    progress: Progress | None,
    *,
    size: int,
    noun: str,
    kept: Callable[[], str],
) -> int:
    """`write` each item, `size` to a transaction, reporting progress between transactions. Returns how
    many items were left unread because Cancel was pressed. A failure raises ImportStopped, which tells
    what the transactions committed before it kept (`kept()`, e.g. "120 events")."""
    total = len(items)
    committed = kept()
    for start in range(0, total, size):
        if progress is not None:
            try:
                progress(start, total)
            except Cancelled:
                return total - start
        try:
            with db.write() as session:
                get_live(session, Pairing, pairing_id)
                for item in items[start : start + size]:
                    write(session, item)
        except ValueError as error:
            raise ImportStopped(error, _part_way(committed, start, total, noun)) from error
        committed = kept()
    if progress is not None:
        with contextlib.suppress(Cancelled):  # pressed as the last batch was written: nothing is left
            progress(total, total)
    return 0
