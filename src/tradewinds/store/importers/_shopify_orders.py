"""Reading Shopify's orders export CSV into :class:`OrderRecord` s.

One row per line item, grouped by Name (an order's rows must be consecutive); the first
row carries the order fields. Financial status, fulfilment status and the "Paid at",
"Fulfilled at" and "Cancelled at" times become our status history (see
``shopify_format.history_from_shopify``). The billing name, phone and address (the
shipping ones if the file has no Billing columns) describe the customer, who is created
by e-mail if the store has none.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from tradewinds.core.errors import RowProblem
from tradewinds.store.importers._source import (
    CsvRows,
    CsvTable,
    ParseResult,
    SourceItem,
    flag_repeated_keys,
    group_rows,
    read_csv,
    validate,
)
from tradewinds.store.importers.records import Loc, OrderRecord, order_issues
from tradewinds.store.importers.shopify_format import (
    DATETIME_EXAMPLE,
    LINE_COLUMNS,
    history_from_shopify,
    parse_datetime,
)

ABSENT_FIELDS = frozenset(
    {
        "ship_latitude",
        "ship_longitude",
        "window_start",
        "window_end",
        "promised_start",
        "promised_end",
    }
)
"""Order columns a Shopify CSV cannot express: re-importing one keeps the stored values."""

_ORDER_FIELDS = {
    "name": "Name",
    "email": "Email",
    "created_at": "Created at",
    "currency": "Currency",
    "status": "Financial Status",
    "financial_status": "Financial Status",
    "fulfillment_status": "Fulfillment Status",
    "subtotal": "Subtotal",
    "discount": "Discount Amount",
    "shipping": "Shipping",
    "total": "Total",
    "discount_code": "Discount Code",
    "history": "Financial Status",
}
_ADDRESS_FIELDS = {
    "name": "Shipping Name",
    "street": "Shipping Street",
    "city": "Shipping City",
    "zip": "Shipping Zip",
    "country": "Shipping Country",
}
_LINE_FIELDS = {
    "quantity": "Lineitem quantity",
    "title": "Lineitem name",
    "price": "Lineitem price",
    "sku": "Lineitem sku",
}
_CUSTOMER_FIELDS = {
    "email": "Email",
    "first_name": "Billing Name",
    "last_name": "Billing Name",
    "phone": "Billing Phone",
    "street": "Billing Street",
    "city": "Billing City",
    "zip": "Billing Zip",
    "country": "Billing Country",
    "accepts_marketing": "Accepts Marketing",
}


def read_shopify_orders(path: Path, text: str, currency: str) -> ParseResult[OrderRecord]:
    """Parse a Shopify orders CSV; ``currency`` applies where the Currency cell is empty."""
    table = read_csv(path, text, required=("Name", "Created at"))
    result: ParseResult[OrderRecord] = ParseResult(absent=ABSENT_FIELDS)
    for name, rows in group_rows(table, "Name", result, "order, e.g. #1001"):
        _read_order(table, name, rows, currency, result)
    flag_repeated_keys(result, "order", " (the rows of one order must be consecutive)")
    return result


def _read_order(
    table: CsvTable,
    name: str,
    rows: CsvRows,
    default_currency: str,
    result: ParseResult[OrderRecord],
) -> None:
    first_line, first = rows[0]
    problems: list[RowProblem] = []

    def cell(column: str, row: list[str] = first) -> str:
        return table.cell(row, column)

    def when(column: str) -> datetime | None:
        raw = cell(column)
        if not raw:
            return None
        try:
            return parse_datetime(raw)
        except ValueError as exc:
            problems.append(RowProblem(first_line, column, str(exc)))
            return None

    created_at = when("Created at")
    if created_at is None and not cell("Created at"):
        problems.append(
            RowProblem(first_line, "Created at", f"is required (expected e.g. {DATETIME_EXAMPLE})")
        )
    currency = cell("Currency").upper() or default_currency
    financial, fulfillment = cell("Financial Status").lower(), cell("Fulfillment Status").lower()
    data: dict[str, Any] = {
        "name": name,
        "email": cell("Email"),
        "currency": currency,
        "financial_status": financial,
        "fulfillment_status": fulfillment,
        "discount_code": cell("Discount Code") or None,
        "shipping_address": {
            "name": cell("Shipping Name"),
            "street": cell("Shipping Street") or cell("Shipping Address1"),
            "city": cell("Shipping City"),
            "zip": cell("Shipping Zip"),
            "country": cell("Shipping Country"),
        },
    }
    for field_name in ("subtotal", "discount", "shipping", "total"):
        if cell(_ORDER_FIELDS[field_name]):
            data[field_name] = cell(_ORDER_FIELDS[field_name])
    times = {column: when(column) for column in ("Paid at", "Fulfilled at", "Cancelled at")}
    if created_at is not None:
        data["created_at"] = created_at
        history = history_from_shopify(
            financial=financial,
            fulfillment=fulfillment,
            created_at=created_at,
            paid_at=times["Paid at"],
            fulfilled_at=times["Fulfilled at"],
            cancelled_at=times["Cancelled at"],
        )
        data["status"] = history[-1][0]
        data["history"] = [{"status": status, "at": at} for status, at in history]
    line_numbers: list[int] = []
    lines: list[dict[str, Any]] = []
    for line, row in rows:
        if not any(table.cell(row, column) for column in LINE_COLUMNS):
            continue
        item: dict[str, Any] = {
            "sku": cell("Lineitem sku", row) or None,
            "title": cell("Lineitem name", row),
        }
        for field_name in ("quantity", "price"):
            if cell(_LINE_FIELDS[field_name], row):
                item[field_name] = cell(_LINE_FIELDS[field_name], row)
        lines.append(item)
        line_numbers.append(line)
    data["lines"] = lines
    if data["email"]:
        # Billing details describe the customer; files without them use the shipping ones.
        data["customer"] = _customer(
            cell, "Billing" if "Billing Name" in table.index else "Shipping"
        )

    def locate(loc: Loc) -> tuple[int, str]:
        if not loc:
            return first_line, "Name"
        head, rest = loc[0], loc[1:]
        if head == "lines" and rest and isinstance(rest[0], int) and rest[0] < len(line_numbers):
            column = _LINE_FIELDS.get(str(rest[1]), "Lineitem name") if len(rest) > 1 else ""
            return line_numbers[rest[0]], column or "Lineitem name"
        if head == "shipping_address" and rest:
            return first_line, _ADDRESS_FIELDS.get(str(rest[0]), "Shipping Name")
        if head == "customer" and rest:
            return first_line, _CUSTOMER_FIELDS.get(str(rest[0]), "Email")
        return first_line, _ORDER_FIELDS.get(str(head), str(head))

    context = {"currency": currency if len(currency) == 3 and currency.isalpha() else None}
    record, invalid = validate(OrderRecord, data, context, locate)
    already = {(p.line, p.field) for p in problems}  # e.g. a bad "Created at" left it out
    problems.extend(p for p in invalid if (p.line, p.field) not in already)
    if record is not None:
        problems.extend(RowProblem(*locate(loc), msg) for loc, msg in order_issues(record))
    for problem in problems:
        result.add(name, problem)
    if record is not None and not problems:
        result.items.append(SourceItem(record, record.name, first_line, locate))


def _customer(cell: Any, side: str) -> dict[str, Any]:
    """The customer fields of an order's first row, from the ``side`` ("Billing") columns."""
    first_name, _, last_name = cell(f"{side} Name").partition(" ")
    customer: dict[str, Any] = {
        "email": cell("Email"),
        "first_name": first_name,
        "last_name": last_name,
        "phone": cell("Billing Phone") or cell("Phone") or cell("Shipping Phone") or None,
        "street": cell(f"{side} Street") or cell(f"{side} Address1"),
        "city": cell(f"{side} City"),
        "zip": cell(f"{side} Zip"),
        "country": cell(f"{side} Country"),
    }
    marketing = cell("Accepts Marketing").lower()
    if marketing:
        customer["accepts_marketing"] = marketing
    return customer
