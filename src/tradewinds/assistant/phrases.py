# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""The answer templates, in English and Simplified Chinese.

Only the words change between languages: amounts are always ``str(Money)`` ("79.00 USD"),
stock levels "4 in stock" / "库存 4 件", and products ``**bold**`` titles, so the grounding
verifier reads both the same way. Every key exists in every language (a test checks it).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tradewinds.assistant.language import DEFAULT_LANGUAGE
from tradewinds.text import COLOUR_NAMES, colour_names, detect_language, names_currency

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "help": "I can find products (with a budget, colour or stock filter), tell you more "
        "about one, compare them, check stock, recommend products, track your orders and "
        "answer questions about the store's policies.",
        "found": "Here is what I found for {what} {wanted}:",
        "what_query": "“{query}”",
        "what_none": "that",
        "nothing": "I couldn't find any products for {what}.",
        "not_carried": "Sorry, we don't carry {what}.",
        "not_exactly": "We don't carry {what} exactly. The closest alternatives:",
        "no_fit": "Nothing matches {what} {wanted}. The closest alternatives:",
        "line": "- **{title}**: {price}, {stock}{label} [{n}].",
        "closest": " (closest alternative)",
        "alternatives": "Similar products in stock:",
        "alternative": " (alternative)",
        "in_stock_n": "{count} in stock",
        "out_of_stock": "out of stock",
        "in_stock_colour": "{count} in stock in {colour}",
        "out_of_stock_colour": "out of stock in {colour}",
        "c_colour": "in {colour}",
        "c_min": "from {amount}",
        "c_max": "under {amount}",
        "c_around": "around {amount}",
        "c_cheaper": "cheaper than {title}",
        "c_stock": "in stock",
        "c_age": "for age {low}",
        "c_ages": "for ages {low} to {high}",
        "c_newborn": "for a newborn",
        "c_age_up": "for ages {low} and up",
        "c_join": " ",
        "c_wrap": "{joined}",
        "which": "Which product do you mean? Tell me what you are looking for.",
        "stock_none": "**{title}** is out of stock right now [{n}].",
        "stock_some": "**{title}** has {count} in stock [{n}].",
        "stock_variant": "- {variant}: {stock} [{n}].",
        "stock_of_variant": "**{title}** in {variant}: {stock} [{n}].",
        "other_variants": "In stock instead:",
        "no_colour": "**{title}** does not come in {colour} [{n}].",
        "stock_none_colour": "**{title}** is out of stock in {colour} right now [{n}].",
        "stock_some_colour": "**{title}** has {count} in stock in {colour} [{n}].",
        "costs": "**{title}** costs {price} and is {stock} [{n}].",
        "variant_costs": "**{title}** in {variant} costs {price} and is {stock} [{n}].",
        "category": "It is in {category}{made} [{n}].",
        "made_by": " by {vendor}",
        "our_catalogue": "our catalogue",
        "attributes": "Details: {pairs} [{n}].",
        "pair_join": "; ",
        "pair": "{name}: {value}",
        "summary": "From the description: “{summary}” [{n}].",
        "need_two": "Show me at least two products to compare (search first).",
        "compare_intro": "Here is how they compare [{n}]:",
        "cheapest": "**{title}** is the least expensive at {price} [{n}].",
        "row_Price": "Price",
        "row_In stock": "In stock",
        "row_Brand": "Brand",
        "row_Category": "Category",
        "sign_in": "Please sign in so I can look up your orders.",
        "no_order": "I can't find order {ref} on your account; I can only look up your own orders.",
        "no_orders": "I can't find any orders on your account.",
        "arrives": "Order {name} ({status}) should arrive {when}, going by {how} [{n}].",
        "how_routing": "the planned route",
        "how_rule": "our standard times",
        "when_routing": "{day} between {start} and {end} UTC",
        "when_rule": "between {first} and {last}",
        "payment": "{status} (payment {financial})",
        "fulfilment": "{status}, shipment {fulfilment}",
        "order_line": "Order {name} is {status}, total {total}, placed {date}: {items} [{n}].",
        "no_items": "no items",
        "progress_shipped": "It shipped on {date} [{n}].",
        "progress_waiting": "It has not shipped yet [{n}].",
        "progress_partial": "Part of it has shipped ({date}) [{n}].",
        "progress_cancelled": "It was cancelled on {date}{refund} [{n}].",
        "progress_returned": "It was returned on {date} and refunded [{n}].",
        "progress_refunded": " and the payment was refunded",
        "no_policy": "I couldn't find that in the store's policies; please contact the store.",
        "policy": "{heading}: {text} [{n}]",
        "policy_other": "Our policy (in Chinese), {heading}: “{text}” [{n}]",
        "rec_personal": "Picked for you from your orders and browsing:",
        "rec_seeded": "Often bought with or similar to {seed}:",
        "rec_popular": "Popular in the store right now:",
        "rec_line": "- **{title}**: {price}, {stock}, {why} [{n}].",
        "rec_none": "I don't have recommendations yet; tell me what you are looking for.",
        "refuse": "Sorry, I can't share that. I can only help with the store's products and "
        "policies, and with your own orders.",
        "why_bought_with_ordered": "often bought together with the {because} you ordered",
        "why_bought_with_carted": "often bought together with the {because} in your cart",
        "why_bought_with_viewed": "often bought together with the {because} you looked at",
        "why_bought_with_shown": "often bought together with {because}",
        "why_next_ordered": "often chosen after the {because} you ordered",
        "why_next_carted": "often chosen after the {because} in your cart",
        "why_next_viewed": "often chosen after the {because} you looked at",
        "why_next_shown": "often chosen after {because}",
        "why_similar_ordered": "also in {category}, like the {because} you ordered",
        "why_similar_carted": "also in {category}, like the {because} in your cart",
        "why_similar_viewed": "also in {category}, like the {because} you looked at",
        "why_like": "similar to {because}",
        "why_like_ordered": "similar to the {because} you ordered",
        "why_like_carted": "similar to the {because} in your cart",
        "why_like_viewed": "similar to the {because} you looked at",
        "why_category": "popular in {because}, a category you shop in",
        "why_similar": "also in {category}, like {because}",
        "why_trending": "trending: among the most ordered and viewed in the last {days} days",
        "why_popular": "popular with shoppers here",
        "notice_truncated": "your message was {length} characters long; only the first "
        "{limit} were read",
        "notice_model_down": "the language model was unavailable; rules read the message ({error})",
        "notice_deadline": "the language model did not answer within {seconds} s; rules read "
        "the message",
        "qa_attribute": "**{title}**: {name}: {value} [{n}].",
        "qa_sentence": "The listing of **{title}** says: “{sentence}” [{n}].",
        "qa_unknown": "The listing of **{title}** doesn't say; please ask the store [{n}].",
        "rank_best": "**{title}** is the {word} of these by {by}: {value}, at {price} [{n}].",
        "rank_line": "- **{title}**: {by} {value}, {price}, {stock} [{n}].",
        "rank_unknown": "None of these listings states {by}, so I can't rank them by it:",
        "rank_by_price": "price",
        "rank_intro": "By {by}, {word} first:",
        "which_these": "Of those, the listings of these say so:",
        "which_none": "None of those listings says so [{n}].",
        "rank_most": "highest",
        "rank_least": "lowest",
        "measured": " ({value})",
        "c_measure": "({text})",
    },
    "zh": {
        "help": "我可以帮您找商品（可按预算、颜色或是否有货筛选），介绍商品详情、比较商品、"
        "查询库存、推荐商品、跟踪您的订单，并解答店铺政策（退换货、运费、保修）方面的问题。",
        "found": "为您找到{what}{wanted}的商品：",
        "what_query": "“{query}”",
        "what_none": "",
        "nothing": "没有找到{what}相关的商品。",
        "not_carried": "抱歉，本店没有{what}这类商品。",
        "not_exactly": "本店没有完全符合{what}的商品。最接近的替代品：",
        "no_fit": "没有符合{what}{wanted}的商品。最接近的替代品：",
        "line": "- **{title}**：{price}，{stock}{label} [{n}]。",
        "closest": "（最接近的替代品）",
        "alternatives": "有货的相似商品：",
        "alternative": "（替代品）",
        "in_stock_n": "库存 {count} 件",
        "out_of_stock": "缺货",
        "in_stock_colour": "{colour}库存 {count} 件",
        "out_of_stock_colour": "{colour}缺货",
        "c_colour": "{colour}",
        "c_min": "{amount} 起",
        "c_max": "{amount} 以下",
        "c_around": "{amount} 左右",
        "c_cheaper": "比{title}便宜",
        "c_stock": "有货",
        "c_age": "适合{low}岁",
        "c_ages": "适合{low}到{high}岁",
        "c_newborn": "适合新生儿",
        "c_age_up": "适合{low}岁以上",
        "c_join": "、",
        "c_wrap": "（{joined}）",
        "which": "您指的是哪件商品？请告诉我您在找什么。",
        "stock_none": "**{title}** 目前缺货 [{n}]。",
        "stock_some": "**{title}** 库存 {count} 件 [{n}]。",
        "stock_variant": "- {variant}：{stock} [{n}]。",
        "stock_of_variant": "**{title}** {variant}：{stock} [{n}]。",
        "other_variants": "以下规格有货：",
        "no_colour": "**{title}** 没有{colour}款 [{n}]。",
        "stock_none_colour": "**{title}** {colour}目前缺货 [{n}]。",
        "stock_some_colour": "**{title}** {colour}库存 {count} 件 [{n}]。",
        "costs": "**{title}** 售价 {price}，{stock} [{n}]。",
        "variant_costs": "**{title}** {variant} 售价 {price}，{stock} [{n}]。",
        "category": "类别：{category}{made} [{n}]。",
        "made_by": "，品牌：{vendor}",
        "our_catalogue": "本店商品",
        "attributes": "详细参数：{pairs} [{n}]。",
        "pair_join": "；",
        "pair": "{name}：{value}",
        "summary": "商品描述：“{summary}” [{n}]。",
        "need_two": "请先搜索商品，至少需要两件商品才能比较。",
        "compare_intro": "对比如下 [{n}]：",
        "cheapest": "**{title}** 最便宜，售价 {price} [{n}]。",
        "row_Price": "价格",
        "row_In stock": "库存",
        "row_Brand": "品牌",
        "row_Category": "类别",
        "sign_in": "请先登录，我才能查询您的订单。",
        "no_order": "抱歉，您的账户中没有找到订单 {ref}，我只能查询您本人的订单。",
        "no_orders": "您的账户中没有找到任何订单。",
        "arrives": "订单 {name}（{status}）预计{when}送达，依据{how} [{n}]。",
        "how_routing": "已规划的配送路线",
        "how_rule": "本店的标准配送时效",
        "when_routing": "{day} {start} 至 {end}（UTC）",
        "when_rule": "在 {first} 至 {last} 之间",
        "payment": "{status}（付款状态：{financial}）",
        "fulfilment": "{status}，发货状态：{fulfilment}",
        "order_line": "订单 {name}：{status}，总额 {total}，下单日期 {date}，商品：{items} [{n}]。",
        "no_items": "无",
        "progress_shipped": "已于 {date} 发货 [{n}]。",
        "progress_waiting": "尚未发货 [{n}]。",
        "progress_partial": "已部分发货（{date}）[{n}]。",
        "progress_cancelled": "已于 {date} 取消{refund} [{n}]。",
        "progress_returned": "已于 {date} 退货并退款 [{n}]。",
        "progress_refunded": "，款项已退回",
        "no_policy": "店铺政策中没有找到相关内容，请联系店铺。",
        "policy": "{heading}：{text} [{n}]",
        "policy_other": "本店政策（英文原文）{heading}：“{text}” [{n}]",
        "rec_personal": "根据您的订单和浏览记录，为您推荐：",
        "rec_seeded": "与「{seed}」搭配或相似的商品：",
        "rec_popular": "本店当前的热门商品：",
        "rec_line": "- **{title}**：{price}，{stock}，{why} [{n}]。",
        "rec_none": "暂时没有可推荐的商品，请告诉我您想找什么。",
        "refuse": "抱歉，我不能提供这些信息。我只能帮您了解本店的商品和政策，"
        "以及查询您自己的订单。",
        "why_bought_with_ordered": "常与您买过的「{because}」一起购买",
        "why_bought_with_carted": "常与您加入购物车的「{because}」一起购买",
        "why_bought_with_viewed": "常与您浏览过的「{because}」一起购买",
        "why_bought_with_shown": "常与「{because}」一起购买",
        "why_next_ordered": "常在您买过的「{because}」之后选购",
        "why_next_carted": "常在您加入购物车的「{because}」之后选购",
        "why_next_viewed": "常在您浏览过的「{because}」之后选购",
        "why_next_shown": "常在「{because}」之后选购",
        "why_similar_ordered": "与您买过的「{because}」同属{category}类",
        "why_similar_carted": "与您加入购物车的「{because}」同属{category}类",
        "why_similar_viewed": "与您浏览过的「{because}」同属{category}类",
        "why_like": "与「{because}」相似",
        "why_like_ordered": "与您买过的「{because}」相似",
        "why_like_carted": "与您加入购物车的「{because}」相似",
        "why_like_viewed": "与您浏览过的「{because}」相似",
        "why_category": "{because}类热门商品，您常逛这个类别",
        "why_similar": "与「{because}」同属{category}类",
        "why_trending": "近 {days} 天热销",
        "why_popular": "店内人气商品",
        "notice_truncated": "您的消息有 {length} 个字符，只读取了前 {limit} 个",
        "notice_model_down": "语言模型不可用，已按规则理解您的消息（{error}）",
        "notice_deadline": "语言模型未在 {seconds} 秒内回答，已按规则理解您的消息",
        "qa_attribute": "**{title}** 的商品信息写明：{name}：{value} [{n}]。",
        "qa_sentence": "**{title}** 的商品描述写道：“{sentence}” [{n}]。",
        "qa_unknown": "**{title}** 的商品信息没有说明这一点，请咨询店铺 [{n}]。",
        "rank_best": "按{by}，**{title}** 是其中{word}的：{value}，售价 {price} [{n}]。",
        "rank_line": "- **{title}**：{by} {value}，{price}，{stock} [{n}]。",
        "rank_unknown": "这些商品都没有标明{by}，无法据此排序：",
        "rank_by_price": "价格",
        "rank_intro": "按{by}排序，{word}的在前：",
        "which_these": "其中商品信息写明符合的有：",
        "which_none": "这几款的商品信息都没有写明这一点 [{n}]。",
        "rank_most": "最高",
        "rank_least": "最低",
        "measured": "（{value}）",
        "c_measure": "（{text}）",
    },
}

