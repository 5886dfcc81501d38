# ruff: noqa: RUF001 - Chinese cue phrases are written with full-width punctuation
"""The intent registry: every intent the assistant knows, defined once.

An :class:`Intent` names its slots, the planner handler that answers it, its cue phrases
per language, and the native tool (JSON-schema function and runner) a capable model
calls for it. The three ways of understanding a message derive from this table:

* ``parser``: :func:`~.intent.parse_message` and :mod:`.intent_zh` read :func:`cue`
  patterns and fill the intent's slots; the planner runs :func:`handler`;
* ``model``: the plan schema the ``extract`` model fills (:func:`plan_schema`) offers the
  intents with ``offered`` and their slots (:data:`SLOTS`);
* ``tools``: :func:`tool_schemas` are the functions offered to a tool-calling model, each
  run by :func:`runner`, and :func:`intent_of_tool` names the intent of a call.

Handlers and runners are named ``"module:function"`` (modules of
:mod:`tradewinds.assistant`) and imported when first used, so that this table sits below
everything it names; ``tests/assistant/test_intents.py`` resolves every one.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

REFERENCES = ("cheaper", "cheapest", "dearer", "first", "second", "third", "last", "it")
_NUMBER = {"type": ["number", "null"], "minimum": 0}
_ORDER_REF = {
    "type": "string",
    "maxLength": 40,
    "description": "The order name the shopper gave, e.g. '#1001'. Leave out for all their "
    "recent orders.",
}
_PRODUCT_ID = {"type": "integer", "minimum": 1}

# The slots a model may fill in the plan (JSON Schema each). Other Plan fields (ages,
# measure bounds, named sizes, a loose budget) are read by the shared text parsers only.
SLOTS: dict[str, dict[str, Any]] = {
    "query": {"type": "string", "description": "the product words only"},
    "min_price": _NUMBER,
    "max_price": _NUMBER,
    "colour": {"type": ["string", "null"], "description": "an English colour name"},
    "in_stock": {"type": ["boolean", "null"]},
    "reference": {"type": ["string", "null"], "enum": [*REFERENCES, None]},
    "order_ref": {"type": ["string", "null"]},
    "rank_by": {"type": ["string", "null"],
                "description": "what a ranking sorts by: price, or an attribute (weight)"},
    "rank_order": {"type": ["string", "null"], "enum": ["max", "min", None]},
    "rank_count": {"type": ["integer", "null"], "minimum": 1, "maximum": 5},
}  # fmt: skip


@dataclass(frozen=True)
class Tool:
    """A function a tool-calling model may call: its JSON Schema and its runner."""

    name: str
    description: str
    parameters: dict[str, Any]
    runner: str  # "module:function" in tradewinds.assistant


@dataclass(frozen=True)
class Intent:
    """One thing a shopper can want.

    ``cues`` maps a language to named patterns (regular-expression sources, English ones
    case-insensitive): the pattern named ``""`` marks the intent, others are readings the
    parser uses with it (``"similar"``: "like this one"). ``offered`` is False for an
    intent only rules may choose.
    """

    name: str
    means: str  # one line for the model's plan prompt
    slots: tuple[str, ...]
    handler: str  # "module:function" in tradewinds.assistant
    tools: tuple[Tool, ...] = ()
    cues: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    offered: bool = True


_SEARCH = Tool(
    "search_products",
    "Search the store's catalogue. Returns up to 5 products with id, title, lowest price, "
    "total stock and colours. Filters are hard constraints.",
    {"type": "object", "properties": {
        "query": {"type": "string", "minLength": 1, "maxLength": 200,
                  "description": "Product words only, e.g. 'waterproof jacket'."},
        "min_price": {"type": "number", "minimum": 0,
                      "description": "Lowest price, store currency."},
        "max_price": {"type": "number", "minimum": 0,
                      "description": "Highest price (a budget)."},
        "colour": {"type": "string", "maxLength": 40, "description": "e.g. 'blue'."},
        "in_stock": {"type": "boolean", "description": "Only products in stock."},
    }, "required": ["query"], "additionalProperties": False},
    "toolrun:run_search",
)  # fmt: skip
_ONE_PRODUCT = {"type": "object", "properties": {"product_id": _PRODUCT_ID},
                "required": ["product_id"], "additionalProperties": False}  # fmt: skip
_ORDERS = {"type": "object", "properties": {"order_ref": _ORDER_REF},
           "additionalProperties": False}  # fmt: skip

REGISTRY: tuple[Intent, ...] = (
    Intent(
        "search", "find products: a need, a product kind, a budget or other constraints",
        ("query", "min_price", "max_price", "colour", "in_stock", "reference"),
        "search_answers:answer_search", (_SEARCH,),
    ),
    Intent(
        "details", "everything about one product (price, attributes, description)",
        ("query", "reference"), "planner:answer_details",
        (Tool("product_details", "Price, stock per variant, brand, category, attributes and "
              "a short description of one product (its id from a search result).",
              _ONE_PRODUCT, "toolrun:run_details"),),
        {"en": {"": r"\b(tell me (more )?about|details|more about|describe|how much|"
                    r"what does it cost)\b"},
         "zh": {"": r"详细|介绍|详情|说说|讲讲|参数|规格|怎么样|多少钱|材质"}},
    ),
    Intent(
        "compare", "two or more products side by side",
        ("query", "reference"), "planner:answer_compare",
        (Tool("compare_products", "An attribute table (price, stock, brand, category, "
              "attributes) of 2 to 5 products.",
              {"type": "object", "properties": {"product_ids": {
                  "type": "array", "items": _PRODUCT_ID, "minItems": 2, "maxItems": 5}},
               "required": ["product_ids"], "additionalProperties": False},
              "toolrun:run_compare"),),
        {"en": {"": r"\b(compare|comparison|difference|versus|vs\.?)\b",
                "choice": r"\bor\b.*\b(?:better|worse)\b|\b(?:better|worse)\b.*\bor\b"},
         "zh": {"": r"比较|对比|区别|不同|差别|差异|哪个好|哪个更好|哪款好"}},
    ),
    Intent(
        "stock", "whether a product (or a size or colour of it) is in stock",
        ("query", "reference", "colour"), "planner:answer_details",
        (Tool("check_stock", "Stock of one product, per variant (size, colour).",
              _ONE_PRODUCT, "toolrun:run_stock"),),
        {"en": {"": r"\b(in stock|stock|available|availability|how many (?:are |do you have |"
                    r"(?:do )?you got )?(?:left|in stock|available|remaining)|any left)\b"},
         "zh": {"": r"库存|有货[吗没么]|还有货|有没有货|有现货吗|还有吗|卖完|缺货|断货|"
                    r"还剩|剩[几多]",
                # "白色的有吗": a colour of a named product, asked for
                "variant": r"有\s*的?吗\s*[？?]?\s*$",
                "filter": r"有货的|现货|有库存的|有货"}},
    ),
    Intent(
        "order", "the shopper's own orders: status, items, shipping, refunds",
        ("order_ref", "query"), "service_answers:answer_orders",
        (Tool("order_status", "Status, total, items and date of the signed-in shopper's own "
              "orders. The shopper is always the signed-in one; there is no way to ask for "
              "another customer.", _ORDERS, "toolrun:run_orders"),),
        {"en": {"": r"\b(orders|order status|tracking (?:number|link|info\w*)|track (?:my |"
                    r"the |an )?(?:order|package|parcel|shipment|delivery))\b",
                "own": r"\bmy\s+(?:purchases?|purchase history|order history|orders?)\b"
                r"|\bwhat\s+(?:did|have)\s+i\s+(?:buy|bought|order|ordered|purchase|purchased)\b"
                r"|\b(?:did|has|have|is|are|was|were)\s+my\s+[\w' -]{1,40}?\s+(?:ship|shipped|"
                r"been\s+shipped|sent|been\s+sent|dispatched|arrived?|delivered|left)\b"
                r"|\bwhere(?:\s+is|'s|\s+are)\s+my\b|\bmoney\s+back\s+for\s+(?:my\s+)?order\b"},
         # 单 is also the counter of orders: 那单, 这单, 上一单, 最近那单
         "zh": {"": r"订单|物流|快递|包裹|我买的|我买过|买过(?:什么|哪些|的)|购买记录|查单|"
                    r"(?:[那这]|上一?|最近那?)单|到哪了|钱退",
                "own": r"我的|我买|我下|我那|我订|我在|(?:[那这]|上一?|最近那?)单"}},
    ),
    Intent(
        "delivery", "when the shopper's order will arrive",
        ("order_ref",), "service_answers:answer_orders",
        (Tool("delivery_promise", "When the signed-in shopper's order(s) should arrive.",
              _ORDERS, "toolrun:run_orders"),),
        {"en": {"": r"\b(deliver|delivery|arrive|arriving|when will|eta)\b"},
         "zh": {"": r"(什么时候|何时|多久|几天|哪天)(能|会|可以)?(到|送到|送达|收到|发货)"
                    r"|送达|到货"}},
    ),
    Intent(
        "policy", "the store's rules: returns, refunds, shipping costs, warranty",
        (), "service_answers:answer_policy",
        (Tool("store_policies", "Passages of the store's policies (returns, exchanges, "
              "shipping, warranty) that answer a question.",
              {"type": "object", "properties": {
                  "question": {"type": "string", "minLength": 1, "maxLength": 500}},
               "required": ["question"], "additionalProperties": False},
              "toolrun:run_policies"),),
        {"en": {"": r"\b(return|returns|refund|refunds|exchange|warranty|guarantee|ship|ships|"
                    r"shipping|deliver|delivery|delivered|policy|policies|money back|"
                    # how a shop sends things and what it sells besides its goods
                    r"overnight\w*|next[- ]day|same[- ]day|expedited|express (?:shipping|"
                    r"delivery)|cut-?off time|protection plans?|price[- ]match\w*|"
                    r"gift[- ]wrap\w*)\b"
                    r"|\b(?:send|sent|sending|take|bring|give|get)\s+(?:\w+\s+){0,2}back\b"},
         # shipping words (发货 ship, 配送 deliver, 送达, 寄到 send to) are the store's rules
         # unless the shopper speaks of their own order (the "own" cue of order)
         "zh": {"": r"退货|退款|换货|退换|保修|质保|保固|运费|邮费|包邮|政策|售后|无理由|发货|配送|"
                    r"送达|寄到|寄往|快递费|次日达|(?:几天|多久)能?到|保价|价保|差价"}},
    ),
    Intent(
        "recommend", "what to buy with no product in mind, or products like or going "
        "with one shown", ("reference",), "planner:answer_recommend",
        (Tool("recommend_products", "Products to recommend, each with its reason: for the "
              "signed-in shopper from their orders and views, for products they point at "
              "(what goes well with them), else the most popular. Only in-stock products.",
              {"type": "object", "properties": {"seed_product_ids": {
                  "type": "array", "items": _PRODUCT_ID, "minItems": 1, "maxItems": 5,
                  "description": "Products the shopper points at ('goes well with it')."}},
               "additionalProperties": False},
              "toolrun:run_recommend"),),
        {"en": {"": r"\b(recommend\w*|suggest\w*|what should i (buy|get|order)|gift ideas?|"
                    r"ideas? for (a )?gifts?|for me|picked for me|you think i'?d like|"
                    r"what'?s (popular|trending)|best ?sellers?)\b",
                "similar": r"\b(similar|like (it|this|that)|alternatives? to|goes? (well )?with|"
                r"go together with|match(es|ing)? (it|this|that)|pairs? (well )?with|"
                r"complements?)\b"},
         "zh": {"": r"推荐|有什么好|送礼|礼物|买什么|适合我|猜我喜欢|热销|热门|畅销|爆款",
                "similar": r"类似|相似|差不多的|同款|搭配|配什么|一起买|相配|同类"}},
    ),
    Intent(
        "ask", "a question about one product ('is it machine washable?', 'how long is "
        "the cable?'), answered from its attributes and description",
        ("query", "reference"), "planner:answer_ask",
        (Tool("answer_product_question", "The attribute or description sentence of one "
              "product that answers a question about it, or a note that its listing does "
              "not say.", {"type": "object", "properties": {
                  "product_id": _PRODUCT_ID,
                  "question": {"type": "string", "minLength": 1, "maxLength": 500}},
               "required": ["product_id", "question"], "additionalProperties": False},
              "toolrun:run_question"),),
        {"en": {"": r"(?:^|[,.;:!-]\s*)(?:is|are|does|do|did|can|could|will|would|should|has|"
                    r"have|how|what|what's|whats|which|when|where|who)\b|\?\s*$|[\uff1f?]\s*$",
                # asking for products, not about one: these stay searches
                "finding": r"\b(?:do (?:you|u|ya)(?: guys| all)? (?:still )?(?:have|sell|"
                r"carry|stock|offer|make)|have you got|is there|are there|got any|"
                r"any\s+\w+s\b|anything|something|looking for|i need|i want|i'?m after|"
                r"show me|find me|recommend\w*|suggest\w*|(?:can|could|would) you (?:find|"
                r"show|get|help|pick|point)|(?:can|could|may) i (?:buy|get|order|purchase|"
                r"have)|do you still have|better|best|worse|should i (?:get|buy|choose|"
                r"pick)|where can i (?:buy|find|get)|what (?:\w+ )?(?:do you have|is there|"
                r"are there))\b"},
         # "能带上飞机不", "送不送线": a verb and its negation ask too
         "zh": {"": r"吗\s*[？?]?\s*$|多少|多久|多重|多大|多长|多高|多宽|是什么|是否|是不是|"
                    r"能不能|可不可以|会不会|[？?]\s*$|[吗呢][\uff1f?]?\s*$|几|"
                    r"([\u4e00-\u9fff])不\1|不\s*[啊呀]?\s*[？?]?\s*$",
                "finding": r"^\s*(?:请问)?\s*(?:你们|您们|店里|这里)?\s*(?:还)?有|有没有|有什么|"
                r"有哪些|推荐|想买|想要|要买|找|求购|卖不卖|有卖|能买|可以买|哪个好|哪款好|"
                r"有吗\s*[？?]?\s*$"}},
    ),
    Intent(
        "rank", "products sorted by a value: 'the lightest', 'the two cheapest', 'which "
        "has the most torque'",
        ("query", "min_price", "max_price", "rank_by", "rank_order", "rank_count"),
        "product_answers:answer_ranking",
        (Tool("rank_products", "Search the catalogue and sort what it finds by a value "
              "(price or an attribute such as weight or battery life, units normalised); "
              "returns the best first with the value that decided.",
              {"type": "object", "properties": {
                  "query": {"type": "string", "minLength": 1, "maxLength": 200},
                  "by": {"type": "string", "minLength": 1, "maxLength": 60,
                         "description": "'price' or an attribute, e.g. 'weight'."},
                  "order": {"type": "string", "enum": ["max", "min"]},
                  "count": {"type": "integer", "minimum": 1, "maximum": 5},
                  "max_price": {"type": "number", "minimum": 0}},
               "required": ["query", "by", "order"], "additionalProperties": False},
              "toolrun:run_rank"),),
    ),
    Intent(
        "help", "a greeting or thanks, or asking what the assistant can do",
        (), "planner:answer_help",
        cues={"en": {"": r"\s*(hi|hello|hey|help|thanks|thank you)[!. ]*"},
              "zh": {"": r"\s*(你好|您好|嗨|帮助|谢谢|多谢|在吗|哈喽)[！!。.～~ ]*"}},
    ),
    # Only the rules refuse (the system prompt, other customers' data): see .refusal.
    Intent("refuse", "", (), "planner:answer_refusal", offered=False),
)  # fmt: skip

BY_NAME: dict[str, Intent] = {intent.name: intent for intent in REGISTRY}
INTENTS: tuple[str, ...] = tuple(i.name for i in REGISTRY if i.offered)
TOOLS: dict[str, tuple[Intent, Tool]] = {t.name: (i, t) for i in REGISTRY for t in i.tools}


@cache
def cue(intent: str, language: str, role: str = "") -> re.Pattern[str]:
    """The compiled cue ``role`` of ``intent`` in ``language`` (KeyError: a bug of ours).

    >>> bool(cue("policy", "en").search("Can I return opened items?"))
    True
    """
    source = BY_NAME[intent].cues[language][role]
    return re.compile(source, re.IGNORECASE if language == "en" else 0)


def resolve(reference: str) -> Callable[..., Any]:
    """The function a ``"module:function"`` reference names in tradewinds.assistant."""
    module, _, name = reference.partition(":")
    found = getattr(importlib.import_module(f"tradewinds.assistant.{module}"), name)
    if not callable(found):
        raise TypeError(f"{reference} is not a function")
    return found  # type: ignore[no-any-return]


@cache
def handler(intent: str) -> Callable[..., Any]:
    """The planner handler of ``intent``: ``handler(ctx, plan, draft)``."""
    return resolve(BY_NAME[intent].handler)


@cache
def runner(tool: str) -> Callable[..., Any]:
    """The runner of native tool ``tool``: ``runner(ctx, result, arguments) -> dict``."""
    return resolve(TOOLS[tool][1].runner)


def intent_of_tool(tool: str) -> str:
    """The intent a native tool call serves."""
    return TOOLS[tool][0].name


def tool_schemas() -> dict[str, dict[str, Any]]:
    """Every native tool as ``{name: {"description", "parameters"}}`` (OpenAI format)."""
    return {name: {"description": t.description, "parameters": t.parameters}
            for name, (_, t) in TOOLS.items()}  # fmt: skip


def plan_schema() -> dict[str, Any]:
    """The JSON Schema the ``extract`` model fills: an offered intent and its slots."""
    slots = dict.fromkeys(s for i in REGISTRY if i.offered for s in i.slots)
    return {
        "type": "object",
        "properties": {
            "intent": {"type": "string", "enum": list(INTENTS)},
            **{name: SLOTS[name] for name in slots},
        },
        "required": ["intent", "query"],
    }


def plan_prompt() -> str:
    """What each offered intent means, one line each, for the model's system prompt."""
    return "\n".join(f"- {i.name}: {i.means}" for i in REGISTRY if i.offered)
