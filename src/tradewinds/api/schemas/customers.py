"""Customer responses."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from tradewinds.api.schemas.common import Schema
from tradewinds.api.schemas.orders import OrderSummary
from tradewinds.store.queries import Page
from tradewinds.store.tables import Customer, Order

RECENT_ORDERS = 5  # how many of a customer's latest orders come with the customer


class CustomerSummary(Schema):
    id: int
    email: str
    name: str
    first_name: str
    last_name: str
    phone: str | None
    city: str
    country: str
    accepts_marketing: bool
    created_at: datetime

    @classmethod
    def of(cls, c: Customer) -> CustomerSummary:
        return cls(**_summary_fields(c))


class CustomerOut(CustomerSummary):
    street: str
    zip: str
    latitude: float | None = Field(description="Home location, WGS84 degrees.")
    longitude: float | None
    order_count: int
    recent_orders: list[OrderSummary] = Field(description="The latest orders, newest first.")

    @classmethod
    def detail(cls, c: Customer, recent: Page[Order]) -> CustomerOut:
        """``recent``: a page of the customer's orders (its total is the order count)."""
        return cls(
            **_summary_fields(c),
            street=c.street,
            zip=c.zip,
            latitude=c.latitude,
            longitude=c.longitude,
            order_count=recent.total,
            recent_orders=[OrderSummary.of(o) for o in recent.items],
        )


def _summary_fields(c: Customer) -> dict[str, object]:
    return {
        "id": c.id,
        "email": c.email,
        "name": c.name,
        "first_name": c.first_name,
        "last_name": c.last_name,
        "phone": c.phone,
        "city": c.city,
        "country": c.country,
        "accepts_marketing": c.accepts_marketing,
        "created_at": c.created_at,
    }
