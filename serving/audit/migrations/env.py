"""Alembic environment for the audit store. The service passes its own connection in
``config.attributes["connection"]`` (see ``serving/audit/database.py``); the command-line
``alembic`` can also be used with ``-x url=...`` or ``sqlalchemy.url``."""

from alembic import context
from sqlalchemy import create_engine

from serving.audit.models import metadata

config = context.config


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    conn = config.attributes.get("connection")
    if conn is not None:
        _run(conn)
    else:
        url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
            "sqlalchemy.url")
        with create_engine(url).begin() as c:
            _run(c)
