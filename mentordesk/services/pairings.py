"""Pairings and people: creating a pairing (with its default plan columns) and knowing who "me" is."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentordesk.domain import NewPairing, PairingEdit, PairingInfo, PersonInfo, Role
from mentordesk.services.base import NotFoundError, Service, get_live, live
from mentordesk.storage.base import stable_id
from mentordesk.storage.models import BoardColumn, Competency, Pairing, Person, Setting
from mentordesk.storage.models.pairing import ME_KEY, PAIRING_ME_PREFIX, PARTNER_PREFIX
from mentordesk.wording import QT_TRANSLATE_NOOP, translate

NAME_LIMIT = 200
COMPETENCY_LIMIT = 120
DEFAULT_COLUMNS: tuple[tuple[str, int | None, int | None, bool], ...] = (
    (QT_TRANSLATE_NOOP("Board", "Backlog"), None, None, False),
    (QT_TRANSLATE_NOOP("Board", "Days 1–30"), 1, 30, False),
    (QT_TRANSLATE_NOOP("Board", "Days 31–60"), 31, 60, False),
    (QT_TRANSLATE_NOOP("Board", "Days 61–90"), 61, 90, False),
    (QT_TRANSLATE_NOOP("Board", "Done"), None, None, True),
)


def _person(person: Person) -> PersonInfo:
    return PersonInfo(id=person.id, name=person.name, email=person.email)


def _pairing(pairing: Pairing, me_id: str | None) -> PairingInfo:
    role = Role.MENTOR if me_id == pairing.mentor_id else Role.MENTEE if me_id == pairing.mentee_id else None
    return PairingInfo(
        id=pairing.id,
        name=pairing.name,
        mentor=_person(pairing.mentor),
        mentee=_person(pairing.mentee),
        my_role=role,
        start_date=pairing.start_date,
        cadence=pairing.cadence,
        status=pairing.status,
        goals=pairing.charter_goals,
    )


def _check_names(my_name: str, partner_name: str) -> None:
    if not my_name or not partner_name:
        raise ValueError(translate("pairings", "Both names are needed for a pairing."))
    if my_name.casefold() == partner_name.casefold():
        raise ValueError(translate("pairings", "You and your partner need different names."))


def _refuse_taken_name(session: Session, name: str, pairing_id: str | None = None) -> None:
    if not name:
        raise ValueError(translate("pairings", "A pairing needs a name."))
    if len(name) > NAME_LIMIT:
        raise ValueError(
            translate("pairings", "A pairing's name has at most {NAME_LIMIT} characters.").format(
                NAME_LIMIT=NAME_LIMIT
            )
        )
    taken = session.scalar(select(Pairing.id).where(Pairing.name == name, Pairing.id != (pairing_id or "")))
    if taken:
        raise ValueError(translate("pairings", "A pairing named {name!r} already exists.").format(name=name))


def _set_competencies(session: Session, pairing_id: str, names: Sequence[str]) -> None:
    """Make the pairing's live competencies exactly `names` (one per name, whatever its case): new ones
    are added, missing ones tombstoned (cards keep the link, so bringing the name back restores it)."""
    wanted: dict[str, str] = {}
    for raw in names:
        name = " ".join(raw.split())
        if len(name) > COMPETENCY_LIMIT:
            raise ValueError(
                translate(
                    "pairings", "A competency's name has at most {COMPETENCY_LIMIT} characters: {name}…"
                ).format(COMPETENCY_LIMIT=COMPETENCY_LIMIT, name=name[:40])
            )
        if name:
            wanted.setdefault(name.casefold(), name)
    rows = session.scalars(select(Competency).where(Competency.pairing_id == pairing_id))
    existing = {c.name.casefold(): c for c in rows}
    for key, competency in existing.items():
        if key not in wanted and not competency.deleted:
            competency.deleted = True
    for key, name in wanted.items():
        found = existing.get(key)
        if found is None:
            made = Competency(pairing_id=pairing_id, name=name)
            made.id = stable_id(session, Competency, "competency", pairing_id, key)
            session.add(made)
            continue
        if found.deleted:
            found.deleted = False
        if found.name != name:
            found.name = name


def _me_id(session: Session, pairing_id: str | None = None) -> str | None:
    """Which person this database's user is: for a pairing first created by an import, the one its
    import named (`me.<pairing id>`); otherwise the person the user created pairings as."""
    setting = session.get(Setting, PAIRING_ME_PREFIX + pairing_id) if pairing_id else None
    setting = setting or session.get(Setting, ME_KEY)
    return None if setting is None else str(setting.value)


class PairingService(Service):
    def list_pairings(self) -> list[PairingInfo]:
        with self._db.read() as session:
            rows = session.scalars(live(Pairing).order_by(Pairing.created_at, Pairing.name)).unique()
            return [_pairing(p, _me_id(session, p.id)) for p in rows]

    def get(self, pairing_id: str) -> PairingInfo:
        with self._db.read() as session:
            return _pairing(get_live(session, Pairing, pairing_id), _me_id(session, pairing_id))

    def find(self, name_or_id: str) -> PairingInfo:
        """A pairing by its exact name (as `mentordesk pairings` prints it) or its id."""
        with self._db.read() as session:
            found = session.scalars(
                live(Pairing).where((Pairing.name == name_or_id) | (Pairing.id == name_or_id))
            ).first()
            if found is None:
                raise NotFoundError(
                    translate("PairingService", "no pairing named {name_or_id!r}").format(
                        name_or_id=name_or_id
                    )
                )
            return _pairing(found, _me_id(session, found.id))

    def me(self) -> PersonInfo | None:
        with self._db.read() as session:
            me_id = _me_id(session)
            person = session.get(Person, me_id) if me_id else None
            return None if person is None else _person(person)

    def create(self, new: NewPairing, name: str | None = None, pairing_id: str | None = None) -> PairingInfo:
        """Create both people (reusing "me" if known), the pairing and its default 90-day plan columns;
        under `pairing_id` when given (a programme's invitation names it)."""
        my_name, partner_name = new.my_name.strip(), new.partner_name.strip()
        _check_names(my_name, partner_name)
        with self._db.write() as session:
            me_id = _me_id(session)
            me = session.get(Person, me_id) if me_id else None
            if me is None or me.name != my_name:
                me = Person(name=my_name)
                session.add(me)
            partner = Person(name=partner_name)
            session.add(partner)
            session.flush()
            mentor, mentee = (me, partner) if new.my_role is Role.MENTOR else (partner, me)
            pairing_name = (name or new.name.strip() or f"{mentor.name} & {mentee.name}").strip()
            _refuse_taken_name(session, pairing_name)
            if pairing_id is not None and session.get(Pairing, pairing_id) is not None:
                raise ValueError(translate("PairingService", "This database has that pairing already."))
            pairing = Pairing(
                **({"id": pairing_id} if pairing_id else {}),
                name=pairing_name,
                mentor_id=mentor.id,
                mentee_id=mentee.id,
                start_date=new.start_date,
                cadence=new.cadence,
                charter_goals=new.goals,
            )
            session.add(pairing)
            session.flush()
            for position, (title, first, last, done) in enumerate(DEFAULT_COLUMNS, start=1):
                session.add(
                    BoardColumn(
                        pairing_id=pairing.id,
                        title=translate("Board", title),
                        position=float(position),
                        first_day=first,
                        last_day=last,
                        is_done=done,
                    )
                )
            _set_competencies(session, pairing.id, new.competencies)
            session.merge(Setting(key=ME_KEY, value=me.id))
            session.flush()
            session.refresh(pairing)
            return _pairing(pairing, me.id)

    def update(self, pairing_id: str, edit: PairingEdit) -> PairingInfo:
        """Change the pairing's fields after creation. Changing my role swaps who is the mentor."""
        my_name, partner_name, name = edit.my_name.strip(), edit.partner_name.strip(), edit.name.strip()
        _check_names(my_name, partner_name)
        with self._db.write() as session:
            pairing = get_live(session, Pairing, pairing_id)
            _refuse_taken_name(session, name, pairing_id)
            me_id = _me_id(session, pairing_id)
            me, partner = (
                (pairing.mentee, pairing.mentor)
                if me_id == pairing.mentee_id
                else (pairing.mentor, pairing.mentee)
            )
            mentor, mentee = (me, partner) if edit.my_role is Role.MENTOR else (partner, me)
            if session.get(Setting, PARTNER_PREFIX + pairing_id) is not None:
                if mentor.id != pairing.mentor_id:
                    raise ValueError(
                        translate(
                            "PairingService", "{name} syncs this pairing, so its roles stay as they are."
                        ).format(name=partner.name)
                    )
                if partner.name != partner_name:
                    raise ValueError(
                        translate(
                            "PairingService",
                            "{name} syncs this pairing, so only {name} changes their own name.",
                        ).format(name=partner.name)
                    )
            changes = {
                "name": name,
                "mentor_id": mentor.id,
                "mentee_id": mentee.id,
                "start_date": edit.start_date,
                "cadence": edit.cadence,
                "charter_goals": edit.goals.strip(),
            }
            for field, value in changes.items():
                if getattr(pairing, field) != value:
                    setattr(pairing, field, value)
            for person, new_name in ((me, my_name), (partner, partner_name)):
                if person.name != new_name:
                    person.name = new_name
            _set_competencies(session, pairing_id, edit.competencies)
            session.flush()
            session.refresh(pairing)
            return _pairing(pairing, me_id)

    def edit_of(self, pairing_id: str) -> PairingEdit:
        """The pairing as its form shows it (my side first, as the acting role when "me" is not known)."""
        pairing = self.get(pairing_id)
        mine = pairing.my_role is Role.MENTEE
        me, partner = (pairing.mentee, pairing.mentor) if mine else (pairing.mentor, pairing.mentee)
        return PairingEdit(
            name=pairing.name,
            my_name=me.name,
            my_role=pairing.acting_role,
            partner_name=partner.name,
            start_date=pairing.start_date,
            cadence=pairing.cadence,
            goals=pairing.goals,
            competencies=tuple(name for name, _ in self.competencies(pairing_id)),
        )

    def add_competency(
        self, pairing_id: str, name: str, description: str = "", levels: list[str] | None = None
    ) -> str:
        with self._db.write() as session:
            competency = Competency(
                id=stable_id(session, Competency, "competency", pairing_id, name.casefold()),
                pairing_id=pairing_id,
                name=name,
                description=description,
                levels=levels or [],
            )
            session.add(competency)
            session.flush()
            return competency.id

    def competencies(self, pairing_id: str) -> list[tuple[str, str]]:
        """(name, description) of the pairing's competencies, by name."""
        with self._db.read() as session:
            rows = session.scalars(
                live(Competency)
                .where(Competency.pairing_id == pairing_id)
                .order_by(func.lower(Competency.name))
            )
            return [(c.name, c.description) for c in rows]
