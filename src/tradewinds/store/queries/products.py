"""Reading the catalogue: filtered, sorted, paginated product lists and single products."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from tradewinds.core.errors import InvalidInput, NotFound
from tradewinds.core.money import Money, parse_money
from tradewinds.store.queries._page import (
    DEFAULT_LIMIT,
    Page,
    check_choice,
    check_enum,
    check_window,
    contains_pattern,
    count_of,
    fetch_page,
    prefix_pattern,
)
from tradewinds.store.tables import Category, Product, ProductStatus, ProductTag, Variant

PRODUCT_SORTS = ("newest", "title", "price_asc", "price_desc")


def _lowest_price(currency: str | None = None) -> Any:
    """Correlated subquery: the cheapest variant's ``price_minor`` (in ``currency`` if given)."""
    stmt = select(func.min(Variant.price_minor)).where(Variant.product_id == Product.id)
    if currency is not None:
        stmt = stmt.where(Variant.currency == currency)
    return stmt.correlate(Product).scalar_subquery()


def _category_matches(category: str) -> ColumnElement[bool]:
    """A category given by id, by name, or by path; a path also matches its subcategories."""
    wanted = category.strip().lower()
    clauses: list[ColumnElement[bool]] = [
        func.lower(Category.name) == wanted,
        func.lower(Category.path) == wanted,
        func.lower(Category.path).like(prefix_pattern(wanted + " > "), escape="\\"),
    ]
    if wanted.isdigit():
        clauses.append(Category.id == int(wanted))
    return Product.category_id.in_(select(Category.id).where(or_(*clauses)))


def _price_bound(name: str, price: Money) -> Money:
    if not isinstance(price, Money):
        raise InvalidInput(f"{name} must be a Money amount (e.g. Money(1999, 'USD'))")
    return price


def parse_price_bound(name: str, text: str, currency: str) -> Money:
    """Parse a typed price bound such as ``"19.99"`` in ``currency``, naming ``name`` on error."""
    try:
        return parse_money(text, currency)
    except InvalidInput as exc:
        raise InvalidInput(f"{name}: {exc.message}", details={"parameter": name}) from None


def product_filters(
    *,
    q: str | None = None,
    category: str | None = None,
    vendor: str | None = None,
    status: ProductStatus | str | None = None,
    tag: str | None = None,
    min_price: Money | None = None,
    max_price: Money | None = None,
    in_stock: bool | None = None,
) -> list[ColumnElement[bool]]:
    """The WHERE clauses for :func:`list_products`'s filters (each optional, all ANDed)."""
    where: list[ColumnElement[bool]] = []
    if q is not None and q.strip():
        pattern = contains_pattern(q.strip())
        sku_hit = exists().where(
            Variant.product_id == Product.id, Variant.sku.ilike(pattern, escape="\\")
        )
        where.append(
            or_(
                Product.title.ilike(pattern, escape="\\"),
                Product.handle.ilike(pattern, escape="\\"),
                Product.vendor.ilike(pattern, escape="\\"),
                Product.product_type.ilike(pattern, escape="\\"),
                sku_hit,
            )
        )
    if category is not None and category.strip():
        where.append(_category_matches(category))
    if vendor is not None and vendor.strip():
        where.append(func.lower(Product.vendor) == vendor.strip().lower())
    if status is not None:
        where.append(Product.status == check_enum("status", status, ProductStatus))
    if tag is not None and tag.strip():
        where.append(
            exists().where(
                ProductTag.product_id == Product.id,
                func.lower(ProductTag.tag) == tag.strip().lower(),
            )
        )
    # A product's price is its cheapest variant's, in the currency of the bound.
    if min_price is not None:
        bound = _price_bound("min_price", min_price)
        where.append(_lowest_price(bound.currency) >= bound.minor)
    if max_price is not None:
        bound = _price_bound("max_price", max_price)
        where.append(_lowest_price(bound.currency) <= bound.minor)
    if (
        min_price is not None
        and max_price is not None
        and min_price.currency == max_price.currency
        and min_price.minor > max_price.minor
    ):
        raise InvalidInput(
            f"min_price ({min_price}) is greater than max_price ({max_price})",
            details={"parameter": "min_price"},
        )
    if in_stock is not None:
        stocked = exists().where(Variant.product_id == Product.id, Variant.inventory_qty > 0)
        where.append(stocked if in_stock else ~stocked)
    return where


def _order_by(sort: str) -> list[Any]:
    check_choice("sort", sort, PRODUCT_SORTS)
    if sort == "title":
        return [func.lower(Product.title), Product.id]
    if sort == "price_asc":
        return [_lowest_price().asc().nulls_last(), Product.id]
    if sort == "price_desc":
        return [_lowest_price().desc().nulls_last(), Product.id]
    return [Product.created_at.desc(), Product.id.desc()]


def list_products(
    session: Session,
    *,
    q: str | None = None,
    category: str | None = None,
    vendor: str | None = None,
    status: ProductStatus | str | None = None,
    tag: str | None = None,
    min_price: Money | None = None,
    max_price: Money | None = None,
    in_stock: bool | None = None,
    sort: str = "newest",
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> Page[Product]:
    """One page of the session's tenant's products matching every given filter.

    Parameters
    ----------
    session
        A tenant-scoped session (:func:`tradewinds.store.tenant_session`).
    q
        Case-insensitive text found in the title, handle, vendor, type or a variant SKU.
    category
        Category id, name or path; a path ("Toys > Puzzles") includes its subcategories.
    vendor, tag
        Exact, case-insensitive match.
    status
        ``active``, ``draft`` or ``archived``.
    min_price, max_price
        Inclusive bounds on the cheapest variant's price, in the bound's currency.
    in_stock
        ``True``: some variant has inventory; ``False``: none has.
    sort
        ``newest`` (default), ``title``, ``price_asc`` or ``price_desc``; ties break by id.
    limit, offset
        Page size (1..200) and start position.

    Returns
    -------
    Page[Product]
        The products (variants, tags, images... loaded) and the total number of matches.

    Raises
    ------
    InvalidInput
        A filter, sort or page bound is out of range; the message names it.
    """
    check_window(limit, offset)
    where = product_filters(
        q=q,
        category=category,
        vendor=vendor,
        status=status,
        tag=tag,
        min_price=min_price,
        max_price=max_price,
        in_stock=in_stock,
    )
    condition = and_(True, *where)
    stmt = select(Product).where(condition).order_by(*_order_by(sort))
    count_stmt = count_of(Product.id).where(condition)
    return fetch_page(session, stmt, count_stmt, limit=limit, offset=offset)


def get_product(session: Session, id_or_handle: int | str) -> Product:
    """The product with this id or handle (an all-digit value is tried as an id first).

    Raises
    ------
    NotFound
        No such product for this tenant (other tenants' products are invisible).
    """
    key = str(id_or_handle).strip()
    product = None
    if key.isdigit():
        product = session.scalars(select(Product).where(Product.id == int(key))).one_or_none()
    if product is None and key:
        product = session.scalars(select(Product).where(Product.handle == key)).one_or_none()
    if product is None:
        raise NotFound(f"no product with id or handle {key!r}", details={"product": key})
    return product
