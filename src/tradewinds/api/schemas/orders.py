"""Order responses: a summary for lists, the full order (lines, history, delivery) for one."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from tradewinds.api.schemas.common import MoneyOut, Schema
from tradewinds.store.tables import Order


class OrderLineOut(Schema):
    id: int
    variant_id: int | None
    sku: str | None
    title: str
    quantity: int
    unit_price: MoneyOut
    line_total: MoneyOut


class StatusChangeOut(Schema):
    status: str
    at: datetime
    note: str


class AddressOut(Schema):
    name: str
    street: str
    city: str
    zip: str
    country: str
    latitude: float | None
    longitude: float | None


class WindowOut(Schema):
    start: datetime | None
    end: datetime | None

    @classmethod
    def maybe(cls, start: datetime | None, end: datetime | None) -> WindowOut | None:
        return None if start is None and end is None else cls(start=start, end=end)


class OrderSummary(Schema):
    id: int
    name: str
    status: str
    financial_status: str
    fulfillment_status: str
    customer_id: int | None
    email: str
    total: MoneyOut
    line_count: int
    created_at: datetime

    @classmethod
    def of(cls, o: Order) -> OrderSummary:
        return cls(**_summary_fields(o))


class OrderOut(OrderSummary):
    subtotal: MoneyOut
    discount: MoneyOut
    shipping: MoneyOut
    discount_code: str | None
    lines: list[OrderLineOut]
    history: list[StatusChangeOut]
    delivery_address: AddressOut
    requested_window: WindowOut | None = Field(description="What the customer asked for.")
    promised_window: WindowOut | None = Field(description="What routing promised.")

    @classmethod
    def of(cls, o: Order) -> OrderOut:
        c = o.currency
        return cls(
            **_summary_fields(o),
            subtotal=MoneyOut.of(o.subtotal_minor, c),
            discount=MoneyOut.of(o.discount_minor, c),
            shipping=MoneyOut.of(o.shipping_minor, c),
            discount_code=o.discount_code,
            lines=[
                OrderLineOut(
                    id=ln.id,
                    variant_id=ln.variant_id,
                    sku=ln.sku,
                    title=ln.title,
                    quantity=ln.quantity,
                    unit_price=MoneyOut.of(ln.price_minor, c),
                    line_total=MoneyOut.of(ln.price_minor * ln.quantity, c),
                )
                for ln in o.lines
            ],
            history=[
                StatusChangeOut(status=str(h.status), at=h.at, note=h.note) for h in o.history
            ],
            delivery_address=AddressOut(
                name=o.ship_name,
                street=o.ship_street,
                city=o.ship_city,
                zip=o.ship_zip,
                country=o.ship_country,
                latitude=o.ship_latitude,
                longitude=o.ship_longitude,
            ),
            requested_window=WindowOut.maybe(o.window_start, o.window_end),
            promised_window=WindowOut.maybe(o.promised_start, o.promised_end),
        )


def _summary_fields(o: Order) -> dict[str, object]:
    return {
        "id": o.id,
        "name": o.name,
        "status": str(o.status),
        "financial_status": o.financial_status,
        "fulfillment_status": o.fulfillment_status,
        "customer_id": o.customer_id,
        "email": o.email,
        "total": MoneyOut.of(o.total_minor, o.currency),
        "line_count": len(o.lines),
        "created_at": o.created_at,
    }
