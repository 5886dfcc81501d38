"""A product as its edit form holds it: every value a string as typed, plus the version
the editor started from (``updated_at``), which a save hands back."""

from __future__ import annotations

from dataclasses import dataclass, field

from tradewinds.core.errors import NotFound
from tradewinds.core.money import Money
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Product, Variant

MAX_ATTRIBUTES = 50


@dataclass(frozen=True)
class VariantDraft:
    """One variant's editable values (``price``, ``compare_at``: "19.99"; ``stock``: "5")."""

    id: int
    price: str
    compare_at: str
    stock: str
    name: str = ""
    sku: str = ""
    currency: str = ""

    @property
    def label(self) -> str:
        """How changes and messages name the variant: its SKU, else its options."""
        return self.sku or self.name


@dataclass(frozen=True)
class ProductDraft:
    """A product's editable values; ``attributes`` are (key, value) pairs (a blank key
    drops the pair)."""

    id: int
    title: str
    description: str
    status: str
    published: bool
    attributes: list[tuple[str, str]] = field(default_factory=list)
    variants: list[VariantDraft] = field(default_factory=list)
    version: str = ""
    handle: str = ""

    @property
    def storefront_path(self) -> str:
        return f"/products/{self.handle}"


def money_text(minor: int | None, currency: str) -> str:
    """ "19.99" for 1999 USD; "" for no amount."""
    return "" if minor is None else Money(minor, currency).format_plain()


def variant_draft(variant: Variant) -> VariantDraft:
    return VariantDraft(
        variant.id,
        money_text(variant.price_minor, variant.currency),
        money_text(variant.compare_at_minor, variant.currency),
        str(variant.inventory_qty),
        variant.title,
        variant.sku or "",
        variant.currency,
    )


def draft_of(product: Product) -> ProductDraft:
    """The draft of a loaded product (its values now)."""
    return ProductDraft(
        product.id,
        product.title,
        product.body_html,
        product.status.value,
        product.published,
        [(a.key, a.value) for a in product.attributes],
        [variant_draft(v) for v in product.variants],
        product.updated_at.isoformat(),
        product.handle,
    )


def product_draft(db: Database, tenant_id: int, product_id: int) -> ProductDraft:
    """The shop's product ``product_id`` as its edit form starts; :class:`NotFound` for an
    unknown id or another shop's product."""
    with tenant_session(db, tenant_id) as session:
        product = session.get(Product, product_id)
        if product is None:
            raise NotFound(f"no product {product_id} in this shop", details={"product": product_id})
        return draft_of(product)
