"""The catalogue in and out of the console: the store's Shopify CSV importer and exporter
(``store.importers.import_products``, ``store.exporters.export_products``: the CLI's), with
what the console adds.

* An import is all or nothing: the importer checks the whole file first (every problem,
  by line and column: :class:`~tradewinds.core.errors.ImportFileError`) and writes in one
  transaction. The console's audit record of it is written in that transaction too.
* A check (``check_only``) runs the same import and rolls it back: its counts are what an
  import would do.
* The products created or updated are reindexed through the search capability at once
  (should that fail, the index's catch-up finds them by their new ``updated_at``).
* An export is the whole catalogue or the console list's filters' products.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TextIO

from sqlalchemy.orm import Session

from tradewinds.catalog.listing import ProductFilters
from tradewinds.core.errors import TradewindsError
from tradewinds.core.settings import Settings
from tradewinds.search import index_products
from tradewinds.staff import Actor, record_change
from tradewinds.store import Database
from tradewinds.store.exporters import export_products
from tradewinds.store.importers import ImportReport, ProgressCallback, import_products
from tradewinds.store.queries.products import product_filters

log = logging.getLogger(__name__)
IMPORT_ACTION = "catalogue.import"


def import_catalogue(
    db: Database,
    tenant_id: int,
    path: Path,
    actor: Actor,
    settings: Settings,
    *,
    subject: str = "",
    check_only: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Import (or only check) the Shopify product CSV at ``path`` into the shop.

    Parameters
    ----------
    db, tenant_id
        The shop.
    path
        The file; problems name it by its file name (``products.csv line 7: ...``).
    actor
        Who imports, for the console's audit.
    settings
        For the search index.
    subject
        What the audit record is about (the console's import job id); the file name if
        empty.
    check_only
        Count what an import would do and write nothing (no audit record either).
    progress
        ``progress(done, total)`` in products while writing.

    Raises
    ------
    ImportFileError
        The file has bad rows (all of them listed); nothing was written.
    InvalidInput
        Not a readable CSV file (encoding, quoting, missing columns); nothing was written.
    """

    def audit(session: Session, report: ImportReport) -> None:
        if not report.changed_ids:  # nothing changed: nothing to record
            return
        counts = {"created": report.created, "updated": report.updated,
                  "unchanged": report.unchanged}  # fmt: skip
        record_change(
            session, actor, IMPORT_ACTION, ("import", subject or path.name),
            f"{path.name}: {report.created} created, {report.updated} updated, "
            f"{report.unchanged} unchanged", {}, {"file": path.name, **counts},
        )  # fmt: skip

    report = import_products(
        db, tenant_id, path, format="shopify", progress=progress, dry_run=check_only,
        before_commit=audit,
    )  # fmt: skip
    if report.changed_ids:
        log.info("catalogue imported", extra={"tenant_id": tenant_id, "file": path.name})
        try:
            index_products(db, tenant_id, report.changed_ids, settings)
        except TradewindsError as error:  # the index catches up by itself before a search
            log.warning("imported products not reindexed now: %s", error.message)
    return report


def export_catalogue(
    db: Database, tenant_id: int, out: TextIO, filters: ProductFilters | None = None
) -> int:
    """Write the shop's products as a Shopify product CSV to ``out`` (opened with
    ``newline=""``): all of them, or those the console list shows for ``filters`` (every
    page). Importing the file back changes nothing. Returns the number of products."""
    f = (filters or ProductFilters()).cleaned()
    in_stock = {"in_stock": True, "sold_out": False}.get(f.stock)
    where = product_filters(
        q=f.q or None, category=f.category or None, status=f.status or None, in_stock=in_stock
    )
    return export_products(db, tenant_id, out, format="shopify", where=where)
