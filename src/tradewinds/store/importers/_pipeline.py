"""The steps every import shares: find the tenant, read the file, decide what to skip."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from tradewinds.core.errors import ImportFileError, NotFound, RowProblem
from tradewinds.store.db import Database
from tradewinds.store.importers._source import ParseResult, R, SourceItem, detect_format, read_text
from tradewinds.store.session import system_session
from tradewinds.store.tables import Tenant

Reader = Callable[[Path, str, str], ParseResult[R]]
Check = Callable[[list[SourceItem[R]]], list[tuple[str, RowProblem]]]


def tenant_settings(db: Database, tenant_id: int) -> Tenant:
    """The tenant (for its currency and time zone); ``NotFound`` if it does not exist."""
    with system_session(db) as session:
        tenant = session.get(Tenant, tenant_id)
        if tenant is None:
            raise NotFound(f"no tenant with id {tenant_id}")
        session.expunge(tenant)
        return tenant


def parse_file(
    path: Path, requested: str, currency: str, readers: Mapping[str, Reader[R]]
) -> tuple[str, ParseResult[R]]:
    """Read ``path`` with the reader for its format; returns the format and the result."""
    text = read_text(path)
    fmt = detect_format(path, text, requested)
    return fmt, readers[fmt](path, text, currency)


def settle(
    path: Path, parsed: ParseResult[R], check: Check[R], skip_invalid: bool
) -> tuple[list[SourceItem[R]], list[RowProblem]]:
    """The items to write and the problems to report.

    ``check`` finds problems that need the database (a SKU owned by a product outside the
    file). Without ``skip_invalid`` any problem raises :class:`ImportFileError` listing all
    of them; with it, every item with a problem is dropped, and the check is repeated on
    what is left (dropping one product can orphan another's claim).
    """
    problems = list(parsed.problems)
    while True:
        bad = {key for key, _ in problems}
        keep = [item for item in parsed.items if item.key not in bad]
        found = check(keep)
        problems.extend(found)
        if not found or not skip_invalid:
            break
    ordered = sorted((p for _, p in problems), key=lambda p: (p.line, p.field))
    if ordered and not skip_invalid:
        raise ImportFileError(str(path), ordered)
    return keep, ordered