ORDER_STATUS_ZH = {
    "pending": "待处理",
    "paid": "已付款",
    "packed": "已打包",
    "out_for_delivery": "派送中",
    "delivered": "已送达",
    "cancelled": "已取消",
    "returned": "已退货",
    # financial and fulfilment statuses as shops export them
    "refunded": "已退款",
    "partially_refunded": "部分退款",
    "authorized": "已授权",
    "voided": "已作废",
    "fulfilled": "已发货",
    "partial": "部分发货",
    "unfulfilled": "未发货",
}


def say(language: str, key: str, **values: Any) -> str:
    """The template ``key`` in ``language`` (English when the language is unknown), filled.

    >>> say("zh", "in_stock_n", count=4)
    '库存 4 件'
    """
    table = PHRASES.get(language) or PHRASES[DEFAULT_LANGUAGE]
    return table[key].format(**values)


def say_in_language_of(text: str, key: str, **values: Any) -> str:
    """The template ``key`` in the language ``text`` is written in (English if unclear)."""
    return say(detect_language(text) or DEFAULT_LANGUAGE, key, **values)


def stock_text(language: str, count: int, colour: str = "") -> str:
    """Stock as the answer says it: "4 in stock" / "out of stock", or of one ``colour``:
    "out of stock in red" / "红色缺货"."""
    if colour:
        word = colour_word(language, colour)
        key = "in_stock_colour" if count > 0 else "out_of_stock_colour"
        return say(language, key, count=count, colour=word)
    return say(language, "in_stock_n", count=count) if count > 0 else say(language, "out_of_stock")


