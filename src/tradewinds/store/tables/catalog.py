"""The catalogue: categories, products, options, variants, attributes, tags, images.

Prices are integer minor units plus an ISO 4217 currency (see ``tradewinds.core.money``);
weights are integer grams and volumes integer cubic centimetres: no floats for quantities
that are added up, compared or billed.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Enum,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tradewinds.store.base import Base, IdType, TenantOwned, UTCDateTime, utcnow


class ProductStatus(enum.StrEnum):
    ACTIVE = "active"
    DRAFT = "draft"
    ARCHIVED = "archived"


class Category(TenantOwned, Base):
    """A node of the tenant's category tree; ``path`` is the full "A > B > C" breadcrumb."""

    __tablename__ = "categories"
    __table_args__ = (UniqueConstraint("tenant_id", "path"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    path: Mapped[str] = mapped_column(String(500))
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("categories.id", ondelete="SET NULL")
    )


class Product(TenantOwned, Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("tenant_id", "handle"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    handle: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(500))
    body_html: Mapped[str] = mapped_column(Text, default="")
    vendor: Mapped[str] = mapped_column(String(255), default="")
    product_type: Mapped[str] = mapped_column(String(255), default="")
    category_id: Mapped[int | None] = mapped_column(
        IdType, ForeignKey("categories.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[ProductStatus] = mapped_column(
        Enum(
            ProductStatus,
            native_enum=False,
            length=16,
            create_constraint=True,
            values_callable=lambda e: [m.value for m in e],
        ),
        default=ProductStatus.ACTIVE,
    )
    published: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    category: Mapped[Category | None] = relationship(lazy="joined")
    options: Mapped[list[ProductOption]] = relationship(
        cascade="all, delete-orphan", order_by="ProductOption.position", lazy="selectin"
    )
    variants: Mapped[list[Variant]] = relationship(
        back_populates="product",
        cascade="all, delete-orphan",
        order_by="Variant.position",
        lazy="selectin",
    )
    attributes: Mapped[list[ProductAttribute]] = relationship(
        cascade="all, delete-orphan", order_by="ProductAttribute.key", lazy="selectin"
    )
    tags: Mapped[list[ProductTag]] = relationship(
        cascade="all, delete-orphan", order_by="ProductTag.tag", lazy="selectin"
    )
    images: Mapped[list[ProductImage]] = relationship(
        cascade="all, delete-orphan", order_by="ProductImage.position", lazy="selectin"
    )

    def __repr__(self) -> str:
        return f"Product(id={self.id!r}, handle={self.handle!r})"


class ProductOption(TenantOwned, Base):
    """An option axis such as Size or Color (Shopify allows three: positions 1-3)."""

    __tablename__ = "product_options"
    __table_args__ = (
        UniqueConstraint("product_id", "position"),
        CheckConstraint("position BETWEEN 1 AND 3", name="position_1_to_3"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    product_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(255))


class Variant(TenantOwned, Base):
    """A purchasable SKU of a product."""

    __tablename__ = "variants"
    __table_args__ = (
        UniqueConstraint("tenant_id", "sku"),
        CheckConstraint("price_minor >= 0", name="price_not_negative"),
        CheckConstraint("weight_grams IS NULL OR weight_grams >= 0", name="weight_not_negative"),
        CheckConstraint("volume_cm3 IS NULL OR volume_cm3 >= 0", name="volume_not_negative"),
    )

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    product_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    sku: Mapped[str | None] = mapped_column(String(255))
    position: Mapped[int] = mapped_column(Integer, default=1)
    option1: Mapped[str | None] = mapped_column(String(255))
    option2: Mapped[str | None] = mapped_column(String(255))
    option3: Mapped[str | None] = mapped_column(String(255))
    price_minor: Mapped[int] = mapped_column(BigInteger)
    compare_at_minor: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    inventory_qty: Mapped[int] = mapped_column(Integer, default=0)
    weight_grams: Mapped[int | None] = mapped_column(Integer)
    volume_cm3: Mapped[int | None] = mapped_column(Integer)
    barcode: Mapped[str | None] = mapped_column(String(64))
    image_src: Mapped[str | None] = mapped_column(String(2000))

    product: Mapped[Product] = relationship(back_populates="variants")

    @property
    def title(self) -> str:
        """ "Red / M", or "Default Title" for a product without options (Shopify's convention)."""
        values = [v for v in (self.option1, self.option2, self.option3) if v]
        return " / ".join(values) if values else "Default Title"


class ProductAttribute(TenantOwned, Base):
    """A free key-value fact about a product: material, age_range, colour, ..."""

    __tablename__ = "product_attributes"
    __table_args__ = (UniqueConstraint("product_id", "key"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    product_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(1000))


class ProductTag(TenantOwned, Base):
    __tablename__ = "product_tags"
    __table_args__ = (UniqueConstraint("product_id", "tag"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    product_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    tag: Mapped[str] = mapped_column(String(255), index=True)


class ProductImage(TenantOwned, Base):
    __tablename__ = "product_images"
    __table_args__ = (UniqueConstraint("product_id", "position"),)

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    product_id: Mapped[int] = mapped_column(
        IdType, ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    src: Mapped[str] = mapped_column(String(2000))
    alt: Mapped[str] = mapped_column(String(500), default="")
