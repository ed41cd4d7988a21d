"""Session templates: the built-in ones shipped as Markdown, and the user's own stored in the database.

A built-in template is a Markdown file with a small front matter (`name:`, `kind:`); the bullet points under
its "## Agenda" heading become agenda items and everything after that section becomes the notes.
"""

from __future__ import annotations

from collections.abc import Sequence

import yaml
from sqlalchemy import select

from mentordesk import wording
from mentordesk.assets import asset_names, localised, read_asset
from mentordesk.domain import DecisionTemplate, SessionKind, SessionTemplateInfo
from mentordesk.services.adr_sections import heading_key, split_sections
from mentordesk.services.base import Service, get_live, live
from mentordesk.storage.models import SessionTemplate
from mentordesk.wording import translate

FOLDER = "templates/sessions"


def parse_template(text: str) -> SessionTemplateInfo:
    """Read a template file; ValueError names what is missing."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---" or "---" not in (line.strip() for line in lines[1:]):
        raise ValueError(
            translate("templates", "a template starts with a front matter block between --- lines")
        )
    end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    meta = dict(line.split(":", 1) for line in lines[1:end] if ":" in line)
    meta = {key.strip(): value.strip() for key, value in meta.items()}
    if not meta.get("name"):
        raise ValueError(translate("templates", "a template needs a name"))
    body = lines[end + 1 :]
    agenda: list[str] = []
    notes: list[str] = []
    section = ""
    for line in body:
        if line.startswith("## "):
            section = line[3:].strip().casefold()
            if section == "agenda":
                continue
        if section == "agenda":
            if line.lstrip().startswith(("- ", "* ")):
                agenda.append(line.lstrip()[2:].strip())
        else:
            notes.append(line)
    return SessionTemplateInfo(
        name=meta["name"],
        kind=SessionKind(meta.get("kind", SessionKind.ONE_ON_ONE.value)),
        agenda=tuple(agenda),
        notes="\n".join(notes).strip() + "\n",
    )


def built_in_templates() -> list[SessionTemplateInfo]:
    folder = localised(FOLDER, wording.language())
    return [parse_template(read_asset(*folder.split("/"), name)) for name in asset_names(folder, ".md")]


class TemplateService(Service):
    def templates(self) -> list[SessionTemplateInfo]:
        """Built-in templates first, then the user's own, each by name."""
        with self._db.read() as session:
            own = [
                SessionTemplateInfo(t.name, t.kind, tuple(t.agenda or ()), t.notes, t.id)
                for t in session.scalars(live(SessionTemplate).order_by(SessionTemplate.name))
            ]
        return sorted(built_in_templates(), key=lambda t: t.name) + own

    def find(self, name: str) -> SessionTemplateInfo:
        found = next((t for t in self.templates() if t.name == name), None)
        if found is None:
            raise ValueError(
                translate("TemplateService", "There is no template named {name!r}.").format(name=name)
            )
        return found

    def save_template(self, name: str, kind: SessionKind, agenda: Sequence[str], notes: str) -> str:
        """Create or replace the user's template of that name (built-in names are taken)."""
        cleaned = " ".join(name.split())
        if not cleaned:
            raise ValueError(translate("TemplateService", "A template needs a name."))
        if any(t.name == cleaned for t in built_in_templates()):
            raise ValueError(
                translate(
                    "TemplateService", "{cleaned!r} is the name of a built-in template; choose another."
                ).format(cleaned=cleaned)
            )
        items = [" ".join(a.split()) for a in agenda if a.strip()]
        with self._db.write() as session:
            template = session.scalar(select(SessionTemplate).where(SessionTemplate.name == cleaned))
            if template is None:
                template = SessionTemplate(name=cleaned)
                session.add(template)
            template.kind, template.agenda, template.notes, template.deleted = kind, items, notes, False
            session.flush()
            return template.id

    def delete_template(self, template_id: str) -> None:
        with self._db.write() as session:
            get_live(session, SessionTemplate, template_id).deleted = True


DECISION_FOLDER = "templates/decisions"


def decision_templates() -> list[DecisionTemplate]:
    """The built-in decision templates: which sections each shows, with a prompt for each, in order."""
    found = []
    folder = localised(DECISION_FOLDER, wording.language())
    for name in asset_names(folder, ".md"):
        text = read_asset(*folder.split("/"), name)
        _, meta_text, body = text.split("---", 2)
        meta = yaml.safe_load(meta_text)
        _, sections = split_sections(body)
        prompts = {heading_key(h) or "": text.strip() for h, text, _ in sections}
        prompts.pop("", None)
        found.append((int(meta.get("order", 99)), DecisionTemplate(str(meta["name"]), prompts)))
    return [template for _, template in sorted(found, key=lambda pair: pair[0])]
