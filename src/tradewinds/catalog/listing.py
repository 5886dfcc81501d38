"""The console's product list: the same tenant-scoped query the REST API's
``GET /api/v1/products`` uses (``store.queries.list_products``), so search and filters
behave alike on both surfaces; drafts and archived products are included (the storefront's
search index leaves them out)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from tradewinds.store import Database, tenant_session
from tradewinds.store.queries import list_products
from tradewinds.store.tables import Category, Product, ProductStatus

PER_PAGE = 50
MAX_OFFSET = 10**9  # a larger one would not fit the database's integers
STOCK_FILTERS = ("", "in_stock", "sold_out")
STATUS_FILTERS = ("", *(s.value for s in ProductStatus))


@dataclass(frozen=True)
class ProductRow:
    """One line of the list."""

    id: int
    handle: str
    title: str
    status: str
    published: bool
    category: str
    variants: int
    stock: int
    min_price: int | None
    currency: str


@dataclass(frozen=True)
class ProductList:
    rows: list[ProductRow]
    total: int
    offset: int
    per_page: int


@dataclass(frozen=True)
class ProductFilters:
    """What the list is narrowed to; unknown values are treated as no filter."""

    q: str = ""
    category: str = ""
    status: str = ""
    stock: str = ""

    def cleaned(self) -> ProductFilters:
        return ProductFilters(
            self.q.strip()[:200],
            self.category.strip()[:500],
            self.status if self.status in STATUS_FILTERS else "",
            self.stock if self.stock in STOCK_FILTERS else "",
        )


def _row(product: Product) -> ProductRow:
    prices = [v.price_minor for v in product.variants]
    return ProductRow(
        product.id, product.handle, product.title, product.status.value, product.published,
        product.category.path if product.category else "", len(product.variants),
        sum(v.inventory_qty for v in product.variants), min(prices) if prices else None,
        product.variants[0].currency if product.variants else "",
    )  # fmt: skip


def console_products(
    db: Database, tenant_id: int, filters: ProductFilters, offset: int = 0
) -> ProductList:
    """One page of the shop's products matching ``filters`` (title order)."""
    filters = filters.cleaned()
    offset = max(0, min(offset, MAX_OFFSET))
    in_stock = {"in_stock": True, "sold_out": False}.get(filters.stock)
    with tenant_session(db, tenant_id) as session:
        page = list_products(
            session,
            q=filters.q or None,
            category=filters.category or None,
            status=filters.status or None,
            in_stock=in_stock,
            sort="title",
            limit=PER_PAGE,
            offset=offset,
        )
        return ProductList([_row(p) for p in page.items], page.total, offset, PER_PAGE)


def category_paths(db: Database, tenant_id: int) -> list[str]:
    """Every category of the shop, as "A > B" paths in order (the filter's choices)."""
    with tenant_session(db, tenant_id) as session:
        return list(session.scalars(select(Category.path).order_by(Category.path)))
