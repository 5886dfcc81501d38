"""Importers: Shopify CSV exports and our JSON Lines schema into a tenant's store.

Public API::

    import_products(db, tenant_id, path, *, format="auto", skip_invalid=False, progress=None)
    import_orders(db, tenant_id, path, *, format="auto", skip_invalid=False, progress=None)

Both return an :class:`ImportReport`; bad input raises
:class:`~tradewinds.core.errors.ImportFileError` (every problem of the file, nothing
imported) or :class:`~tradewinds.core.errors.InvalidInput` (not a readable file at all).
The record models are the JSON Lines schema (``docs/formats.md``); build them to generate
files with :func:`tradewinds.store.exporters.write_products` / ``write_orders``.
"""

from tradewinds.store.importers.orders import import_orders
from tradewinds.store.importers.products import import_products
from tradewinds.store.importers.records import (
    AddressRecord,
    CustomerRecord,
    ImageRecord,
    OrderLineRecord,
    OrderRecord,
    ProductRecord,
    StatusChangeRecord,
    VariantRecord,
)
from tradewinds.store.importers.report import ImportReport, ProgressCallback

__all__ = [
    "AddressRecord",
    "CustomerRecord",
    "ImageRecord",
    "ImportReport",
    "OrderLineRecord",
    "OrderRecord",
    "ProductRecord",
    "ProgressCallback",
    "StatusChangeRecord",
    "VariantRecord",
    "import_orders",
    "import_products",
]
