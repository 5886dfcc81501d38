"""The assistant's tools: plain typed functions over the store, search and routing APIs.

Each takes a :class:`ToolContext` (database, tenant, settings, signed-in customer) and
returns records from :mod:`tradewinds.assistant.facts`; nothing here calls a model, so the
same question always finds the same facts.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradewinds.assistant.audience import Ages, fits, product_ages
from tradewinds.assistant.facts import (
    Comparison,
    OrderFacts,
    ProductCard,
    ProductDetails,
    VariantStock,
)
from tradewinds.core.errors import NotFound
from tradewinds.core.money import Money
from tradewinds.core.settings import Settings
from tradewinds.store import Database, queries, tenant_session
from tradewinds.store.tables import Order, Product, ProductStatus, Tenant, Variant
from tradewinds.text import colour_names, split_sentences

COLOUR_KEYS = ("color", "colour", "颜色", "顏色")


@dataclass(frozen=True)
class DeliveryRule:
    """The promise given when routing has not planned an order: ``min_days``-``max_days``
    after the order was placed."""

    min_days: int = 2
    max_days: int = 5
    business_days: bool = True  # count Monday to Friday only, as shipping policies do

    def __post_init__(self) -> None:
        if not 0 <= self.min_days <= self.max_days:
            raise ValueError(
                f"Expected 0 <= min_days <= max_days, got {self.min_days} and {self.max_days}."
            )

    def add(self, placed: datetime, days: int) -> datetime:
        """``days`` (business) days after ``placed``: an order placed on a Saturday or
        Sunday starts counting on Monday.

        >>> DeliveryRule().add(datetime(2026, 11, 20, 9), 2).strftime("%a %d %b")
        'Tue 24 Nov'
        """
        if not self.business_days:
            return placed + timedelta(days=days)
        moment = placed
        while days > 0:
            moment += timedelta(days=1)
            if moment.weekday() < 5:
                days -= 1
        return moment

    def window(self, placed: datetime) -> tuple[datetime, datetime]:
        """The first and last day of the promise for an order placed at ``placed``."""
        return self.add(placed, self.min_days), self.add(placed, self.max_days)


@dataclass(frozen=True)
class ToolContext:
    """Who is asking: the tenant and, when signed in, the customer."""

    db: Database
    tenant: Tenant
    settings: Settings
    customer_id: int | None = None
    semantic_ratio: float = 0.5
    delivery_rule: DeliveryRule = DeliveryRule()


# Catalogue text that talks to an assistant instead of describing the product.
_INSTRUCTIONS = re.compile(
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|"
    r"earlier|preceding|your)\s+(?:instructions|rules|prompts?)|\bsystem\s+(?:prompt|override)"
    r"|\b(?:admin(?:istrator)?|developer)\s+mode\b|\b(?:ai\s+)?assistant\s*:|\byou are now\b"
    r"|忽略[^\u3002\uff01\uff1f!?]{0,8}(?:之前|以上|先前|前面|所有)"
    r"|系统提示|提示词|管理员模式|开发者模式",
    re.I,
)


def description_sentences(body_html: str) -> tuple[str, ...]:
    """The description's sentences, without paragraphs that address an assistant
    ("ignore all previous instructions…"): they are not about the product, and repeating
    them, even quoted, would hand the shopper the attacker's words."""
    paragraphs = re.split(r"(?i)</p\s*>|<br\s*/?>|\n\s*\n", body_html)
    kept: list[str] = []
    for paragraph in paragraphs:
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", paragraph)).split())
        if text and not _INSTRUCTIONS.search(text):
            kept += split_sentences(text)
    return tuple(kept)


def _plain(sentences: tuple[str, ...], limit: int = 240) -> str:
    """The description as one plain-text summary of at most ``limit`` characters."""
    text = " ".join(sentences)
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _colour_of(product: Product, variant: Variant) -> str | None:
    for option in product.options:
        if option.name.lower() in COLOUR_KEYS:
            value = getattr(variant, f"option{option.position}")
            return str(value).lower() if value else None
    return None


