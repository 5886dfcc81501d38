"""Alembic environment: runs on the engine handed over by ``tradewinds.store.db``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import tradewinds.store.tables  # noqa: F401  (registers every table)
from tradewinds.store.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # `alembic` command line: take the URL from the ini/-x option
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        context.run_migrations()


run_migrations_online()
