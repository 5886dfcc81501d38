"""The embedded-model planner: run the tools a :class:`Plan` needs, deterministically,
and compose the answer from templates, each claim citing the tool result it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tradewinds.assistant import tools
from tradewinds.assistant.facts import OrderFacts, ProductCard, ToolResult
from tradewinds.assistant.intent import Plan
from tradewinds.assistant.policies import policy_directory, search_policies
from tradewinds.core.errors import NotFound
from tradewinds.core.money import Money

HELP = (
    "I can find products (with a budget, colour or stock filter), tell you more about one, "
    "compare them, check stock, track your orders and answer questions about the store's "
    "policies."
)


@dataclass
class Draft:
    """An answer before verification: sentences, the tool results they cite, new state."""

    sentences: list[str] = field(default_factory=list)
    results: list[ToolResult] = field(default_factory=list)
    cards: list[ProductCard] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)
    budget: list[Money] = field(default_factory=list)  # amounts the shopper named
    echoed_orders: list[str] = field(default_factory=list)  # order names the shopper typed

    def call(self, tool: str, **arguments: Any) -> ToolResult:
        result = ToolResult(n=len(self.results) + 1, tool=tool, arguments=arguments)
        self.results.append(result)
        return result

    def show(self, cards: list[ProductCard]) -> None:
        for card in cards:
            if all(c.id != card.id for c in self.cards):
                self.cards.append(card)


def _line(card: ProductCard, n: int, label: str = "") -> str:
    stock = f"{card.stock} in stock" if card.stock > 0 else "out of stock"
    return f"- **{card.title}**: {card.price}, {stock}{label} [{n}]."


def _constraints(plan: Plan, currency: str) -> str:
    parts = []
    if plan.colour:
        parts.append(f"in {plan.colour}")
    if plan.min_price is not None:
        parts.append(f"from {Money.from_decimal(plan.min_price, currency)}")
    if plan.max_price is not None:
        parts.append(f"under {Money.from_decimal(plan.max_price, currency)}")
    if plan.in_stock:
        parts.append("in stock")
    return " ".join(parts)


def _merge(plan: Plan, state: dict[str, Any]) -> Plan:
    """A refinement keeps the previous query and filters, replacing those it names."""
    if not plan.is_refinement or not state.get("query"):
        return plan
    for name in ("min_price", "max_price"):
        if getattr(plan, name) is None and state.get(name):
            setattr(plan, name, Decimal(state[name]))
    plan.colour = plan.colour or state.get("colour")
    plan.in_stock = plan.in_stock if plan.in_stock is not None else state.get("in_stock")
    plan.query = str(state["query"])
    return plan


def _search(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    plan = _merge(plan, draft.state)
    currency = ctx.tenant.currency
    wanted = _constraints(plan, currency)
    draft.budget += [
        Money.from_decimal(x, currency) for x in (plan.min_price, plan.max_price) if x is not None
    ]
    filters: dict[str, object] = {"min_price": plan.min_price, "max_price": plan.max_price,
                                  "colour": plan.colour, "in_stock": plan.in_stock}  # fmt: skip
    result = draft.call("search_products", query=plan.query,
                        **{k: str(v) for k, v in filters.items() if v is not None})  # fmt: skip
    result.products = tools.search_products(
        ctx,
        plan.query,
        min_price=plan.min_price,
        max_price=plan.max_price,
        colour=plan.colour,
        in_stock=plan.in_stock,
    )
    draft.state.update(
        query=plan.query,
        min_price=str(plan.min_price) if plan.min_price is not None else None,
        max_price=str(plan.max_price) if plan.max_price is not None else None,
        colour=plan.colour,
        in_stock=plan.in_stock,
    )
    what = f"“{plan.query}”" if plan.query else "that"
    if result.products:
        draft.sentences.append(f"Here is what I found for {what} {wanted}:".replace(" :", ":"))
        draft.sentences += [_line(c, result.n) for c in result.products]
        draft.show(result.products)
        draft.state["shown"] = [c.id for c in result.products]
        return
    closest = draft.call("search_products", query=plan.query)
    closest.products = tools.search_products(ctx, plan.query, limit=3)
    if not closest.products:
        draft.sentences.append(f"I couldn't find any products for {what}.")
        return
    draft.sentences.append(
        f"Nothing matches {what} {wanted}. The closest alternatives:".replace("  ", " ")
    )
    draft.sentences += [_line(c, closest.n, " (closest alternative)") for c in closest.products]
    draft.show(closest.products)
    draft.state["shown"] = [c.id for c in closest.products]


def _referenced(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> list[ProductCard]:
    """The products the message points at: a reference to those shown, or a new search."""
    shown = tools.product_cards(ctx, [int(i) for i in draft.state.get("shown", [])])
    if plan.intent == "compare" and shown and not plan.query:
        return shown[:3]
    if plan.reference and shown:
        if plan.reference == "cheaper":
            return [min(shown, key=lambda c: (c.price_minor, c.id))]
        if plan.reference == "dearer":
            return [max(shown, key=lambda c: (c.price_minor, -c.id))]
        index = {"first": 0, "second": 1, "third": 2, "last": -1, "it": 0}[plan.reference]
        return [shown[index]] if -len(shown) <= index < len(shown) else []
    if plan.query:
        found = tools.search_products(ctx, plan.query, limit=3 if plan.intent == "compare" else 1)
        return found
    return []


def _details(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    cards = _referenced(ctx, plan, draft)
    if not cards:
        draft.sentences.append("Which product do you mean? Tell me what you are looking for.")
        return
    result = draft.call("product_details", product_id=cards[0].id)
    details = tools.product_details(ctx, cards[0].id)
    result.details = [details]
    card, n = details.card, result.n
    draft.show([card])
    draft.state["shown"] = [card.id]
    if plan.intent == "stock":
        if card.stock == 0:
            draft.sentences.append(f"**{card.title}** is out of stock right now [{n}].")
        else:
            draft.sentences.append(f"**{card.title}** has {card.stock} in stock [{n}].")
        draft.sentences += [
            f"- {v.title}: {v.stock} in stock [{n}]."
            for v in details.variants
            if len(details.variants) > 1
        ]
        return
    stock = f"{card.stock} in stock" if card.stock else "out of stock"
    draft.sentences.append(f"**{card.title}** costs {card.price} and is {stock} [{n}].")
    if details.vendor or details.category:
        made = f" by {details.vendor}" if details.vendor else ""
        draft.sentences.append(f"It is in {details.category or 'our catalogue'}{made} [{n}].")
    if details.attributes:
        pairs = "; ".join(f"{k}: {v}" for k, v in details.attributes.items())
        draft.sentences.append(f"Details: {pairs} [{n}].")
    if details.summary:
        draft.sentences.append(f"From the description: “{details.summary}” [{n}].")


def _compare(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    cards = _referenced(ctx, plan, draft)
    if len(cards) < 2:
        draft.sentences.append("Show me at least two products to compare (search first).")
        return
    result = draft.call("compare_products", product_ids=[c.id for c in cards])
    table = tools.compare_products(ctx, [c.id for c in cards])
    result.comparison = table
    draft.show(table.products)
    n = result.n
    header = "| | " + " | ".join(f"**{c.title}**" for c in table.products) + " |"
    rows = [f"| {key} | " + " | ".join(values) + " |" for key, values in table.rows.items()]
    cheapest = min(table.products, key=lambda c: (c.price_minor, c.id))
    draft.sentences.append(f"Here is how they compare [{n}]:")
    draft.sentences += [header, "|" + " --- |" * (len(table.products) + 1), *rows]
    draft.sentences.append(
        f"**{cheapest.title}** is the least expensive at {cheapest.price} [{n}]."
    )


def _when(facts: OrderFacts) -> str:
    if facts.promised_start is None or facts.promised_end is None:
        return ""
    if facts.promise_source == "routing":
        start, end = facts.promised_start, facts.promised_end
        return f"{start:%a %d %b} between {start:%H:%M} and {end:%H:%M} UTC"
    return f"between {facts.promised_start:%a %d %b} and {facts.promised_end:%a %d %b}"


def _orders(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    if ctx.customer_id is None:
        draft.sentences.append("Please sign in so I can look up your orders.")
        return
    result = draft.call("order_status", order_ref=plan.order_ref)
    try:
        result.orders = tools.order_status(ctx, plan.order_ref)
    except NotFound:
        draft.results.pop()
        draft.echoed_orders += [plan.order_ref] if plan.order_ref else []
        draft.sentences.append(
            f"I can't find order {plan.order_ref} on your account."
            if plan.order_ref
            else "I can't find any orders on your account."
        )
        return
    for o in result.orders:
        if plan.intent == "delivery":
            how = "the planned route" if o.promise_source == "routing" else "our standard times"
            draft.sentences.append(
                f"Order {o.name} ({o.status}) should arrive {_when(o)}, going by {how} "
                f"[{result.n}]."
            )
        else:
            draft.sentences.append(
                f"Order {o.name} is {o.status}, total {o.total}, placed "
                f"{o.created_at:%d %b %Y}: {', '.join(o.items) or 'no items'} [{result.n}]."
            )


def _policy(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    result = draft.call("store_policies", question=plan.query)
    result.passages = search_policies(policy_directory(ctx.settings, ctx.tenant.slug), plan.query)
    if not result.passages:
        draft.results.pop()
        draft.sentences.append(
            "I couldn't find that in the store's policies; please contact the store."
        )
        return
    for p in result.passages:
        draft.sentences.append(f"{p.heading}: {p.text} [{result.n}]")


_HANDLERS = {
    "search": _search,
    "details": _details,
    "stock": _details,
    "compare": _compare,
    "order": _orders,
    "delivery": _orders,
    "policy": _policy,
}


def run_plan(ctx: tools.ToolContext, plan: Plan, state: dict[str, Any]) -> Draft:
    """Run the tools ``plan`` needs and compose the answer's sentences."""
    draft = Draft(state=dict(state))
    handler = _HANDLERS.get(plan.intent)
    if handler is None or (plan.intent == "search" and not plan.query and not plan.is_refinement):
        draft.sentences.append(HELP)
        return draft
    handler(ctx, plan, draft)
    return draft
