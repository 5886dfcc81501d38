"""Shopify CSV conventions shared by the readers and the writers.

Column names as Shopify's admin writes them, the metafield header form
(``Material (product.metafields.custom.material)``), the order date format
(``2024-03-05 14:22:10 -0500``), and the mapping between Shopify's financial/fulfillment
statuses and our :class:`~tradewinds.store.tables.OrderStatus` history, in both directions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from tradewinds.store.tables import OrderStatus

# Product CSV, in the order Shopify exports them. Extra columns Shopify writes (Google
# Shopping, Cost per item, market prices, ...) are accepted and ignored on import.
PRODUCT_COLUMNS = [
    "Handle",
    "Title",
    "Body (HTML)",
    "Vendor",
    "Product Category",
    "Type",
    "Tags",
    "Published",
    "Option1 Name",
    "Option1 Value",
    "Option2 Name",
    "Option2 Value",
    "Option3 Name",
    "Option3 Value",
    "Variant SKU",
    "Variant Grams",
    "Variant Inventory Tracker",
    "Variant Inventory Qty",
    "Variant Inventory Policy",
    "Variant Fulfillment Service",
    "Variant Price",
    "Variant Compare At Price",
    "Variant Requires Shipping",
    "Variant Taxable",
    "Variant Barcode",
    "Image Src",
    "Image Position",
    "Image Alt Text",
    "Gift Card",
    "SEO Title",
    "SEO Description",
]
PRODUCT_TAIL_COLUMNS = ["Variant Image", "Variant Weight Unit", "Variant Volume (cm3)", "Status"]
"""Written after the metafield columns. ``Variant Volume (cm3)`` is our extension (Shopify
has no volume); Shopify's importer ignores it, ours reads it."""

VARIANT_COLUMNS = [
    "Option1 Value",
    "Option2 Value",
    "Option3 Value",
    "Variant SKU",
    "Variant Grams",
    "Variant Inventory Qty",
    "Variant Price",
    "Variant Compare At Price",
    "Variant Barcode",
    "Variant Image",
    "Variant Volume (cm3)",
]
"""A row with any of these filled carries a variant; other rows carry only an image."""

DEFAULT_OPTION = ("Title", "Default Title")
"""How Shopify writes a product without options: one variant, option "Title"."""

_METAFIELD = re.compile(
    r"^(?P<label>.*?)\s*\(product\.metafields\.(?P<ns>[^.()]+)\.(?P<key>[^()]+)\)$"
)


def metafield_key(column: str) -> str | None:
    """``"Material (product.metafields.custom.material)"`` -> ``"material"``."""
    match = _METAFIELD.match(column)
    return match["key"].strip() if match else None


def metafield_column(key: str) -> str:
    """The header our exporter writes for attribute ``key``."""
    label = key.replace("_", " ").replace("-", " ").strip().capitalize() or key
    return f"{label} (product.metafields.custom.{key})"


ORDER_COLUMNS = [
    "Name",
    "Email",
    "Financial Status",
    "Paid at",
    "Fulfillment Status",
    "Fulfilled at",
    "Accepts Marketing",
    "Currency",
    "Subtotal",
    "Shipping",
    "Taxes",
    "Total",
    "Discount Code",
    "Discount Amount",
    "Shipping Method",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
    "Lineitem compare at price",
    "Lineitem sku",
    "Lineitem requires shipping",
    "Lineitem taxable",
    "Lineitem fulfillment status",
    "Billing Name",
    "Billing Street",
    "Billing Address1",
    "Billing Address2",
    "Billing Company",
    "Billing City",
    "Billing Zip",
    "Billing Province",
    "Billing Country",
    "Billing Phone",
    "Shipping Name",
    "Shipping Street",
    "Shipping Address1",
    "Shipping Address2",
    "Shipping Company",
    "Shipping City",
    "Shipping Zip",
    "Shipping Province",
    "Shipping Country",
    "Shipping Phone",
    "Notes",
    "Cancelled at",
]
LINE_COLUMNS = ["Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku"]

DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S %z"
DATETIME_EXAMPLE = "2024-03-05 14:22:10 -0500"


def parse_datetime(text: str) -> datetime:
    """Shopify's ``2024-03-05 14:22:10 -0500`` or ISO 8601 with an offset; aware result."""
    try:
        value = datetime.strptime(text, DATETIME_FORMAT)
    except ValueError:
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(
                f"{text!r} is not a date and time (expected e.g. {DATETIME_EXAMPLE})"
            ) from None
    if value.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset (expected e.g. {DATETIME_EXAMPLE})")
    return value


_PAID = {"paid", "partially_paid", "partially_refunded"}


class _Change(Protocol):
    @property
    def status(self) -> OrderStatus: ...
    @property
    def at(self) -> datetime: ...


def history_from_shopify(
    *,
    financial: str,
    fulfillment: str,
    created_at: datetime,
    paid_at: datetime | None,
    fulfilled_at: datetime | None,
    cancelled_at: datetime | None,
) -> list[tuple[OrderStatus, datetime]]:
    """The status history an order exported by Shopify implies; the last entry is current.

    Pending when created; paid at "Paid at"; then cancelled ("Cancelled at", or refunded
    or voided before fulfilment), returned (refunded after fulfilment), delivered
    (fulfilled) or packed (partially fulfilled).
    """
    history = [(OrderStatus.PENDING, created_at)]
    if paid_at is not None:
        history.append((OrderStatus.PAID, paid_at))
    latest = max(at for _, at in history)
    fulfilled = fulfillment == "fulfilled"
    final: tuple[OrderStatus, datetime] | None = None
    if cancelled_at is not None:
        final = (OrderStatus.CANCELLED, cancelled_at)
    elif financial == "refunded" and fulfilled:
        if fulfilled_at is not None:
            history.append((OrderStatus.DELIVERED, fulfilled_at))
        final = (OrderStatus.RETURNED, fulfilled_at or latest)
    elif financial in ("refunded", "voided"):
        final = (OrderStatus.CANCELLED, latest)
    elif fulfilled:
        final = (OrderStatus.DELIVERED, fulfilled_at or latest)
    elif fulfillment == "partial":
        final = (OrderStatus.PACKED, fulfilled_at or latest)
    elif financial in _PAID and paid_at is None:
        final = (OrderStatus.PAID, created_at)
    if final is not None:
        history.append(final)
    return history


def shopify_times(history: Sequence[_Change]) -> dict[str, datetime | None]:
    """ "Paid at", "Fulfilled at" and "Cancelled at" for an order's status history."""

    def first(*statuses: OrderStatus) -> datetime | None:
        for status in statuses:
            for change in history:
                if change.status == status:
                    return change.at
        return None

    return {
        "Paid at": first(OrderStatus.PAID),
        "Fulfilled at": first(OrderStatus.DELIVERED, OrderStatus.PACKED),
        "Cancelled at": first(OrderStatus.CANCELLED),
    }


_FULFILLED = {OrderStatus.DELIVERED, OrderStatus.RETURNED}
_AFTER_PAYMENT = {
    OrderStatus.PAID,
    OrderStatus.PACKED,
    OrderStatus.OUT_FOR_DELIVERY,
    OrderStatus.DELIVERED,
}


def shopify_statuses(status: OrderStatus, financial: str, fulfillment: str) -> tuple[str, str]:
    """Financial and fulfillment status to export: stored values, else implied by ``status``."""
    if not financial:
        if status in _AFTER_PAYMENT:
            financial = "paid"
        elif status == OrderStatus.RETURNED:
            financial = "refunded"
        elif status == OrderStatus.CANCELLED:
            financial = "voided"
        else:
            financial = "pending"
    if not fulfillment:
        if status in _FULFILLED:
            fulfillment = "fulfilled"
        elif status == OrderStatus.PACKED:
            fulfillment = "partial"
        else:
            fulfillment = "unfulfilled"
    return financial, fulfillment
