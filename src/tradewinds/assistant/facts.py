"""What the tools return: plain typed records the composer cites and the verifier checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tradewinds.core.money import Money


@dataclass(frozen=True)
class ProductCard:
    """One product as the shopper sees it: lowest price, total stock, link."""

    id: int
    handle: str
    title: str
    price_minor: int
    currency: str
    stock: int
    url: str
    colours: tuple[str, ...] = ()
    category: str = ""  # the category path (or product type); not part of the JSON card
    colour: str = ""  # set when price and stock are those of one colour's variants
    kind: str = ""  # the product type ("Jacket"); not part of the JSON card
    text: str = ""  # title, type and tags: the words relevance checks; not in the JSON card
    ages: tuple[int, int] | None = None  # the age range the product states, in years

    @property
    def price(self) -> Money:
        return Money(self.price_minor, self.currency)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "handle": self.handle,
            "title": self.title,
            "price": self.price.format_plain(),
            "currency": self.currency,
            "stock": self.stock,
            "url": self.url,
            **({"colour": self.colour} if self.colour else {}),
        }


@dataclass(frozen=True)
class VariantStock:
    """Stock of one variant (SKU)."""

    sku: str | None
    title: str
    price_minor: int
    currency: str
    stock: int


@dataclass(frozen=True)
class ProductDetails:
    """Everything the details and comparison tools know about one product."""

    card: ProductCard
    vendor: str
    category: str
    summary: str
    attributes: dict[str, str]
    variants: list[VariantStock]
    sentences: tuple[str, ...] = ()  # the whole description, a sentence each

    def quantity_sources(self) -> list[tuple[str, str]]:
        """Where this product states measured facts, most specific first: (name, text)
        for each attribute and option, then the title, then each description sentence."""
        found = [(k, v) for k, v in self.attributes.items()]
        found.append(("title", self.card.title))
        return found + [("description", s) for s in self.sentences]


@dataclass(frozen=True)
class Comparison:
    """An attribute table: one column per product, one row per attribute."""

    products: list[ProductCard]
    rows: dict[str, list[str]]


@dataclass(frozen=True)
class OrderFacts:
    """What the signed-in customer may know about one of their orders."""

    id: int
    name: str
    status: str
    total_minor: int
    currency: str
    created_at: datetime
    items: list[str]  # "2 x Enamel Camp Mug (12.00 USD)": quantity, title, unit price
    promised_start: datetime | None = None
    promised_end: datetime | None = None
    promise_source: str = ""  # "routing" | "rule" | ""
    financial_status: str = ""  # the shop's payment status as imported ("refunded")
    fulfillment_status: str = ""  # and its fulfilment status ("fulfilled")
    history: tuple[tuple[str, datetime], ...] = ()  # (status, when), oldest first
    line_prices: tuple[Money, ...] = ()  # each line's unit price

    def when(self, *statuses: str) -> datetime | None:
        """When the order first reached one of ``statuses`` ("delivered"), or None."""
        return next((at for status, at in self.history if status in statuses), None)

    @property
    def total(self) -> Money:
        return Money(self.total_minor, self.currency)


@dataclass(frozen=True)
class PolicyPassage:
    """A retrieved passage of a store policy document."""

    document: str
    heading: str
    text: str
    score: float


@dataclass(frozen=True)
class Recommendation:
    """One recommended product and why.

    ``reason`` is one of ``bought_with`` (often bought together with ``because``),
    ``next`` (often chosen after ``because``), ``category`` (popular in ``because``, a
    category the shopper buys or browses), ``similar`` (in the same category as
    ``because``), ``like`` (sharing brand or attributes with ``because``), ``trending``
    (among the most ordered lately) or ``popular`` (most wanted overall).
    ``because`` only ever names the shopper's own products, the product they asked about,
    or a category; ``source`` says how the shopper knows ``because``: ``ordered``,
    ``carted``, ``viewed`` or ``shown``.
    """

    card: ProductCard
    reason: str
    because: str = ""
    source: str = ""


@dataclass
class ToolResult:
    """One tool call and its result; ``n`` is its citation number in the answer."""

    n: int
    tool: str
    arguments: dict[str, Any]
    products: list[ProductCard] = field(default_factory=list)
    details: list[ProductDetails] = field(default_factory=list)
    orders: list[OrderFacts] = field(default_factory=list)
    passages: list[PolicyPassage] = field(default_factory=list)
    comparison: Comparison | None = None
    recommendations: list[Recommendation] = field(default_factory=list)

    def citation(self) -> dict[str, Any]:
        """The JSON form of this citation: what was called and what it found."""
        refs: list[str] = [p.handle for p in self.products]
        refs += [d.card.handle for d in self.details if d.card.handle not in refs]
        refs += [r.card.handle for r in self.recommendations if r.card.handle not in refs]
        refs += [o.name for o in self.orders]
        refs += [f"{p.document}#{p.heading}" for p in self.passages]
        return {"n": self.n, "tool": self.tool, "arguments": self.arguments, "refs": refs}

    def all_cards(self) -> list[ProductCard]:
        cards = list(self.products) + [d.card for d in self.details]
        if self.comparison is not None:
            cards += self.comparison.products
        return cards + [r.card for r in self.recommendations]
