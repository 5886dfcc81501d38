"""Exporting a tenant's products as Shopify CSV or JSON Lines.

Products are written in handle order, streamed from the database in batches, so the
output of the same catalogue is byte-for-byte the same every time.

The Shopify CSV carries each product's published listing copy in the shop's language
(``copy_versions``): its SEO title and meta description in Shopify's ``SEO Title`` and
``SEO Description`` columns and, for copy a model wrote, the signed implicit AI-content
label (GB 45438) as JSON in an ``AI Content Label`` column, added only when some product
has one (importers, ours and Shopify's, ignore it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TextIO

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.core.money import Money
from tradewinds.store.db import Database
from tradewinds.store.exporters._jsonl import write_jsonl
from tradewinds.store.exporters._shopify_products import CopyFields, write_shopify_products
from tradewinds.store.importers.records import ImageRecord, ProductRecord, VariantRecord
from tradewinds.store.queries.listing_copy import shop_language
from tradewinds.store.session import tenant_session
from tradewinds.store.tables import CopyVersion, Product, ProductAttribute

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
        return write_shopify_products(
            records, out, attribute_keys=sorted(keys), copies=published_copy_fields(session)
        )


def published_copy_fields(session: Session) -> dict[str, CopyFields]:
    """The SEO fields and implicit AI label of each product's published copy in the shop's
    language, by handle (products without published copy are absent)."""
    stmt = (
        select(Product.handle, CopyVersion.copy, CopyVersion.aigc_label)
        .join(CopyVersion, CopyVersion.product_id == Product.id)
        .where(CopyVersion.language == shop_language(session), CopyVersion.current.is_(True))
    )
    return {
        handle: CopyFields(
            copy.get("seo_title") or "",
            copy.get("meta_description") or "",
            json.dumps(label, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            if label
            else "",
        )
        for handle, copy, label in session.execute(stmt)
    }


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
