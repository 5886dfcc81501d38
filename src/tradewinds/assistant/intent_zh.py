# ruff: noqa: RUF001, RUF002 - Chinese text is written with full-width punctuation
"""The rule parser for Chinese messages: the same :class:`~.intent.Plan` as for English.

Slots are cut out of the message first (budgets such as "200元以下", "不超过50元",
"低于$30", "50到100元之间"; colours such as 红色, mapped to the catalogue's English
colour names; 有货/现货; order names), then the intent is read from keywords, then what is
left is cut into words with jieba and stripped of filler words ("有没有", "的", "一下"):
that is the product query search receives (its analyser cuts Chinese the same way).
Amounts are read as the tenant's currency, as English "under 30" is.
"""

from __future__ import annotations

import re
import unicodedata

from tradewinds.assistant.audience import shopper_age
from tradewinds.assistant.intent import (
    COMPARE_SEPARATOR,
    Plan,
    _decimal,
    excluded_kind,
    ranked_or_asked,
    read_measures,
)
from tradewinds.assistant.intents import cue
from tradewinds.text import (
    CHINESE_STOP_WORDS,
    approximate_amount,
    chinese_colour,
    chinese_words,
    cut_words,
    has_chinese,
    take_budget,
)

_ORDER_REF = re.compile(r"[#＃]\s?(\d{3,})|订单\s*(?:号|编号)?\s*[:：]?\s*(\d{3,})")
_IN_STOCK = cue("stock", "zh", "filter")
_DELIVERY = cue("delivery", "zh")
_ORDER, _MINE = cue("order", "zh"), cue("order", "zh", "own")
_POLICY = cue("policy", "zh")
_SIMILAR, _RECOMMEND = cue("recommend", "zh", "similar"), cue("recommend", "zh")
_COMPARE = cue("compare", "zh")
_STOCK_QUESTION, _VARIANT = cue("stock", "zh"), cue("stock", "zh", "variant")
_DETAILS = cue("details", "zh")
_HELP = cue("help", "zh")
_QUESTION, _FINDING = cue("ask", "zh"), cue("ask", "zh", "finding")
_BETWEEN = re.compile(r"和|与|跟|还是|或者|、|,|，")
_REFERENCES = [
    (re.compile(r"便宜|实惠|低价|划算"), "cheaper"),
    (re.compile(r"更贵|贵的|贵一点|高档"), "dearer"),
    (re.compile(r"第[一1]"), "first"),
    (re.compile(r"第[二2]"), "second"),
    (re.compile(r"第[三3]"), "third"),
    (re.compile(r"最后"), "last"),
    # "那台", "这一款" (not "这只是…": 只 and 本 also start other words)
    (re.compile(r"[这那]一?[个款件双台支把张条套部辆瓶盒顶副]|它"), "it"),
]
# Words of asking and shopping that are not product words (beyond the language's own
# stop words in tradewinds.text).
_INTENT_WORDS = (
    "两个 两款 三个 几个 对比 区别 不同 介绍 详细 详情 说说 讲讲 推荐 多少钱 价格 钱 元 块 "
    "以下 以上 以内 之间 左右 便宜 贵 第一个 第二个 第三个 第一 第二 第三 最后 库存 有货 现货 "
    "类似 相似 同款 搭配 商品 东西 产品 材质 参数 规格 卖完 卖完了 缺货 断货 还有吗 孩子 小孩 "
    "哪 哪个 哪款 哪些 哪两个 哪几个 哪一个 哪一款 "
    # selling and buying verbs ("你们家卖手机吗", "想换个新的"): the asking, not the thing
    "卖 在卖 有卖 出售 家 换 想换 有些 "
    # when: the asking, not the thing ("现在有货吗")
    "现在 目前 当前 暂时"
)
# "几" and a measure word ("推荐几款", "有几种", "看几件"): how many, not what
_MEASURES = "个件台只张把条套本份块副顶辆部对种款样双支瓶盒"
_A_FEW = frozenset("几" + m for m in _MEASURES)
_THAT_ONE = re.compile(f"[这那]一?[{_MEASURES}]")  # "那台", "这一支": that one
_STOP = CHINESE_STOP_WORDS | frozenset(_INTENT_WORDS.split()) | _A_FEW


def _take(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str] | None, str]:
    """The first match of ``pattern`` and ``text`` with it cut out."""
    match = pattern.search(text)
    if match is None:
        return None, text
    return match, text[: match.start()] + " " + text[match.end() :]


def _reference(text: str) -> str | None:
    for pattern, name in _REFERENCES:
        if pattern.search(text):
            return name
    return None


# "你们家卖…吗", "店里有卖…": asking whether the shop sells, which jieba may cut as one
# word with the shop ("家卖")
_SELLING = re.compile(r"(?:你们|您们|你|您)?(?:家|店里?)?(?:有没有|有|在|还)?(?:卖|出售)")


def _query(text: str) -> str:
    """The product words of what is left: jieba words minus filler and punctuation (a
    word jieba keeps whole, "想买个", is looked at in its dictionary parts)."""
    text = _THAT_ONE.sub(" ", _SELLING.sub(" ", text))
    pieces = [
        part
        for word in cut_words(text)
        for part in (
            [word] if not has_chinese(word) or word in _STOP or len(word) < 3
            else (chinese_words(word) or [])
        )
    ]  # fmt: skip
    words = [
        w
        for w in pieces
        if w.lower() not in _STOP and re.search(r"[^\W_]", w) and not re.fullmatch(r"\d+", w)
    ]
    out = ""
    for word in words:
        glue = "" if out and has_chinese(out[-1]) and has_chinese(word[0]) else " "
        out = (out + glue + word) if out else word
    return out.strip()


