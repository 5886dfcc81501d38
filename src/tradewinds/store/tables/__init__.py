"""All tables. Importing this module registers every table on ``Base.metadata``."""

from tradewinds.store.tables.catalog import (
    Category,
    Product,
    ProductAttribute,
    ProductImage,
    ProductOption,
    ProductStatus,
    ProductTag,
    Variant,
)
from tradewinds.store.tables.customers import Customer
from tradewinds.store.tables.events import EventKind, InteractionEvent
from tradewinds.store.tables.fleet import Depot, Vehicle
from tradewinds.store.tables.orders import Order, OrderLine, OrderStatus, OrderStatusChange
from tradewinds.store.tables.tenants import Tenant

__all__ = [
    "Category",
    "Customer",
    "Depot",
    "EventKind",
    "InteractionEvent",
    "Order",
    "OrderLine",
    "OrderStatus",
    "OrderStatusChange",
    "Product",
    "ProductAttribute",
    "ProductImage",
    "ProductOption",
    "ProductStatus",
    "ProductTag",
    "Tenant",
    "Variant",
    "Vehicle",
]
