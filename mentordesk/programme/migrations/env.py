"""Alembic environment of the programme hub: runs on the connection `programme.hub` hands over. Its
version table has a name of its own, so a hub never mistakes itself for a MentorDesk file."""

from alembic import context

from mentordesk.programme.schema import metadata

VERSION_TABLE = "programme_version"


def run_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE)
    with context.begin_transaction():
        context.run_migrations()


run_online()