def _card(product: Product, currency: str, colour: frozenset[str] | None = None) -> ProductCard:
    """The product's card: lowest price and total stock, or, with ``colour`` (its names)
    and a colour option, the lowest price and the stock of the variants in that colour."""
    variants = [v for v in product.variants if v.currency == currency] or list(product.variants)
    coloured = [v for v in variants if _colour_of(product, v) in colour] if colour else []
    variants = coloured or variants
    price = min((v.price_minor for v in variants), default=0)
    colours: list[str] = []
    for v in product.variants:
        value = _colour_of(product, v)
        if value and value not in colours:
            colours.append(value)
    colours += [a.value.lower() for a in product.attributes if a.key.lower() in COLOUR_KEYS]
    tags = [t.tag for t in product.tags]
    stated = [a.value for a in product.attributes if re.search(r"(?i)\bage|年龄|适用", a.key)]
    return ProductCard(
        id=product.id,
        handle=product.handle,
        title=product.title,
        price_minor=price,
        currency=variants[0].currency if variants else currency,
        stock=sum(max(v.inventory_qty, 0) for v in variants),
        url=f"/products/{product.handle}",
        colours=tuple(dict.fromkeys(colours)),
        category=product.category.path if product.category else product.product_type,
        colour=(_colour_of(product, coloured[0]) or "") if coloured else "",
        kind=product.product_type or "",
        text=" ".join([product.title, product.product_type or "", *tags]),
        ages=product_ages([*stated, product.title, *tags, product.body_html]),
    )


def _visible(product: Product) -> bool:
    return product.status == ProductStatus.ACTIVE and product.published


def product_cards(
    ctx: ToolContext, ids: list[int], *, colour: str | None = None
) -> list[ProductCard]:
    """Cards for these product ids, in the given order; hidden and missing ones left out.
    With ``colour``, price and stock are those of the variants in that colour."""
    names = colour_names(colour) if colour else None
    with tenant_session(ctx.db, ctx.tenant.id) as session:
        rows = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))}
        return [
            _card(rows[i], ctx.tenant.currency, names)
            for i in ids
            if i in rows and _visible(rows[i])
        ]


def search_products(
    ctx: ToolContext,
    query: str,
    *,
    min_price: Decimal | None = None,
    max_price: Decimal | None = None,
    colour: str | None = None,
    in_stock: bool | None = None,
    age: Ages | None = None,
    category: str | None = None,
    limit: int = 5,
) -> list[ProductCard]:
    """Products matching ``query`` and every given filter, best first.

    Prices are decimal amounts in the tenant's currency. ``colour`` keeps only products
    with that colour in an option or attribute; it is not added to the search text, where
    it would find any product of that colour ("rain jacket" + green finding a green fleece).
    A colour matches in English or Chinese ("red" finds a product whose colour is 红色),
    and then the card's price and stock are those of the variants in that colour.
    ``age`` (years, low and high) leaves out products that state an age range it is
    outside of ("Ages 8-12" for a 5-year-old); ``category`` keeps one category (a path
    or its prefix).
    """
    from tradewinds.search import MAX_QUERY_CHARS, SearchRequest
    from tradewinds.search import search_products as run_search

    text = query.strip()[:MAX_QUERY_CHARS]

    body = run_search(
        ctx.db,
        ctx.tenant,
        SearchRequest(
            query=text,
            min_price=str(min_price) if min_price is not None else None,
            max_price=str(max_price) if max_price is not None else None,
            in_stock=in_stock,
            category=category or None,
            per_page=100 if colour or age else max(limit * 4, 20),
            understand="off",
            semantic_ratio=ctx.semantic_ratio,
            source="assistant",
        ),
        ctx.settings,
    )
    cards = product_cards(ctx, [int(r["id"]) for r in body["results"]], colour=colour)
    if colour:  # the price and stock of that colour must fit too, not just any variant's
        names = colour_names(colour)
        low = Money.from_decimal(min_price, ctx.tenant.currency).minor if min_price else None
        high = Money.from_decimal(max_price, ctx.tenant.currency).minor if max_price else None
        cards = [
            c
            for c in cards
            if names.intersection(c.colours)
            and (low is None or c.price_minor >= low)
            and (high is None or c.price_minor <= high)
            and (not in_stock or c.stock > 0)
        ]
    if age is not None:
        cards = [c for c in cards if fits(age, c.ages)]
    return cards[:limit]


def product_details(ctx: ToolContext, product_id: int) -> ProductDetails:
    """Price, stock per variant, attributes, description sentences and a plain-text
    summary of one product.

    Raises
    ------
    NotFound
        No such (published) product for this tenant.
    """
    with tenant_session(ctx.db, ctx.tenant.id) as session:
        product = queries.get_product(session, product_id)
        if not _visible(product):
            raise NotFound(f"no product {product_id}")
        return _details(product, ctx.tenant.currency)


