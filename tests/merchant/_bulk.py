"""A few stored products of our own for the bulk copy job's tests (not from any benchmark)."""

from __future__ import annotations

from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Product, ProductAttribute, ProductTag, Variant

MATERIALS = ("Stainless steel", "Cotton canvas", "Beech wood", "Aluminium")


def add_products(db: Database, tenant_id: int, count: int, *, bare_first: bool = False) -> None:
    """``count`` products with facts (material, capacity or weight), vendor ``Acme`` for
    even ones and ``Birch`` for odd ones, tag ``camp`` on every third; with ``bare_first``
    the first stated no facts at all (a generic draft, no model call)."""
    with tenant_session(db, tenant_id) as session:
        for i in range(count):
            bare = bare_first and i == 0
            attributes = [] if bare else [
                ProductAttribute(key="material", value=MATERIALS[i % len(MATERIALS)]),
                ProductAttribute(key="weight", value=f"{200 + 10 * i} g"),
            ]  # fmt: skip
            session.add(
                Product(
                    handle=f"item-{i:02d}",
                    title=f"Field Item {i}",
                    vendor="Acme" if i % 2 == 0 else "Birch",
                    body_html="" if bare else f"<p>Packs flat. Item number {i}.</p>",
                    attributes=attributes,
                    tags=[ProductTag(tag="camp")] if i % 3 == 0 else [],
                    variants=[Variant(sku=f"FI-{i}", price_minor=1500 + i, currency="USD")],
                )
            )
