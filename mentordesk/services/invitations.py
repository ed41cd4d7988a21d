"""Accepting a programme's pairing invitation: the mentor's copy creates the pairing under the id the
programme enrolled; the mentee's copy notes that the pairing's first export is expected."""

from __future__ import annotations

from mentordesk.domain import NewPairing, PairingInfo, Role
from mentordesk.programme.invitation import Invitation
from mentordesk.services.base import Service
from mentordesk.services.pairings import PairingService
from mentordesk.storage.models import Setting
from mentordesk.sync.importing import INVITED_KEY


class InvitationService(Service):
    def accept(self, invitation: Invitation, role: Role) -> PairingInfo | None:
        """As the mentor: the pairing, created with the programme's competencies (returned). As the
        mentee: nothing is created; the mentor's first export of it will be accepted when it arrives."""
        if role is Role.MENTEE:
            with self._db.write() as session:
                session.merge(Setting(key=INVITED_KEY.format(pairing=invitation.pairing_id), value=True))
            return None
        new = NewPairing(
            my_name=invitation.mentor,
            my_role=Role.MENTOR,
            partner_name=invitation.mentee,
            start_date=invitation.start_date,
            cadence=invitation.cadence,
            competencies=invitation.competencies,
        )
        return PairingService(self._db).create(new, pairing_id=invitation.pairing_id)
