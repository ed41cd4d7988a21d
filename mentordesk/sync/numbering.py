"""Decision numbers while an import writes: two decisions numbered alike on the two copies while apart
are told apart here, the same way on both copies (docs/FORMAT.md, "Merging")."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.storage.models import Decision
from mentordesk.storage.versions import stamp


class DecisionNumbers:
    """The pairing's decision numbers: those stored, read once (nothing is flushed while records are
    applied), and those of the decisions this import writes, by number, so a clash is found in one
    lookup however many decisions arrive.

    A decision is a stored `Decision` or a row the import inserts in bulk; either has `id` and `number`
    and the version fields `stamp` writes."""

    def __init__(self, session: Session, pairing_id: str, device: str) -> None:
        self._session = session
        self._pairing_id = pairing_id
        self._device = device
        self._stored: dict[int, list[str]] | None = None  # read when the first decision arrives
        self._written: dict[int, list[Any]] = {}
        self._highest = 0
        self.renumbered: list[tuple[int, int]] = []  # decisions moved: (from, to)

    def _read_stored(self) -> dict[int, list[str]]:
        if self._stored is None:
            self._stored = {}
            query = select(Decision.id, Decision.number).where(Decision.pairing_id == self._pairing_id)
            for decision_id, number in self._session.execute(query):
                self._stored.setdefault(number, []).append(decision_id)
            self._highest = max(self._highest, max(self._stored, default=0))
        return self._stored

    def settle(self, decision: Any) -> None:
        """`decision` was just written. If another holds its number, the one with the larger id takes
        the next free number: both copies choose the same one to move, so neither refuses the other."""
        self._hold(decision)
        other = self._other_with(decision)
        if other is None:
            return
        mover = max(decision, other, key=lambda d: d.id)
        free = self._highest + 1
        self.renumbered.append((mover.number, free))
        self._release(mover)
        mover.number = free
        stamp(mover, self._device, ["number"])
        self._hold(mover)

    def _other_with(self, decision: Any) -> Any:
        number = decision.number
        ids = self._read_stored().get(number, ())
        stored = (self._session.get(Decision, i) for i in ids if i != decision.id)
        written = (d for d in self._written.get(number, ()) if d is not decision)
        return next((d for d in (*stored, *written) if d is not None and d.number == number), None)

    def _hold(self, decision: Any) -> None:
        held = self._written.setdefault(decision.number, [])
        if all(d is not decision for d in held):
            held.append(decision)
        self._highest = max(self._highest, decision.number)

    def _release(self, decision: Any) -> None:
        held = self._written.get(decision.number, [])
        self._written[decision.number] = [d for d in held if d is not decision]
