"""The catalogue as the merchant console edits it: the product list (the REST API's query),
a product's edit form values, and saving them checked, versioned, audited and reindexed;
Shopify CSV import (checked whole, audited, reindexed; as background jobs) and export.

>>> from tradewinds.catalog import ProductFilters, console_products, product_draft, save_product
>>> page = console_products(db, tenant_id, ProductFilters(q="tent"))  # doctest: +SKIP
>>> draft = product_draft(db, tenant_id, page.rows[0].id)  # doctest: +SKIP
"""

from tradewinds.catalog.drafts import (
    MAX_ATTRIBUTES,
    ProductDraft,
    VariantDraft,
    product_draft,
)
from tradewinds.catalog.editing import EditConflict, InvalidProductEdit, save_product
from tradewinds.catalog.import_jobs import (
    ImportJobView,
    ImportQueue,
    ImportsBusy,
    import_job,
    recent_imports,
)
from tradewinds.catalog.importing import export_catalogue, import_catalogue
from tradewinds.catalog.listing import (
    PER_PAGE,
    STATUS_FILTERS,
    STOCK_FILTERS,
    ProductFilters,
    ProductList,
    ProductRow,
    category_paths,
    console_products,
)

__all__ = [
    "MAX_ATTRIBUTES",
    "PER_PAGE",
    "STATUS_FILTERS",
    "STOCK_FILTERS",
    "EditConflict",
    "ImportJobView",
    "ImportQueue",
    "ImportsBusy",
    "InvalidProductEdit",
    "ProductDraft",
    "ProductFilters",
    "ProductList",
    "ProductRow",
    "VariantDraft",
    "category_paths",
    "console_products",
    "export_catalogue",
    "import_catalogue",
    "import_job",
    "product_draft",
    "recent_imports",
    "save_product",
]
