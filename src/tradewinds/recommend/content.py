"""What products are, for recommending by likeness: the catalogue's fields as features.

Each product becomes a bag of features — every level of its category path, its brand
(vendor), product type, tags, attribute key=value pairs and the words of its title — weighted
by TF-IDF, so a brand or attribute value that many products share counts less than a rare
one. Cosine similarity over these vectors finds the products most like a given one; a new
product that nobody has bought yet has neighbours from its first minute, which is what the
behavioural sources cannot give (cold start).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tradewinds.store.tables import (
    Category,
    Product,
    ProductAttribute,
    ProductStatus,
    ProductTag,
    Variant,
)
from tradewinds.text import analyse


@dataclass
class ItemInfo:
    """The fields of a product that recommendations read and explain with."""

    id: int
    title: str
    category: str = ""  # full path "A > B > C"
    brand: str = ""
    product_type: str = ""
    tags: tuple[str, ...] = ()
    attributes: dict[str, str] = field(default_factory=dict)

    def features(self) -> list[str]:
        """The product's features, prefixed by field so "red" as a tag and as a title word
        are different features."""
        out: list[str] = []
        parts = [p.strip() for p in self.category.split(">") if p.strip()]
        out += ["cat:" + " > ".join(parts[: i + 1]).lower() for i in range(len(parts))]
        if self.brand:
            out.append("brand:" + self.brand.lower())
        if self.product_type:
            out.append("type:" + self.product_type.lower())
        out += ["tag:" + t.lower() for t in self.tags]
        out += [f"attr:{k.lower()}={v.lower()}" for k, v in self.attributes.items()]
        out += ["word:" + w for w in analyse(self.title)]
        return out


def shared_fields(a: ItemInfo, b: ItemInfo) -> list[str]:
    """What two products have in common, strongest first: ``brand``, ``category`` (the
    same leaf category), ``type``, and the attribute keys with equal values."""
    shared: list[str] = []
    if a.brand and a.brand.lower() == b.brand.lower():
        shared.append("brand")
    if a.category and a.category == b.category:
        shared.append("category")
    elif a.product_type and a.product_type.lower() == b.product_type.lower():
        shared.append("type")
    shared += sorted(
        k for k, v in a.attributes.items() if v and b.attributes.get(k, "").lower() == v.lower()
    )
    return shared


def read_items(session: Session) -> dict[int, ItemInfo]:
    """Every product that is not archived, with its fields."""
    items: dict[int, ItemInfo] = {}
    rows = session.execute(
        select(Product.id, Product.title, Category.path, Product.vendor, Product.product_type)
        .outerjoin(Category, Product.category_id == Category.id)
        .where(Product.status != ProductStatus.ARCHIVED)
    )
    for pid, title, path, vendor, ptype in rows:
        items[pid] = ItemInfo(pid, title, path or "", vendor or "", ptype or "")
    tags: dict[int, list[str]] = {}
    for pid, tag in session.execute(select(ProductTag.product_id, ProductTag.tag)):
        tags.setdefault(pid, []).append(tag)
    for pid, values in tags.items():
        if pid in items:
            items[pid].tags = tuple(values)
    attrs = session.execute(
        select(ProductAttribute.product_id, ProductAttribute.key, ProductAttribute.value)
    )
    for pid, key, value in attrs:
        if pid in items:
            items[pid].attributes[key] = value
    return items


def price_floor(session: Session, ids: Iterable[int]) -> dict[int, int]:
    """The lowest variant price of each product, in minor units."""
    stmt = (
        select(Variant.product_id, func.min(Variant.price_minor))
        .where(Variant.product_id.in_(list(ids)))
        .group_by(Variant.product_id)
    )
    return {pid: int(price) for pid, price in session.execute(stmt)}


def neighbours(
    items: Sequence[ItemInfo], *, k: int = 30, chunk: int = 2048
) -> dict[int, list[tuple[int, float]]]:
    """Each product's ``k`` most similar products (cosine of TF-IDF feature vectors),
    most similar first; a product with no shared feature has none."""
    if len(items) < 2:
        return {}
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]

    vectoriser = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, norm="l2")
    matrix: Any = vectoriser.fit_transform([item.features() for item in items])
    ids = np.array([item.id for item in items])
    found: dict[int, list[tuple[int, float]]] = {}
    for start in range(0, len(items), chunk):
        block = (matrix[start : start + chunk] @ matrix.T).toarray()
        for row in range(block.shape[0]):
            block[row, start + row] = 0.0  # not its own neighbour
        top = np.argsort(-block, axis=1)[:, :k]
        for row in range(block.shape[0]):
            pairs = [(int(ids[j]), float(block[row, j])) for j in top[row] if block[row, j] > 0]
            found[int(ids[start + row])] = pairs
    return found


def _identity(features: list[str]) -> list[str]:
    return features
