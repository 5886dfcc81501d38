"""Helpers shared by command modules: database handle, tenant option, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tradewinds.core.settings import Settings
    from tradewinds.store.db import Database
    from tradewinds.store.tables import Tenant


@dataclass
class _State:
    debug: bool = False


state = _State()

TenantOption = typer.Option(
    None, "--tenant", "-t", help="Tenant slug (default: settings.default_tenant)."
)
JsonOption = typer.Option(False, "--json", help="Print machine-readable JSON.")


def settings() -> Settings:
    from tradewinds.core.settings import get_settings

    return get_settings()


def open_db() -> Database:
    from tradewinds.store import open_database

    return open_database(settings())


def tenant_for(db: Database, slug: str | None) -> Tenant:
    from tradewinds.store import resolve_tenant

    return resolve_tenant(db, slug or settings().default_tenant)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n")


@contextmanager
def store_session(tenant: str | None) -> Iterator[Session]:
    """A session for ``tenant`` (default tenant if None); the database is closed after."""
    from tradewinds.store import tenant_session

    db = open_db()
    try:
        with tenant_session(db, tenant_for(db, tenant).id) as session:
            yield session
    finally:
        db.dispose()
