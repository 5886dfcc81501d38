"""Tenant-scoped sessions: the mechanism behind tenant isolation.

Every ``Session`` carries ``info["tenant_id"]`` (one tenant) or ``info["system"]``
(administration: creating and listing tenants). Two event hooks enforce the scope:

* ``do_orm_execute`` adds ``tenant_id = :current`` to every ORM SELECT, UPDATE and DELETE
  touching a :class:`~tradewinds.store.base.TenantOwned` table (relationship loads too), and
  checks the ``tenant_id`` of ORM bulk INSERT rows;
* ``before_flush`` stamps ``tenant_id`` on new objects and refuses objects whose
  ``tenant_id`` is another tenant's, or changed.

A session with neither marker refuses to touch tenant data at all. Repositories therefore
never have to remember a ``WHERE tenant_id``; forgetting it is impossible.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from sqlalchemy import Update, event, select
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, with_loader_criteria

from tradewinds.core.errors import NotFound, TenantIsolationError
from tradewinds.store.base import TenantOwned
from tradewinds.store.db import Database
from tradewinds.store.tables import Tenant

_TENANT = "tenant_id"
_SYSTEM = "system"


def _touches_tenant_data(state: ORMExecuteState) -> bool:
    return any(
        isinstance(m.class_, type) and issubclass(m.class_, TenantOwned) for m in state.all_mappers
    )


@event.listens_for(Session, "do_orm_execute")
def _scope_statement(state: ORMExecuteState) -> None:
    tenant_id = state.session.info.get(_TENANT)
    if tenant_id is None:
        if not state.session.info.get(_SYSTEM) and _touches_tenant_data(state):
            raise TenantIsolationError("tenant data queried from a session without a tenant")
        return
    if state.is_insert:
        params = state.parameters
        rows = params if isinstance(params, list) else [params] if params else []
        for row in rows:
            if isinstance(row, dict) and row.get(_TENANT, tenant_id) != tenant_id:
                raise TenantIsolationError("bulk insert of another tenant's rows refused")
        return
    if state.is_update and isinstance(state.parameters, list):
        # ORM bulk UPDATE by primary key ignores loader criteria: add the filter ourselves.
        mapper = state.bind_mapper
        if mapper is not None and issubclass(mapper.class_, TenantOwned):
            statement = state.statement
            assert isinstance(statement, Update)
            state.statement = statement.where(mapper.class_.tenant_id == tenant_id)
            state.update_execution_options(synchronize_session=None)
        return
    if state.is_select or state.is_update or state.is_delete:
        state.statement = state.statement.options(
            with_loader_criteria(
                TenantOwned,
                lambda cls: cls.tenant_id == tenant_id,
                include_aliases=True,
            )
        )


@event.listens_for(Session, "before_flush")
def _stamp_tenant(session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
    tenant_id = session.info.get(_TENANT)
    system = session.info.get(_SYSTEM)
    for obj in session.new:
        if not isinstance(obj, TenantOwned):
            continue
        if tenant_id is None:
            if not system or obj.tenant_id is None:
                raise TenantIsolationError(f"{type(obj).__name__} added without a tenant")
        elif obj.tenant_id is None:
            obj.tenant_id = tenant_id
        elif obj.tenant_id != tenant_id:
            raise TenantIsolationError(f"{type(obj).__name__} of another tenant refused")
    for obj in list(session.dirty) + list(session.deleted):
        if not isinstance(obj, TenantOwned) or tenant_id is None:
            continue
        history = _attribute_history(obj, _TENANT)
        if obj.tenant_id != tenant_id or (history and history != [tenant_id]):
            raise TenantIsolationError(f"{type(obj).__name__} cannot change tenant")


def _attribute_history(obj: object, key: str) -> list[Any]:
    from sqlalchemy import inspect

    hist = inspect(obj).attrs[key].history
    return list(hist.added or ()) + list(hist.deleted or ())


@contextmanager
def _transaction(db: Database, info: dict[str, Any]) -> Iterator[Session]:
    session = db.sessions(info=info)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def tenant_session(db: Database, tenant_id: int) -> AbstractContextManager[Session]:
    """A session that sees and writes only ``tenant_id``'s rows; commits on success."""
    return _transaction(db, {_TENANT: tenant_id})


def system_session(db: Database) -> AbstractContextManager[Session]:
    """A session for administration across tenants (tenant CRUD, migrations checks)."""
    return _transaction(db, {_SYSTEM: True})


def current_tenant_id(session: Session) -> int:
    tenant_id = session.info.get(_TENANT)
    if tenant_id is None:
        raise TenantIsolationError("this operation needs a tenant-scoped session")
    return int(tenant_id)


def resolve_tenant(db: Database, slug_or_id: str | int) -> Tenant:
    """Find a tenant by slug (or numeric id); ``NotFound`` lists what exists."""
    with system_session(db) as session:
        stmt = select(Tenant)
        if isinstance(slug_or_id, int) or str(slug_or_id).isdigit():
            stmt = stmt.where(Tenant.id == int(slug_or_id))
        else:
            stmt = stmt.where(Tenant.slug == slug_or_id)
        tenant = session.scalars(stmt).one_or_none()
        if tenant is None:
            known = session.scalars(select(Tenant.slug).order_by(Tenant.slug).limit(20)).all()
            raise NotFound(
                f"no tenant {slug_or_id!r}"
                + (f" (existing: {', '.join(known)})" if known else " (none exist yet)")
            )
        session.expunge(tenant)
        return tenant