def constraint_text(language: str, currency: str, plan: Any) -> str:
    """The constraints of a search (a :class:`~.intent.Plan`) as the answer names them:
    "in blue under 100.00 USD for age 5" / "蓝色、100.00 USD 以下、适合5岁"."""
    from tradewinds.assistant.audience import OLDEST
    from tradewinds.core.money import Money

    # A budget typed without a currency ("300以内") is said back as typed: the answer
    # does not add a currency the shopper never named.
    said_currency = names_currency(plan.text) if plan.text else True

    def money(value: Any) -> Any:
        return Money.from_decimal(value, currency) if said_currency else f"{value:f}"

    parts = []
    if plan.colour:
        parts.append(say(language, "c_colour", colour=colour_word(language, plan.colour)))
    if plan.min_price is not None:
        parts.append(say(language, "c_min", amount=money(plan.min_price)))
    if plan.around is not None:  # the figure typed, not the room added
        parts.append(say(language, "c_around", amount=money(plan.around)))
    elif plan.max_price is not None:
        parts.append(say(language, "c_max", amount=money(plan.max_price)))
    if plan.in_stock:
        parts.append(say(language, "c_stock"))
    if plan.age is not None:
        low, high = plan.age
        key = "c_newborn" if high == 0 else "c_age" if low == high else "c_ages"
        key = "c_age_up" if high >= OLDEST else key
        parts.append(say(language, key, low=low, high=high))
    joined = say(language, "c_join").join(parts)
    return say(language, "c_wrap", joined=joined) if joined else ""


