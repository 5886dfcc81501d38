"""The assistant's tools run for the tool-calling agent, with their results rendered as
the JSON the model reads.

Each runner fills the :class:`~tradewinds.assistant.facts.ToolResult` the verifier checks
and returns what the model sees: the same facts, prices as ``79.00 USD``, no internal
fields. Order tools take no customer: :func:`tradewinds.assistant.tools.order_status` reads
the signed-in one from the context.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from tradewinds.assistant import tools
from tradewinds.assistant.facts import OrderFacts, ProductCard, ProductDetails, ToolResult
from tradewinds.assistant.policies import policy_directory, search_policies
from tradewinds.assistant.recommend import recommend_products
from tradewinds.core.money import Money

RECOMMEND_DAYS = 30  # the "trending" window, as the planner uses


def _card(card: ProductCard) -> dict[str, Any]:
    return {
        "id": card.id,
        "title": card.title,
        "price": str(card.price),
        "stock": card.stock,
        "colours": list(card.colours),
    }


def _details(d: ProductDetails) -> dict[str, Any]:
    return {
        **_card(d.card),
        "brand": d.vendor,
        "category": d.category,
        "attributes": d.attributes,
        "variants": [
            {
                "sku": v.sku,
                "title": v.title,
                "stock": v.stock,
                "price": str(Money(v.price_minor, v.currency)),
            }
            for v in d.variants
        ],
        "description": d.summary,
    }


def _order(o: OrderFacts, delivery: bool) -> dict[str, Any]:
    window = None
    if o.promised_start is not None and o.promised_end is not None:
        window = [o.promised_start.date().isoformat(), o.promised_end.date().isoformat()]
    if delivery:
        based_on = "planned route" if o.promise_source == "routing" else "standard times"
        return {
            "order": o.name,
            "status": o.status,
            "arrives_between": window,
            "based_on": based_on,
        }
    return {
        "order": o.name,
        "status": o.status,
        "total": str(o.total),
        "placed": o.created_at.date().isoformat(),
        "items": o.items,
    }


Runner = Callable[[tools.ToolContext, ToolResult, dict[str, Any]], dict[str, Any]]


def _search(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    low, high = (Decimal(str(args[k])) if k in args else None for k in ("min_price", "max_price"))
    r.products = tools.search_products(
        ctx,
        args["query"],
        min_price=low,
        max_price=high,
        colour=args.get("colour"),
        in_stock=args.get("in_stock"),
    )
    found: dict[str, Any] = {"products": [_card(c) for c in r.products]}
    if not r.products:
        found["note"] = "nothing matches; search again with fewer filters for alternatives"
    return found


def _product(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    r.details = [tools.product_details(ctx, args["product_id"])]
    return {"product": _details(r.details[0])}


def _stock(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    d = tools.check_stock(ctx, args["product_id"])
    r.details = [d]
    return {
        "product": d.card.title,
        "id": d.card.id,
        "stock": d.card.stock,
        "variants": [{"title": v.title, "stock": v.stock} for v in d.variants],
    }


def _compare(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    r.comparison = tools.compare_products(ctx, list(dict.fromkeys(args["product_ids"])))
    return {"products": [_card(c) for c in r.comparison.products], "table": r.comparison.rows}


def _orders(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    r.orders = tools.order_status(ctx, args.get("order_ref"))  # ctx holds the customer
    return {"orders": [_order(o, r.tool == "delivery_promise") for o in r.orders]}


def _policies(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    r.passages = search_policies(policy_directory(ctx.settings, ctx.tenant.slug), args["question"])
    if not r.passages:
        return {"passages": [], "note": "the policies do not say; suggest contacting the store"}
    return {
        "passages": [
            {"document": p.document, "heading": p.heading, "text": p.text} for p in r.passages
        ]
    }


def _recommend(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    r.recommendations = recommend_products(
        ctx, seed_product_ids=args.get("seed_product_ids"), days=RECOMMEND_DAYS
    )
    # ``because`` names only the shopper's own products, the one they asked about, or a
    # category: never another customer's purchase.
    return {"products": [{**_card(rec.card), "reason": rec.reason, "because": rec.because}
                         for rec in r.recommendations]}  # fmt: skip


RUNNERS: dict[str, Runner] = {
    "search_products": _search,
    "product_details": _product,
    "check_stock": _stock,
    "compare_products": _compare,
    "order_status": _orders,
    "delivery_promise": _orders,
    "store_policies": _policies,
    "recommend_products": _recommend,
}


def run_tool(
    ctx: tools.ToolContext, result: ToolResult, arguments: dict[str, Any]
) -> dict[str, Any]:
    """Run ``result.tool`` with validated ``arguments``; fill ``result``, return what the
    model reads.

    Raises
    ------
    NotFound, InvalidInput
        From the tool (no such product, not signed in, no such order of this customer).
    """
    return RUNNERS[result.tool](ctx, result, arguments)
