"""Exporters: a tenant's products and orders as Shopify CSV or our JSON Lines schema."""

from tradewinds.store.exporters.orders import export_orders, write_orders
from tradewinds.store.exporters.products import export_products, write_products

__all__ = ["export_orders", "export_products", "write_orders", "write_products"]
