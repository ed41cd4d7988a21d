"""Alembic environment: runs on the connection MentorDesk hands over, or on sqlalchemy.url."""

from alembic import context
from sqlalchemy import create_engine

from mentordesk.storage import models  # noqa: F401
from mentordesk.storage.base import Base, UtcDateTime
from mentordesk.storage.fts import is_fts_table

config = context.config


def include_name(name, type_, parent_names):
    return not (type_ == "table" and name is not None and is_fts_table(name))


def render_item(type_, obj, autogen_context):
    # Migrations stay frozen: they name plain SQLAlchemy types, never the app's own decorators.
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime()"
    return False


def run_on(connection):
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online():
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url", "sqlite://"))
    with engine.connect() as connection:
        run_on(connection)
        connection.commit()


run_online()
