"""Exporting a tenant's orders as Shopify CSV or JSON Lines.

Orders are written by creation time, then name; times in the tenant's time zone. JSON
Lines is lossless (coordinates, delivery windows, full status history, customer);
Shopify CSV keeps what Shopify's format has columns for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, tzinfo
from typing import TextIO
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.money import Money
from tradewinds.store.db import Database
from tradewinds.store.exporters._jsonl import write_jsonl
from tradewinds.store.exporters._shopify_orders import write_shopify_orders
from tradewinds.store.exporters.products import check_format
from tradewinds.store.importers.records import (
    AddressRecord,
    CustomerRecord,
    OrderLineRecord,
    OrderRecord,
    StatusChangeRecord,
)
from tradewinds.store.session import current_tenant_id, tenant_session
from tradewinds.store.tables import Customer, Order, Tenant

_BATCH = 500


def export_orders(db: Database, tenant_id: int, out: TextIO, *, format: str = "shopify") -> int:
    """Write every order of ``tenant_id`` to ``out``.

    Parameters
    ----------
    db, tenant_id
        What to export.
    out
        A text stream (open CSV files with ``newline=""``).
    format
        ``"shopify"`` (Shopify's orders CSV layout) or ``"jsonl"`` (our schema, lossless).

    Returns
    -------
    int
        The number of orders written.
    """
    check_format(format)
    with tenant_session(db, tenant_id) as session:
        return write_orders(order_records(session), out, format=format)


def write_orders(records: Iterable[OrderRecord], out: TextIO, *, format: str = "shopify") -> int:
    """Write ``records`` (e.g. generated ones) in ``format``; returns how many."""
    check_format(format)
    if format == "jsonl":
        return write_jsonl(records, out)
    return write_shopify_orders(records, out)


def order_records(session: Session) -> Iterator[OrderRecord]:
    """The session's tenant's orders as records, oldest first, in the tenant's time zone."""
    tenant = session.get(Tenant, current_tenant_id(session))
    zone = ZoneInfo(tenant.timezone if tenant else "UTC")
    with_orders = select(Order.customer_id).where(Order.customer_id.is_not(None))
    customers = {
        c.id: _customer(c)
        for c in session.scalars(select(Customer).where(Customer.id.in_(with_orders)))
    }
    stmt = select(Order).order_by(Order.created_at, Order.name).execution_options(yield_per=_BATCH)
    for order in session.scalars(stmt):
        currency = order.currency

        def money(minor: int, currency: str = currency) -> str:
            return Money(minor, currency).format_plain()

        history = sorted(order.history, key=lambda c: (c.at, c.id))
        yield OrderRecord.model_construct(
            name=order.name,
            email=order.email,
            created_at=order.created_at.astimezone(zone),
            currency=currency,
            status=order.status,
            financial_status=order.financial_status,
            fulfillment_status=order.fulfillment_status,
            subtotal=money(order.subtotal_minor),
            discount=money(order.discount_minor),
            shipping=money(order.shipping_minor),
            total=money(order.total_minor),
            discount_code=order.discount_code,
            shipping_address=AddressRecord.model_construct(
                name=order.ship_name,
                street=order.ship_street,
                city=order.ship_city,
                zip=order.ship_zip,
                country=order.ship_country,
                latitude=order.ship_latitude,
                longitude=order.ship_longitude,
            ),
            window_start=_local(order.window_start, zone),
            window_end=_local(order.window_end, zone),
            promised_start=_local(order.promised_start, zone),
            promised_end=_local(order.promised_end, zone),
            lines=[
                OrderLineRecord.model_construct(
                    sku=line.sku,
                    title=line.title,
                    quantity=line.quantity,
                    price=money(line.price_minor),
                )
                for line in order.lines
            ],
            history=[
                StatusChangeRecord.model_construct(
                    status=c.status, at=c.at.astimezone(zone), note=c.note
                )
                for c in history
            ],
            customer=customers.get(order.customer_id) if order.customer_id else None,
        )


def _customer(c: Customer) -> CustomerRecord:
    return CustomerRecord.model_construct(
        email=c.email,
        first_name=c.first_name,
        last_name=c.last_name,
        phone=c.phone,
        street=c.street,
        city=c.city,
        zip=c.zip,
        country=c.country,
        latitude=c.latitude,
        longitude=c.longitude,
        accepts_marketing=c.accepts_marketing,
    )


def _local(value: datetime | None, zone: tzinfo) -> datetime | None:
    return value.astimezone(zone) if value is not None else None
