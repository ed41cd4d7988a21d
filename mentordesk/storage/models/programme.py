"""What a pairing published to its programme: each snapshot's number, when, from which device, where to,
and its figures. It travels with the pairing's exports, so both partners see what was published."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.storage.base import Base, PairingScoped


class ProgrammePublish(PairingScoped, Base):
    __tablename__ = "programme_publish"

    sequence: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[dt.datetime] = mapped_column()
    device: Mapped[str] = mapped_column(String(40))  # the publishing device's fingerprint, not its name
    target: Mapped[str] = mapped_column(String(10))  # "folder" or "hub"
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)
