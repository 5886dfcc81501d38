"""Tenant-scoped read queries for products, orders and customers.

Shared by the HTTP API, the CLI and the capabilities built on top (search, assistant):
each function takes a session from :func:`tradewinds.store.tenant_session`, validates its
filters (raising ``InvalidInput`` with what was expected), and returns ORM rows whose
relationships are already loaded (``selectin``: one extra query per relationship, never
one per row). Lists come back as a :class:`Page` with the total count; single lookups
raise ``NotFound`` for missing rows and for other tenants' rows alike.
"""

from tradewinds.store.queries._page import MAX_LIMIT, Page
from tradewinds.store.queries.customers import (
    CUSTOMER_SORTS,
    get_customer,
    list_customers,
)
from tradewinds.store.queries.listing_copy import current_copies, shop_language
from tradewinds.store.queries.orders import ORDER_SORTS, get_order, list_orders
from tradewinds.store.queries.products import (
    PRODUCT_SORTS,
    get_product,
    list_products,
    parse_price_bound,
)

__all__ = [
    "CUSTOMER_SORTS",
    "MAX_LIMIT",
    "ORDER_SORTS",
    "PRODUCT_SORTS",
    "Page",
    "current_copies",
    "get_customer",
    "get_order",
    "get_product",
    "list_customers",
    "list_orders",
    "list_products",
    "parse_price_bound",
    "shop_language",
]
