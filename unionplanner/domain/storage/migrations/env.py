"""Alembic environment: runs on the connection handed over by storage.migrate."""

from alembic import context

from unionplanner.domain.storage.schema import load_all_models

target_metadata = load_all_models()
connection = context.config.attributes.get("connection")

if connection is None:  # `make migration m="..."` from a developer's shell
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("sqlalchemy.url is not set; use `make migration m=\"...\"`")
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
