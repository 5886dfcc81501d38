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
from tradewinds.assistant.intents import runner
from tradewinds.assistant.policies import policy_directory, search_policies
from tradewinds.assistant.product_answers import RANK_POOL, rank
from tradewinds.assistant.product_qa import answer_from_listing
from tradewinds.assistant.ranking import Ranking
from tradewinds.assistant.recommend import recommend_products
from tradewinds.core.money import Money
from tradewinds.text import detect_language


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


def run_search(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
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


def run_details(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    r.details = [tools.product_details(ctx, args["product_id"])]
    return {"product": _details(r.details[0])}


def run_stock(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    d = tools.check_stock(ctx, args["product_id"])
    r.details = [d]
    return {
        "product": d.card.title,
        "id": d.card.id,
        "stock": d.card.stock,
        "variants": [{"title": v.title, "stock": v.stock} for v in d.variants],
    }


def run_question(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    details = tools.product_details(ctx, args["product_id"])
    r.details = [details]
    found = answer_from_listing(ctx.settings, details, args["question"])
    if not found.found:
        return {"product": details.card.title, "id": details.card.id,
                "note": "the listing does not say; tell the shopper so"}  # fmt: skip
    source = {"attribute": found.name} if found.name else {"from": "description"}
    return {"product": details.card.title, "id": details.card.id, **source, "text": found.text}


def run_rank(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    by = str(args["by"]).strip().lower()
    ranking = Ranking.by_value(by, args["order"], int(args.get("count", 1)))
    high = Decimal(str(args["max_price"])) if "max_price" in args else None
    found = tools.search_products(ctx, args["query"], max_price=high, limit=RANK_POOL)
    r.details = tools.details_of(ctx, found)
    ranked = rank(ranking, r.details, detect_language(args["query"]) or "en")
    if not ranked:
        return {"products": [_card(d.card) for d in r.details[:5]],
                "note": f"none of these states its {by}"}  # fmt: skip
    return {"ranked_by": ranked[0].by,
            "products": [{**_card(x.details.card), "value": x.text}
                         for x in ranked[: max(ranking.count, 5)]]}  # fmt: skip


def run_compare(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    r.comparison = tools.compare_products(ctx, list(dict.fromkeys(args["product_ids"])))
    return {"products": [_card(c) for c in r.comparison.products], "table": r.comparison.rows}


def run_orders(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    r.orders = tools.order_status(ctx, args.get("order_ref"))  # ctx holds the customer
    return {"orders": [_order(o, r.tool == "delivery_promise") for o in r.orders]}


def run_policies(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    r.passages = search_policies(
        policy_directory(ctx.settings, ctx.tenant.slug), args["question"], settings=ctx.settings
    )
    if not r.passages:
        return {"passages": [], "note": "the policies do not say; suggest contacting the store"}
    return {
        "passages": [
            {"document": p.document, "heading": p.heading, "text": p.text} for p in r.passages
        ]
    }


def run_recommend(ctx: tools.ToolContext, r: ToolResult, args: dict[str, Any]) -> dict[str, Any]:
    r.recommendations = recommend_products(ctx, seed_product_ids=args.get("seed_product_ids"))
    # ``because`` names only the shopper's own products, the one they asked about, or a
    # category: never another customer's purchase.
    return {"products": [{**_card(rec.card), "reason": rec.reason, "because": rec.because}
                         for rec in r.recommendations]}  # fmt: skip


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
    run: Runner = runner(result.tool)
    return run(ctx, result, arguments)