def details_of(ctx: ToolContext, cards: list[ProductCard]) -> list[ProductDetails]:
    """The details of these (visible) products in one query, in the cards' order."""
    ids = [c.id for c in cards]
    with tenant_session(ctx.db, ctx.tenant.id) as session:
        rows = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))}
        return [_details(rows[i], ctx.tenant.currency) for i in ids
                if i in rows and _visible(rows[i])]  # fmt: skip


def _details(product: Product, currency: str) -> ProductDetails:
    attributes = {a.key: a.value for a in product.attributes}
    for option in product.options:
        values = [getattr(v, f"option{option.position}") for v in product.variants]
        attributes.setdefault(option.name, ", ".join(dict.fromkeys(x for x in values if x)))
    sentences = description_sentences(product.body_html)
    return ProductDetails(
        card=_card(product, currency),
        vendor=product.vendor,
        category=product.category.path if product.category else product.product_type,
        summary=_plain(sentences),
        attributes=attributes,
        variants=[
            VariantStock(v.sku, v.title, v.price_minor, v.currency, max(v.inventory_qty, 0))
            for v in product.variants
        ],
        sentences=sentences,
    )


def compare_products(ctx: ToolContext, product_ids: list[int]) -> Comparison:
    """An attribute table of two or more products (price, stock, brand, attributes)."""
    details = [product_details(ctx, i) for i in product_ids]
    keys = ["Price", "In stock", "Brand", "Category"]
    for d in details:
        keys += [k for k in d.attributes if k not in keys]
    rows: dict[str, list[str]] = {}
    for key in keys:
        rows[key] = [
            {
                "Price": str(d.card.price),
                "In stock": str(d.card.stock),
                "Brand": d.vendor,
                "Category": d.category,
            }.get(key, d.attributes.get(key, "—"))
            or "—"
            for d in details
        ]
    return Comparison(products=[d.card for d in details], rows=rows)


def check_stock(ctx: ToolContext, product_id: int) -> ProductDetails:
    """Stock per variant of one product (the details record, whose variants carry stock)."""
    return product_details(ctx, product_id)


def _order_facts(ctx: ToolContext, session: Session, order: Order) -> OrderFacts:
    from tradewinds.routing import delivery_promise as routed_promise

    promise = routed_promise(session, order.id)
    start, end, source = promise.promised_start, promise.promised_end, "routing"
    if start is None or end is None:
        rule = ctx.delivery_rule
        start, end = rule.window(order.created_at)
        source = "rule"
    return OrderFacts(
        id=order.id,
        name=order.name,
        status=order.status.value,
        total_minor=order.total_minor,
        currency=order.currency,
        created_at=order.created_at,
        items=[
            f"{line.quantity} x {line.title} ({Money(line.price_minor, order.currency)})"
            for line in order.lines
        ],
        line_prices=tuple(Money(line.price_minor, order.currency) for line in order.lines),
        promised_start=start,
        promised_end=end,
        promise_source=source,
        financial_status=order.financial_status,
        fulfillment_status=order.fulfillment_status,
        history=tuple((c.status.value, c.at) for c in sorted(order.history, key=lambda c: c.at)),
    )


def order_status(ctx: ToolContext, order_ref: str | None = None) -> list[OrderFacts]:
    """The signed-in customer's orders (newest first), or the one named ``order_ref``.

    Another customer's order is reported exactly like a missing one, so the answer never
    confirms that it exists.

    Raises
    ------
    NotFound
        No customer is signed in, or ``order_ref`` is not one of their orders.
    """
    if ctx.customer_id is None:
        raise NotFound("sign in (send a customer id) to see orders")
    with tenant_session(ctx.db, ctx.tenant.id) as session:
        page = queries.list_orders(session, customer_id=ctx.customer_id, limit=20)
        orders = list(page.items)
        if order_ref is not None:
            ref = order_ref.strip().lstrip("#")
            orders = [o for o in orders if o.name.lstrip("#") == ref or str(o.id) == ref]
            if not orders:
                raise NotFound(f"no order {order_ref!r} on this customer's account")
        return [_order_facts(ctx, session, o) for o in orders[:5]]
