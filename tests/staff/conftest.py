"""Staff capability fixtures: two shops, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from tradewinds.store import Database
from tradewinds.store.tables import Tenant
from tradewinds.store.tenants import create_tenant


@pytest.fixture
def shops(db: Database) -> tuple[Tenant, Tenant]:
    return create_tenant(db, "acme"), create_tenant(db, "globex")