# A numeral's or a buying verb's classifier (一个, 买台, 送他一个): the product follows it.
_COUNTED = re.compile(r"(?:[一两几]|买|要|来|送|挑|换)\s*(?:个|台|款|件|双|套|把|支|只|瓶|本|张|"
                      r"条|辆|部|盒|包|副|顶|组)")  # fmt: skip
_CLAUSES = re.compile(r"[，,。！？!?；;]")


def counted_thing(text: str) -> str:
    """Of a message of several clauses, the words after the classifier that counts the
    product ("我老公每天开车上班，想送他一个行车记录仪" → "行车记录仪"): the other clauses
    say who it is for and why, and their words would be searched for too. ``text`` itself
    when it has one clause or no classifier with product words after it, or when the
    thing counted ends in a one-character noun (床, 包, 灯: too general without the other
    clauses' "狗狗" or "露营").

    >>> counted_thing("要一个至少的吉他音箱，在家练电吉他用")
    '至少的吉他音箱'
    """
    clauses = [c for c in _CLAUSES.split(text) if c.strip()]
    if len(clauses) < 2:
        return text
    for clause in reversed(clauses):
        last = None
        for last in _COUNTED.finditer(clause):  # noqa: B007 - the last one counts
            pass
        thing = _query(clause[last.end() :]) if last is not None else ""
        if last is not None and thing and len((chinese_words(thing) or [thing])[-1]) >= 2:
            return clause[last.end() :]
    return text


def parse_chinese(message: str) -> Plan:
    """Read a Chinese message's intent and slots.

    >>> plan = parse_chinese("200元以下的红色外套")
    >>> plan.intent, plan.query, plan.max_price, plan.colour
    ('search', '外套', Decimal('200'), 'red')
    """
    from tradewinds.search import parse_query

    text = unicodedata.normalize("NFKC", message).replace("￥", "¥")
    plan = Plan(intent="search", language="zh")
    order, text = _take(_ORDER_REF, text)
    plan.age, text = shopper_age(text)
    plan.excluded, text = excluded_kind(text)
    if order:
        plan.order_ref = "#" + (order.group(1) or order.group(2))
    budget, text = take_budget(text)
    plan.min_price, plan.max_price = _decimal(budget.min_price), _decimal(budget.max_price)
    ranking, plan.measures, plan.sizes, text = read_measures(text)
    colour = chinese_colour(text)
    if colour:
        plan.colour = colour[1]
        text = text.replace(colour[0], " ", 1)
    english = parse_query(text)  # Latin words in a Chinese message: "red", "in stock"
    plan.colour = plan.colour or english.constraints.get("colour")
    if english.constraints.get("in_stock") == "true":
        plan.in_stock = True
    if english.constraints:
        text = english.text
    for size in plan.sizes:  # "5升的电饭煲": the size is a slot (its number was never a
        text = text.replace(size.text, " ", 1)  # product word); "20寸的" only refines
    _route(plan, text, message)
    if ranking is not None and plan.intent in ("search", "details", "ask"):
        # "A 和 B 哪个更轻": the products named, each found on its own, then ranked
        parts = [q for q in map(_query, _BETWEEN.split(text)) if q]
        if len(parts) >= 2:
            plan.query = COMPARE_SEPARATOR.join(parts)
    plan.text = message
    plan.around = _decimal(approximate_amount(message)) if plan.max_price is not None else None
    asking = bool(_QUESTION.search(message)) and (
        plan.reference == "it" or not _FINDING.search(message)
    )
    return ranked_or_asked(plan, ranking, message, asking=asking)


def _route(plan: Plan, text: str, message: str) -> None:
    """Set the intent (and reference, query) from the keywords left in ``text``."""
    if _DELIVERY.search(text) and (plan.order_ref or _ORDER.search(text) or _MINE.search(text)):
        plan.intent = "delivery"
        return
    about_rules = _POLICY.search(text) and not _MINE.search(text)  # "订单不满49美元运费多少"
    if plan.order_ref or (_ORDER.search(text) and not about_rules):
        plan.intent = "order"
        return
    if _POLICY.search(text) or _DELIVERY.search(text):  # "多久能送到": the store's times
        plan.intent, plan.query = "policy", message
        return
    if _HELP.fullmatch(text):
        plan.intent = "help"
        return
    if _SIMILAR.search(text):
        plan.intent = "recommend"
        plan.reference = _reference(_SIMILAR.sub(" ", text)) or "it"
        return
    plan.reference = _reference(text)
    # "保温杯有货吗" names the product; "有货吗" means the one shown
    pointed = plan.reference or (None if _query(text) else "it")
    if _COMPARE.search(text):
        plan.intent = "compare"
    elif _STOCK_QUESTION.search(text) or (plan.colour and _VARIANT.search(text)):
        plan.intent, plan.in_stock, plan.reference = "stock", None, pointed
    elif _DETAILS.search(text):
        plan.intent, plan.reference = "details", pointed
    elif _IN_STOCK.search(text):
        plan.in_stock = True
        text = _IN_STOCK.sub(" ", text)
    plan.query = _query(counted_thing(text) if plan.intent == "search" else text)
    if plan.intent == "compare":  # "比较A和B": A vs B, each found on its own
        parts = re.split(r"和|与|跟|还是|、|,|vs", _COMPARE.sub(" ", text))
        plan.query = COMPARE_SEPARATOR.join(q for q in map(_query, parts) if q)
    if _RECOMMEND.search(text) and plan.intent == "search":
        plan.query = _query(_RECOMMEND.sub(" ", text))
        if not plan.query and not plan.has_constraints():
            plan.intent = "recommend"
            return
    if plan.intent == "search" and plan.reference and not plan.query:
        plan.intent = "details" if plan.reference != "it" else "search"