def colour_word(language: str, colour: str) -> str:
    """A catalogue colour as the shopper reads it: "red" or "红色" (either way round)."""
    names = colour_names(colour)
    english = min((n for n in names if n.isascii()), key=len, default=colour)
    if language == "zh" and english in COLOUR_NAMES:
        return COLOUR_NAMES[english][0]
    return english


def order_status_word(language: str, status: str) -> str:
    """An order status ("paid") in ``language``."""
    return ORDER_STATUS_ZH.get(status, status) if language == "zh" else status


# a payment status where it differs from the order status of the same name
PAYMENT_ZH = {"pending": "待付款"}
_SETTLED = ("delivered", "cancelled", "returned")  # the fulfilment adds nothing to these


def full_status(language: str, status: str, financial: str, fulfilment: str) -> str:
    """An order's status with the shop's payment and fulfilment statuses where they add
    something: a payment that is not simply "paid" ("cancelled (payment refunded)"), a
    fulfilment of an order still under way ("packed, shipment partial").

    >>> full_status("en", "cancelled", "refunded", "")
    'cancelled (payment refunded)'
    >>> full_status("en", "pending", "pending", "")
    'pending (payment pending)'
    """
    text = order_status_word(language, status)
    financial = financial.lower()
    # refunded, voided ...; a pending payment is said even when the order is pending too
    if financial not in ("", status, "paid") or financial == "pending":
        financial = (PAYMENT_ZH.get(financial) if language == "zh" else None) or (
            order_status_word(language, financial)
        )
        text = say(language, "payment", status=text, financial=financial)
    if fulfilment.lower() not in ("", status) and status not in _SETTLED:
        fulfilment = order_status_word(language, fulfilment.lower())
        text = say(language, "fulfilment", status=text, fulfilment=fulfilment)
    return text


def day(language: str, moment: datetime) -> str:
    """A date for an answer: "Fri 05 Jan" / "1月5日"."""
    return f"{moment.month}月{moment.day}日" if language == "zh" else f"{moment:%a %d %b}"


def long_date(language: str, moment: datetime) -> str:
    """A date with its year: "05 Jan 2024" / "2024年1月5日"."""
    if language == "zh":
        return f"{moment.year}年{moment.month}月{moment.day}日"
    return f"{moment:%B} {moment.day}, {moment.year}"
