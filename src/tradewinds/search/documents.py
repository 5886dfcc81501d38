"""What the index stores about a product: ``SearchDocument``, and how a product becomes one."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tradewinds.text import analyse

if TYPE_CHECKING:
    from tradewinds.store.tables import Product

_TAG = re.compile(r"<[^>]+>")
# Words of the description that go into the embedding. MiniLM's cost grows with the text
# (up to 256 tokens); on CrowdFlower the first 40 words ranked as well as the whole
# description (dense nDCG@10 0.782 vs 0.777, fused 0.821 vs 0.818) and embedded faster.
DENSE_BODY_WORDS = 40


@dataclass
class SearchDocument:
    """One searchable product: its text, and the fields filters, facets and sorts use.

    Prices are integer minor units (``min_price`` ≤ ``max_price``, over the variants);
    ``attributes`` holds attribute key → value plus the variants' option values (option
    name → comma-joined values, e.g. ``{"color": "Red, Blue"}``).
    """

    id: int
    title: str
    body: str = ""
    brand: str = ""
    category: str = ""
    tags: list[str] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    min_price: int = 0
    max_price: int = 0
    currency: str = ""
    in_stock: bool = True
    popularity: float = 0.0
    created_at: str = ""
    handle: str = ""

    def lexical_fields(self) -> tuple[str, str, str]:
        """Analysed (title, details, description) token strings for the lexical index."""
        details = " ".join(
            [self.brand, self.category.replace(" > ", " "), *self.tags, *self.attributes.values()]
        )
        return (
            " ".join(analyse(self.title)),
            " ".join(analyse(details)),
            " ".join(analyse(self.body[:5000])),
        )

    def dense_text(self) -> str:
        """The text embedded for semantic retrieval: title first, then what describes it
        (the description's first ``DENSE_BODY_WORDS`` words)."""
        leaf = self.category.rsplit(" > ", 1)[-1]
        body = " ".join(self.body.split()[:DENSE_BODY_WORDS])
        parts = [self.title, self.brand, leaf, ", ".join(self.tags), body]
        return ". ".join(p.strip() for p in parts if p and p.strip())


def html_to_text(markup: str) -> str:
    """Visible text of a product description (tags dropped, entities decoded)."""
    return re.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", markup or ""))).strip()


def document_from_product(product: Product, popularity: float = 0.0) -> SearchDocument:
    """Build the ``SearchDocument`` of a loaded ``Product`` (variants, tags, attributes)."""
    attributes = {a.key.lower(): a.value for a in product.attributes}
    names = {o.position: o.name.lower() for o in product.options}
    for position in (1, 2, 3):
        values = {getattr(v, f"option{position}") for v in product.variants} - {None, ""}
        if position in names and values:
            attributes.setdefault(names[position], ", ".join(sorted(str(v) for v in values)))
    prices = [v.price_minor for v in product.variants] or [0]
    return SearchDocument(
        id=product.id,
        handle=product.handle,
        title=product.title,
        body=html_to_text(product.body_html),
        brand=product.vendor,
        category=product.category.path if product.category else product.product_type,
        tags=[t.tag for t in product.tags],
        attributes=attributes,
        min_price=min(prices),
        max_price=max(prices),
        currency=product.variants[0].currency if product.variants else "",
        in_stock=any(v.inventory_qty > 0 for v in product.variants),
        popularity=popularity,
        created_at=product.created_at.isoformat(),
    )
