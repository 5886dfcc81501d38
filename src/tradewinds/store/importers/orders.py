"""Importing orders: Shopify's orders CSV or JSON Lines, as an upsert by order Name.

Lines are linked to variants by SKU (an unknown SKU keeps the line, without a variant),
orders to customers by e-mail (a customer the store does not have is created from the
order's billing details; existing customers are not changed). An order's lines and status
history become exactly the file's. Fields the format cannot express (a Shopify CSV has no
coordinates or delivery windows) keep their stored values. One transaction, set-based.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.store.db import Database
from tradewinds.store.importers._bulk import (
    AnyRow,
    chunked,
    delete_in,
    insert_rows,
    select_in,
    update_rows,
)
from tradewinds.store.importers._jsonl import read_jsonl_orders
from tradewinds.store.importers._pipeline import parse_file, settle, tenant_settings
from tradewinds.store.importers._shopify_orders import read_shopify_orders
from tradewinds.store.importers._source import SourceItem
from tradewinds.store.importers.records import OrderRecord, price_minor
from tradewinds.store.importers.report import ImportReport, ProgressCallback
from tradewinds.store.session import current_tenant_id, tenant_session
from tradewinds.store.tables import Customer, Order, OrderLine, OrderStatusChange, Variant

Item = SourceItem[OrderRecord]
BATCH = 1000
_ORDER_COLUMNS = (
    Order.id,
    Order.name,
    Order.customer_id,
    Order.email,
    Order.status,
    Order.financial_status,
    Order.fulfillment_status,
    Order.currency,
    Order.subtotal_minor,
    Order.discount_minor,
    Order.shipping_minor,
    Order.total_minor,
    Order.discount_code,
    Order.created_at,
    Order.ship_name,
    Order.ship_street,
    Order.ship_city,
    Order.ship_zip,
    Order.ship_country,
    Order.ship_latitude,
    Order.ship_longitude,
    Order.window_start,
    Order.window_end,
    Order.promised_start,
    Order.promised_end,
)
_LINE_FIELDS = ("variant_id", "sku", "title", "quantity", "price_minor")
_CHANGE_FIELDS = ("status", "at", "note")


def import_orders(
    db: Database,
    tenant_id: int,
    path: Path,
    *,
    format: str = "auto",
    skip_invalid: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Import a Shopify orders CSV export or a JSON Lines file into ``tenant_id``'s store.

    Parameters
    ----------
    db, tenant_id
        Where to import.
    path
        The file; ``format="auto"`` picks by suffix (``.csv``, ``.jsonl``), then content.
    skip_invalid
        Import the valid orders and report the others in ``ImportReport.skipped``.
        Without it any problem raises :class:`~tradewinds.core.errors.ImportFileError`
        listing every problem, and nothing is imported.
    progress
        Called as ``progress(done, total)`` (orders) while writing.

    Returns
    -------
    ImportReport
        Orders created, updated and unchanged, skipped rows, seconds taken.
    """
    started = time.perf_counter()
    path = Path(path)
    tenant = tenant_settings(db, tenant_id)
    readers = {"shopify": read_shopify_orders, "jsonl": read_jsonl_orders}
    fmt, parsed = parse_file(path, format, tenant.currency, readers)
    report = ImportReport(path=str(path), format=fmt)
    with tenant_session(db, tenant_id) as session:
        items, report.skipped = settle(path, parsed, lambda _items: [], skip_invalid)
        _OrderWriter(session, parsed.absent).write(items, report, progress)
    report.seconds = time.perf_counter() - started
    return report


def _customer_email(record: OrderRecord) -> str:
    return record.customer.email if record.customer else record.email.strip().lower()


@dataclass
class _Plan:
    item: Item
    order_id: int | None
    row: dict[str, Any] | None = None  # insert (no id) or update (with id)
    lines: list[dict[str, Any]] | None = None  # replace the lines when set
    history: list[dict[str, Any]] | None = None  # replace the history when set
    new: bool = False

    @property
    def changed(self) -> bool:
        return self.row is not None or self.lines is not None or self.history is not None


