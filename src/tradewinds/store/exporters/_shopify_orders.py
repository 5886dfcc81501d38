"""Writing :class:`OrderRecord` s as a Shopify orders CSV (one row per line item).

The first row of an order carries the order fields; the customer's details fill the
Billing columns, the delivery address the Shipping columns. Status history becomes
"Paid at", "Fulfilled at" and "Cancelled at"; Taxes is what the total leaves after
subtotal and shipping (Shopify's subtotal is after discounts). Intermediate statuses,
coordinates and delivery windows have no Shopify column: use JSON Lines to keep them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import TextIO

from tradewinds.store.importers.records import OrderRecord
from tradewinds.store.importers.shopify_format import (
    DATETIME_FORMAT,
    ORDER_COLUMNS,
    shopify_statuses,
    shopify_times,
)


def write_shopify_orders(records: Iterable[OrderRecord], out: TextIO) -> int:
    """Write ``records`` as CSV to ``out``; returns the number of orders written."""
    at = {name: i for i, name in enumerate(ORDER_COLUMNS)}
    # CRLF as RFC 4180 says: with a bare LF terminator, csv would leave a CR unquoted.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(ORDER_COLUMNS)
    count = 0
    for record in records:
        for i in range(max(1, len(record.lines))):
            row = [""] * len(ORDER_COLUMNS)
            row[at["Name"]] = record.name
            row[at["Email"]] = record.email
            if i == 0:
                _order_fields(record, row, at)
            if i < len(record.lines):
                line = record.lines[i]
                row[at["Lineitem quantity"]] = str(line.quantity)
                row[at["Lineitem name"]] = line.title
                row[at["Lineitem price"]] = line.price
                row[at["Lineitem sku"]] = line.sku or ""
                row[at["Lineitem requires shipping"]] = "true"
                row[at["Lineitem taxable"]] = "true"
            writer.writerow(row)
        count += 1
    return count


def _order_fields(record: OrderRecord, row: list[str], at: dict[str, int]) -> None:
    financial, fulfillment = shopify_statuses(
        record.status, record.financial_status, record.fulfillment_status
    )
    times = shopify_times(record.history)
    row[at["Financial Status"]] = financial
    row[at["Fulfillment Status"]] = fulfillment
    for column, time in times.items():
        row[at[column]] = _when(time)
    row[at["Created at"]] = _when(record.created_at)
    row[at["Currency"]] = record.currency
    row[at["Subtotal"]] = record.subtotal
    row[at["Shipping"]] = record.shipping
    taxes = Decimal(record.total) - Decimal(record.subtotal) - Decimal(record.shipping)
    row[at["Taxes"]] = str(taxes) if taxes >= 0 else ""
    row[at["Total"]] = record.total
    row[at["Discount Code"]] = record.discount_code or ""
    row[at["Discount Amount"]] = record.discount
    address = record.shipping_address
    for part, value in (
        ("Name", address.name),
        ("Street", address.street),
        ("Address1", address.street),
        ("City", address.city),
        ("Zip", address.zip),
        ("Country", address.country),
    ):
        row[at[f"Shipping {part}"]] = value
    customer = record.customer
    if customer is not None:
        row[at["Accepts Marketing"]] = "yes" if customer.accepts_marketing else "no"
        name = f"{customer.first_name} {customer.last_name}".strip()
        for part, value in (
            ("Name", name),
            ("Street", customer.street),
            ("Address1", customer.street),
            ("City", customer.city),
            ("Zip", customer.zip),
            ("Country", customer.country),
            ("Phone", customer.phone or ""),
        ):
            row[at[f"Billing {part}"]] = value


def _when(value: datetime | None) -> str:
    return value.strftime(DATETIME_FORMAT) if value is not None else ""
