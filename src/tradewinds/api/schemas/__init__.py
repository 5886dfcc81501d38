"""API request/response schemas, kept apart from the table models.

They import pydantic only (no FastAPI), so the CLI's ``--json`` output reuses them and
prints exactly what the API returns.
"""

from tradewinds.api.schemas.common import ErrorOut, MoneyOut, PageOut
from tradewinds.api.schemas.customers import CustomerOut, CustomerSummary
from tradewinds.api.schemas.filters import CustomerQuery, OrderQuery, ProductQuery
from tradewinds.api.schemas.health import HealthOut, ReadyOut
from tradewinds.api.schemas.orders import OrderOut, OrderSummary
from tradewinds.api.schemas.products import ProductOut, ProductSummary, VariantOut
from tradewinds.api.schemas.tenants import TenantOut

__all__ = [
    "CustomerOut",
    "CustomerQuery",
    "CustomerSummary",
    "ErrorOut",
    "HealthOut",
    "MoneyOut",
    "OrderOut",
    "OrderQuery",
    "OrderSummary",
    "PageOut",
    "ProductOut",
    "ProductQuery",
    "ProductSummary",
    "ReadyOut",
    "TenantOut",
    "VariantOut",
]
