"""Exporting a tenant's products as Shopify CSV or JSON Lines.

Products are written in handle order, streamed from the database in batches, so the
output of the same catalogue is byte-for-byte the same every time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.core.money import Money
from tradewinds.store.db import Database
from tradewinds.store.exporters._jsonl import write_jsonl
from tradewinds.store.exporters._shopify_products import write_shopify_products
from tradewinds.store.importers.records import ImageRecord, ProductRecord, VariantRecord
from tradewinds.store.session import tenant_session
from tradewinds.store.tables import Product, ProductAttribute

EXPORT_FORMATS = ("shopify", "jsonl")
_BATCH = 500


def export_products(
    db: Database,
    tenant_id: int,
    out: TextIO,
    *,
    format: str = "shopify",
    where: Sequence[ColumnElement[bool]] = (),
) -> int:
    """Write every product of ``tenant_id`` to ``out`` (only those matching ``where``).

    Parameters
    ----------
    db, tenant_id
        What to export.
    out
        A text stream (open CSV files with ``newline=""``).
    format
        ``"shopify"`` (Shopify's product CSV layout) or ``"jsonl"`` (our schema, lossless).
    where
        Conditions on :class:`~tradewinds.store.tables.Product` (all must hold), e.g. the
        console list's filters; every product when empty.

    Returns
    -------
    int
        The number of products written.
    """
    check_format(format)
    with tenant_session(db, tenant_id) as session:
        records = product_records(session, where)
        if format == "jsonl":
            return write_jsonl(records, out)
        keys = session.scalars(select(ProductAttribute.key).distinct()).all()
        return write_shopify_products(records, out, attribute_keys=sorted(keys))


def write_products(
    records: Iterable[ProductRecord], out: TextIO, *, format: str = "shopify"
) -> int:
    """Write ``records`` (e.g. generated ones) in ``format``; returns how many."""
    check_format(format)
    if format == "jsonl":
        return write_jsonl(records, out)
    return write_shopify_products(records, out)


def check_format(format: str) -> None:
    if format not in EXPORT_FORMATS:
        raise InvalidInput(
            f"unknown format {format!r} (expected one of {', '.join(EXPORT_FORMATS)})"
        )


def product_records(
    session: Session, where: Sequence[ColumnElement[bool]] = ()
) -> Iterator[ProductRecord]:
    """The session's tenant's products (matching ``where``) as records, in handle order."""
    stmt = select(Product).where(*where).order_by(Product.handle)
    stmt = stmt.execution_options(yield_per=_BATCH)
    for product in session.scalars(stmt):
        yield ProductRecord.model_construct(
            handle=product.handle,
            title=product.title,
            body_html=product.body_html,
            vendor=product.vendor,
            product_type=product.product_type,
            category=product.category.path if product.category else "",
            tags=sorted(tag.tag for tag in product.tags),
            status=product.status,
            published=product.published,
            options=[option.name for option in product.options],
            attributes={a.key: a.value for a in sorted(product.attributes, key=lambda a: a.key)},
            images=[
                ImageRecord.model_construct(src=image.src, alt=image.alt)
                for image in product.images
            ],
            variants=[
                VariantRecord.model_construct(
                    sku=v.sku,
                    options=[o for o in (v.option1, v.option2, v.option3) if o is not None],
                    price=Money(v.price_minor, v.currency).format_plain(),
                    compare_at_price=None
                    if v.compare_at_minor is None
                    else Money(v.compare_at_minor, v.currency).format_plain(),
                    inventory_qty=v.inventory_qty,
                    weight_grams=v.weight_grams,
                    volume_cm3=v.volume_cm3,
                    barcode=v.barcode,
                    image=v.image_src,
                )
                for v in product.variants
            ],
        )
