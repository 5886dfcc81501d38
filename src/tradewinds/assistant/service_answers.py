"""Customer-service answers of the planner: the signed-in customer's orders, their
delivery promises, and the store's policies."""

from __future__ import annotations

from tradewinds.assistant import tools
from tradewinds.assistant.draft import Draft
from tradewinds.assistant.facts import OrderFacts
from tradewinds.assistant.followups import orders_about
from tradewinds.assistant.intent import Plan
from tradewinds.assistant.phrases import day, full_status, long_date
from tradewinds.assistant.policies import policy_directory, search_policies
from tradewinds.assistant.policy_answers import answering_sentences, has_asked_figure
from tradewinds.assistant.product_answers import named_product
from tradewinds.core.errors import NotFound
from tradewinds.text import has_chinese, to_english


def _when(draft: Draft, facts: OrderFacts) -> str:
    start, end = facts.promised_start, facts.promised_end
    if start is None or end is None:
        return ""
    if facts.promise_source == "routing":
        return draft.say("when_routing", day=day(draft.language, start),
                         start=f"{start:%H:%M}", end=f"{end:%H:%M}")  # fmt: skip
    return draft.say("when_rule", first=day(draft.language, start), last=day(draft.language, end))


def _progress(draft: Draft, order: OrderFacts, n: int) -> str:
    """Where the order is, in the shopper's terms: shipped (when), not yet, cancelled
    (and refunded), returned."""
    lang = draft.language
    if order.status == "cancelled":
        refunded = order.financial_status.lower() in ("refunded", "partially_refunded")
        at = order.when("cancelled") or order.created_at
        return draft.say("progress_cancelled", date=long_date(lang, at), n=n,
                         refund=draft.say("progress_refunded") if refunded else "")  # fmt: skip
    if order.status == "returned":
        at = order.when("returned") or order.created_at
        return draft.say("progress_returned", date=long_date(lang, at), n=n)
    shipped = order.when("out_for_delivery", "delivered")
    if shipped is not None:
        return draft.say("progress_shipped", date=long_date(lang, shipped), n=n)
    if order.status == "packed":
        at = order.when("packed") or order.created_at
        return draft.say("progress_partial", date=long_date(lang, at), n=n)
    return draft.say("progress_waiting", n=n)


def answer_orders(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    if ctx.customer_id is None:
        draft.sentences.append(draft.say("sign_in"))
        return
    result = draft.call("order_status", order_ref=plan.order_ref)
    try:
        result.orders = tools.order_status(ctx, plan.order_ref)
    except NotFound:
        draft.results.pop()
        draft.echoed_orders += [plan.order_ref] if plan.order_ref else []
        draft.sentences.append(
            draft.say("no_order", ref=plan.order_ref) if plan.order_ref else draft.say("no_orders")
        )
        return
    if plan.intent == "order" and not plan.order_ref:
        words = f"{plan.query} {to_english(plan.query)}" if has_chinese(plan.query) else plan.query
        result.orders = orders_about(result.orders, words)
    lang = draft.language
    for o in result.orders:
        status = full_status(lang, o.status, o.financial_status, o.fulfillment_status)
        if plan.intent == "delivery":
            how = draft.say("how_routing" if o.promise_source == "routing" else "how_rule")
            when = _when(draft, o)
            draft.sentences.append(
                draft.say("arrives", name=o.name, status=status, when=when, how=how, n=result.n)
            )
        else:
            items = ", ".join(o.items) or draft.say("no_items")
            draft.sentences.append(
                draft.say("order_line", name=o.name, status=status, total=o.total,
                          date=long_date(lang, o.created_at), items=items, n=result.n)
            )  # fmt: skip
            draft.sentences.append(_progress(draft, o, result.n))


def _named_kind(ctx: tools.ToolContext, question: str) -> str:
    """What the product a policy question names is ("VoltBoost 1000A" → its title and
    type: "jump starter"), so the rule for that kind of product is found; "" when the
    question names none."""
    card = named_product(ctx, question, question) if question.strip() else None
    return f"{card.title} {card.kind}" if card is not None else ""


def answer_policy(ctx: tools.ToolContext, plan: Plan, draft: Draft) -> None:
    result = draft.call("store_policies", question=plan.query)
    directory, about = policy_directory(ctx.settings, ctx.tenant.slug), _named_kind(ctx, plan.query)
    passages = search_policies(directory, plan.query, limit=4, settings=ctx.settings, about=about)
    # The sentence that answers, not the paragraph around it: "how long do I have to
    # return…" is answered by the one sentence with the period in it.
    result.passages = answering_sentences(ctx.settings, passages, plan.query)
    if not has_asked_figure(plan.query, [p.text for p in result.passages]):
        # "多久能送到" and the Chinese guide has no period: the rule in the other
        # language that has one answers, quoted as written
        passages = search_policies(directory, plan.query, limit=4, settings=ctx.settings,
                                   about=about, own_language_first=False)  # fmt: skip
        result.passages = answering_sentences(ctx.settings, passages, plan.query)
    if not result.passages:
        draft.results.pop()
        draft.sentences.append(draft.say("no_policy"))
        return
    for p in result.passages:
        # a rule written in the other language is quoted as written, and said to be
        other = has_chinese(p.text) != (draft.language == "zh")
        key = "policy_other" if other else "policy"
        draft.sentences.append(draft.say(key, heading=p.heading, text=p.text, n=result.n))
