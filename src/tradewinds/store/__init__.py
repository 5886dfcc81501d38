"""Storage: tables, migrations, tenant-scoped sessions, importers and exporters."""

from tradewinds.store.db import Database, database_of, open_database
from tradewinds.store.session import (
    current_tenant_id,
    resolve_tenant,
    system_session,
    tenant_session,
)

__all__ = [
    "Database",
    "current_tenant_id",
    "database_of",
    "open_database",
    "resolve_tenant",
    "system_session",
    "tenant_session",
]
