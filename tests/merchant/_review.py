"""A small stored product of our own and copies of it, for the review workflow's tests."""

from __future__ import annotations

from tradewinds.merchant import ListingCopy
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Product, ProductAttribute, Variant

ORIGINAL_BODY = "<p>Boils in 5 minutes.</p><p>Not dishwasher safe &amp; hand wash only.</p>"

FAITHFUL = ListingCopy(
    "en",
    "Pour-Over Kettle, 2.5 L Stainless Steel",
    ("Holds 2.5 L", "Stainless steel body", "Boils in five minutes"),
    "A stainless steel kettle for pour-over coffee.\nWash it by hand.",
    seo_title="Pour-Over Kettle 2.5 L",
    meta_description="A 2.5 L stainless steel pour-over kettle.",
    origin="ai",
    model="chat",
)
CONTRADICTING = ListingCopy(
    "en", "Copper Pour-Over Kettle", ("Holds 2.5 gallons", "Copper body", "Dishwasher safe"),
    "A copper kettle.",
)  # fmt: skip
CHINESE = ListingCopy(
    "zh", "手冲壶", ("容量2.5升", "不锈钢壶身", "五分钟烧开"), "不锈钢手冲咖啡壶。", origin="ai"
)


def add_kettle(db: Database, tenant_id: int, handle: str = "pour-kettle") -> None:
    """A kettle whose facts say stainless steel, 2.5 L, not dishwasher safe."""
    with tenant_session(db, tenant_id) as session:
        session.add(
            Product(
                handle=handle,
                title="Pour-Over Kettle",
                body_html=ORIGINAL_BODY,
                attributes=[
                    ProductAttribute(key="material", value="Stainless steel"),
                    ProductAttribute(key="capacity", value="2.5 L"),
                ],
                variants=[Variant(sku=f"{handle}-1", price_minor=3900, currency="USD")],
            )
        )
