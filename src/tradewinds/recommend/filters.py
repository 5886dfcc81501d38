"""The rules no recommendation may break, checked against the live catalogue.

A product may be recommended only if it is active and published, has a variant the
shopper could buy (in stock unless the tenant allows otherwise, priced within the caller's
range), lies in the caller's category, and is not one the shopper already bought (unless its
category repeats, like consumables) or asked to leave out. :func:`allowed` is the one
predicate; :func:`read_states` reads what it needs for the candidates of one request, so
a product unpublished or sold out a second ago is already filtered.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput
from tradewinds.store.tables import Category, Product, ProductStatus, Variant


@dataclass(frozen=True)
class Constraints:
    """What the caller and the tenant's settings rule out.

    ``category`` keeps products of that category path or below it ("Outdoor" keeps
    "Outdoor > Tents"), or whose leaf category has that name. Prices are minor units of the
    tenant's currency; a product passes when one of its (buyable) variants is in range.
    """

    category: str | None = None
    min_price_minor: int | None = None
    max_price_minor: int | None = None
    hide_out_of_stock: bool = True
    repeat_categories: tuple[str, ...] = ()
    exclude: frozenset[int] = frozenset()
    bought: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        for name in ("min_price_minor", "max_price_minor"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise InvalidInput(f"{name} must be ≥ 0, got {value}")
        low, high = self.min_price_minor, self.max_price_minor
        if low is not None and high is not None and low > high:
            raise InvalidInput(f"min_price ({low}) is above max_price ({high})")


@dataclass(frozen=True)
class ProductState:
    """What the filters read about one product."""

    id: int
    status: ProductStatus
    published: bool
    category: str
    variants: tuple[tuple[int, int], ...] = field(default=())  # (price_minor, stock)
    handle: str = ""

    def price_from(self, rules: Constraints) -> int | None:
        """The lowest price of a variant the shopper could buy under ``rules``."""
        prices = [p for p, stock in self.variants if stock > 0 or not rules.hide_out_of_stock]
        return min(prices) if prices else None


@lru_cache(maxsize=65536)
def in_category(path: str, root: str) -> bool:
    """Whether category ``path`` is ``root``, below it, or has a leaf named ``root``."""
    path_l, root_l = path.lower(), root.strip().lower()
    if not root_l:
        return True
    leaf = path_l.rsplit(">", 1)[-1].strip()
    return path_l == root_l or path_l.startswith(root_l + " >") or leaf == root_l


def allowed(state: ProductState, rules: Constraints) -> bool:
    """Whether ``state`` may be recommended under ``rules``."""
    if state.status != ProductStatus.ACTIVE or not state.published:
        return False
    if state.id in rules.exclude:
        return False
    if state.id in rules.bought and not any(
        in_category(state.category, c) for c in rules.repeat_categories
    ):
        return False
    if rules.category is not None and not in_category(state.category, rules.category):
        return False
    low = rules.min_price_minor if rules.min_price_minor is not None else 0
    high = rules.max_price_minor
    return any(
        price >= low
        and (high is None or price <= high)
        and (stock > 0 or not rules.hide_out_of_stock)
        for price, stock in state.variants
    )


def read_states(session: Session, ids: Collection[int]) -> dict[int, ProductState]:
    """The filter state of these products, as stored now."""
    if not ids:
        return {}
    wanted = list(ids)
    # One query: a product row per variant (and one with NULL variant columns when it has
    # none); the products' own columns repeat.
    rows = session.execute(
        select(Product.id, Product.status, Product.published, Category.path, Product.handle,
               Variant.price_minor, Variant.inventory_qty)
        .outerjoin(Category, Product.category_id == Category.id)
        .outerjoin(Variant, Variant.product_id == Product.id)
        .where(Product.id.in_(wanted))
    )  # fmt: skip
    heads: dict[int, tuple[ProductStatus, bool, str, str]] = {}
    variants: dict[int, list[tuple[int, int]]] = {}
    for pid, status, published, path, handle, price, stock in rows:
        if pid not in heads:
            heads[pid] = (ProductStatus(status), bool(published), path or "", handle)
            variants[pid] = []
        if price is not None:
            variants[pid].append((int(price), int(stock or 0)))
    return {
        pid: ProductState(pid, status, published, path, tuple(variants[pid]), handle)
        for pid, (status, published, path, handle) in heads.items()
    }


def keep_allowed(
    session: Session, ranked: Iterable[int], rules: Constraints, limit: int
) -> list[ProductState]:
    """The first ``limit`` of ``ranked`` that pass :func:`allowed`, in order (read in
    batches, so a long candidate list costs a query only as far as it is needed)."""
    order = list(dict.fromkeys(ranked))
    kept: list[ProductState] = []
    batch = max(limit * 4, 40)
    for start in range(0, len(order), batch):
        chunk = order[start : start + batch]
        states = read_states(session, chunk)
        kept += [states[p] for p in chunk if p in states and allowed(states[p], rules)]
        if len(kept) >= limit:
            break
    return kept[:limit]
