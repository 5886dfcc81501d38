"""Set-based reads and writes for importers: chunked ``IN`` look-ups and ORM bulk
INSERT / UPDATE-by-primary-key / DELETE, so a 10,000-product file costs dozens of
statements, not tens of thousands of flushes.

Inserts render NULLs explicitly: otherwise the ORM groups rows by which columns are
None and sends thousands of small batches. Bulk rows carry ``tenant_id`` explicitly
(the session's tenancy guard checks bulk inserts), and bulk UPDATEs add
``tenant_id = :tenant`` themselves: SQLAlchemy's UPDATE-by-primary-key path does not
apply the session's loader criteria.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeAlias, TypeVar

from sqlalchemy import Row, Select, delete, insert, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from tradewinds.store.session import current_tenant_id

T = TypeVar("T")
AnyRow: TypeAlias = Row[*tuple[Any, ...]]
AnySelect: TypeAlias = Select[*tuple[Any, ...]]
CHUNK = 1000
"""Rows per IN-list or statement batch: well under SQLite's and PostgreSQL's bind limits."""
WHOLE_TENANT = 2000
"""Above this many keys, read the tenant's whole table once instead of chunked IN lists.

Right after a bulk load PostgreSQL has no statistics yet and plans ``IN`` look-ups as a
filter over the tenant's every row, once per chunk; one scan is cheaper and predictable."""


def chunked(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def select_in(
    session: Session, stmt: AnySelect, column: InstrumentedAttribute[Any], values: Sequence[Any]
) -> list[AnyRow]:
    """The rows of ``stmt`` whose ``column`` is in ``values`` (``stmt`` selects ``column``)."""
    wanted = set(values)
    if len(wanted) > WHOLE_TENANT:
        at = list(stmt.selected_columns.keys()).index(column.key)
        return [row for row in session.execute(stmt) if row[at] in wanted]
    rows: list[AnyRow] = []
    for chunk in chunked(sorted(wanted)):
        rows.extend(session.execute(stmt.where(column.in_(chunk))).all())
    return rows


def insert_rows(session: Session, entity: type[Any], rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(entity).execution_options(render_nulls=True), rows)


def insert_returning(
    session: Session,
    entity: type[Any],
    rows: list[dict[str, Any]],
    *columns: InstrumentedAttribute[Any],
) -> list[AnyRow]:
    """Bulk INSERT returning ``columns`` of each new row (order not guaranteed)."""
    if not rows:
        return []
    stmt = insert(entity).returning(*columns).execution_options(render_nulls=True)
    return list(session.execute(stmt, rows).all())


def update_rows(session: Session, entity: type[Any], rows: list[dict[str, Any]]) -> None:
    """Bulk UPDATE by primary key (each dict has ``id``), confined to the session's tenant."""
    if not rows:
        return
    stmt = (
        update(entity)
        .where(entity.tenant_id == current_tenant_id(session))
        .execution_options(synchronize_session=None)
    )
    session.execute(stmt, rows)


def delete_in(
    session: Session, entity: type[Any], column: InstrumentedAttribute[Any], values: Sequence[Any]
) -> None:
    """DELETE rows whose ``column`` is in ``values`` (tenant-scoped by the session)."""
    for chunk in chunked(sorted(set(values))):
        session.execute(
            delete(entity).where(column.in_(chunk)).execution_options(synchronize_session=False)
        )
