"""Product responses: a summary for lists, the full product for one."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from tradewinds.api.schemas.common import MoneyOut, Schema
from tradewinds.store.tables import Product, Variant


class VariantOut(Schema):
    id: int
    sku: str | None
    title: str = Field(description="Option values joined, e.g. 'Red / M'.")
    options: list[str]
    price: MoneyOut
    compare_at_price: MoneyOut | None
    inventory_qty: int
    weight_grams: int | None
    volume_cm3: int | None
    barcode: str | None
    image_src: str | None

    @classmethod
    def of(cls, v: Variant) -> VariantOut:
        return cls(
            id=v.id,
            sku=v.sku,
            title=v.title,
            options=[o for o in (v.option1, v.option2, v.option3) if o],
            price=MoneyOut.of(v.price_minor, v.currency),
            compare_at_price=MoneyOut.maybe(v.compare_at_minor, v.currency),
            inventory_qty=v.inventory_qty,
            weight_grams=v.weight_grams,
            volume_cm3=v.volume_cm3,
            barcode=v.barcode,
            image_src=v.image_src,
        )


class ImageOut(Schema):
    src: str
    alt: str


class ProductSummary(Schema):
    id: int
    handle: str
    title: str
    vendor: str
    product_type: str
    category: str | None = Field(description="Category path, e.g. 'Toys > Puzzles'.")
    status: str
    published: bool
    tags: list[str]
    price: MoneyOut | None = Field(description="Cheapest variant's price.")
    max_price: MoneyOut | None = Field(description="Dearest variant's price.")
    inventory_qty: int = Field(description="Sum over variants.")
    in_stock: bool
    variant_count: int
    image: str | None = Field(description="First image URL.")
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, p: Product) -> ProductSummary:
        return cls(**_summary_fields(p))


class ProductOut(ProductSummary):
    body_html: str
    options: list[str] = Field(description="Option names in position order, e.g. ['Size'].")
    attributes: dict[str, str]
    images: list[ImageOut]
    variants: list[VariantOut]

    @classmethod
    def of(cls, p: Product) -> ProductOut:
        return cls(
            **_summary_fields(p),
            body_html=p.body_html,
            options=[o.name for o in p.options],
            attributes={a.key: a.value for a in p.attributes},
            images=[ImageOut(src=i.src, alt=i.alt) for i in p.images],
            variants=[VariantOut.of(v) for v in p.variants],
        )


def _summary_fields(p: Product) -> dict[str, object]:
    # Price range within the first variant's currency (a product is priced in one).
    currency = p.variants[0].currency if p.variants else None
    prices = [v.price_minor for v in p.variants if v.currency == currency]
    stock = sum(max(v.inventory_qty, 0) for v in p.variants)
    return {
        "id": p.id,
        "handle": p.handle,
        "title": p.title,
        "vendor": p.vendor,
        "product_type": p.product_type,
        "category": p.category.path if p.category else None,
        "status": str(p.status),
        "published": p.published,
        "tags": [t.tag for t in p.tags],
        "price": MoneyOut.of(min(prices), currency) if currency else None,
        "max_price": MoneyOut.of(max(prices), currency) if currency else None,
        "inventory_qty": stock,
        "in_stock": stock > 0,
        "variant_count": len(p.variants),
        "image": p.images[0].src if p.images else None,
        "created_at": p.created_at,
        "updated_at": p.updated_at,
    }