@dataclass
class _OrderWriter:
    session: Session
    absent: frozenset[str]
    tenant_id: int = field(init=False)

    def __post_init__(self) -> None:
        self.tenant_id = current_tenant_id(self.session)

    def write(
        self, items: list[Item], report: ImportReport, progress: ProgressCallback | None
    ) -> None:
        customers = self._customers(items)
        skus = [line.sku for item in items for line in item.record.lines if line.sku]
        variants = {
            sku: id_
            for id_, sku in select_in(
                self.session, select(Variant.id, Variant.sku), Variant.sku, skus
            )
        }
        existing = {
            row.name: row
            for row in select_in(
                self.session, select(*_ORDER_COLUMNS), Order.name, [i.key for i in items]
            )
        }
        ids = [row.id for row in existing.values()]
        lines = self._children(OrderLine, _LINE_FIELDS, ids, order_by_at=False)
        history = self._children(OrderStatusChange, _CHANGE_FIELDS, ids, order_by_at=True)
        plans = []
        for item in items:
            record, old = item.record, existing.get(item.key)
            plan = _Plan(item, old.id if old else None, new=old is None)
            values = self._values(record, customers, old)
            want_lines = [self._line(line, record.currency, variants) for line in record.lines]
            want_history = [
                {"status": c.status, "at": c.at, "note": c.note} for c in record.history
            ] or [{"status": record.status, "at": record.created_at, "note": ""}]
            if old is None:
                plan.row = {"tenant_id": self.tenant_id, **values}
                plan.lines, plan.history = want_lines, want_history
            else:
                if any(getattr(old, k) != v for k, v in values.items()):
                    plan.row = {"id": old.id, **values}
                if _tuples(want_lines, _LINE_FIELDS) != lines.get(old.id, []):
                    plan.lines = want_lines
                if sorted(_tuples(want_history, _CHANGE_FIELDS), key=_by_time) != history.get(
                    old.id, []
                ):
                    plan.history = want_history
            plans.append(plan)
        if progress:
            progress(0, len(plans))
        for done, batch in enumerate(chunked(plans, BATCH)):
            self._execute(batch)
            if progress:
                progress(min((done + 1) * BATCH, len(plans)), len(plans))
        report.created = sum(p.new for p in plans)
        report.updated = sum(p.changed and not p.new for p in plans)
        report.unchanged = len(plans) - report.created - report.updated

    def _customers(self, items: list[Item]) -> dict[str, int]:
        """Customer ids by e-mail, creating the customers the store does not have yet."""
        wanted: dict[str, dict[str, Any]] = {}
        for item in items:
            email = _customer_email(item.record)
            if email and email not in wanted:
                customer = item.record.customer
                wanted[email] = customer.model_dump() if customer else {"email": email}
        stmt = select(Customer.id, Customer.email)
        known = {
            email: id_ for id_, email in select_in(self.session, stmt, Customer.email, list(wanted))
        }
        missing = [{"tenant_id": self.tenant_id, **wanted[e]} for e in wanted if e not in known]
        insert_rows(self.session, Customer, missing)
        known.update(
            {
                email: id_
                for id_, email in select_in(
                    self.session, stmt, Customer.email, [row["email"] for row in missing]
                )
            }
        )
        return known

    def _children(
        self, table: type[Any], names: tuple[str, ...], ids: list[int], order_by_at: bool
    ) -> dict[int, list[tuple[Any, ...]]]:
        stmt = select(table.order_id, table.id, *(getattr(table, n) for n in names))
        grouped: dict[int, list[tuple[Any, ...]]] = {}
        for row in sorted(select_in(self.session, stmt, table.order_id, ids), key=lambda r: r[1]):
            grouped.setdefault(row[0], []).append(tuple(row[2:]))
        if order_by_at:  # the same order as the wanted history: by time, then as given
            grouped = {k: sorted(v, key=_by_time) for k, v in grouped.items()}
        return grouped

    def _values(
        self, record: OrderRecord, customers: dict[str, int], old: AnyRow | None
    ) -> dict[str, Any]:
        currency, address = record.currency, record.shipping_address
        values = {
            "name": record.name,
            "customer_id": customers.get(_customer_email(record)),
            "email": record.email,
            "status": record.status,
            "financial_status": record.financial_status,
            "fulfillment_status": record.fulfillment_status,
            "currency": currency,
            "subtotal_minor": price_minor(record.subtotal, currency),
            "discount_minor": price_minor(record.discount, currency),
            "shipping_minor": price_minor(record.shipping, currency),
            "total_minor": price_minor(record.total, currency),
            "discount_code": record.discount_code,
            "created_at": record.created_at,
            "ship_name": address.name,
            "ship_street": address.street,
            "ship_city": address.city,
            "ship_zip": address.zip,
            "ship_country": address.country,
            "ship_latitude": address.latitude,
            "ship_longitude": address.longitude,
            "window_start": record.window_start,
            "window_end": record.window_end,
            "promised_start": record.promised_start,
            "promised_end": record.promised_end,
        }
        for name in self.absent:  # the file cannot say: keep what is stored
            values[name] = getattr(old, name) if old is not None else None
        return values

    @staticmethod
    def _line(line: Any, currency: str, variants: dict[str, int]) -> dict[str, Any]:
        return {
            "variant_id": variants.get(line.sku) if line.sku else None,
            "sku": line.sku,
            "title": line.title,
            "quantity": line.quantity,
            "price_minor": price_minor(line.price, currency),
        }

    def _execute(self, plans: Sequence[_Plan]) -> None:
        session = self.session
        inserts = [p for p in plans if p.new]
        insert_rows(session, Order, [p.row for p in inserts if p.row])
        ids = {
            name: id_
            for id_, name in select_in(
                session, select(Order.id, Order.name), Order.name, [p.item.key for p in inserts]
            )
        }
        for plan in inserts:
            plan.order_id = ids[plan.item.key]
        update_rows(session, Order, [p.row for p in plans if p.row and not p.new])
        for table, attr in ((OrderLine, "lines"), (OrderStatusChange, "history")):
            replaced = [p for p in plans if getattr(p, attr) is not None]
            delete_in(session, table, table.order_id, [p.order_id for p in replaced if not p.new])
            insert_rows(
                session,
                table,
                [
                    {"tenant_id": self.tenant_id, "order_id": p.order_id, **row}
                    for p in replaced
                    for row in getattr(p, attr)
                ],
            )


def _tuples(rows: list[dict[str, Any]], names: tuple[str, ...]) -> list[tuple[Any, ...]]:
    return [tuple(row[n] for n in names) for row in rows]


def _by_time(change: tuple[Any, ...]) -> Any:
    return change[1]
