"""The grounding verifier: before an answer leaves, every product, price, currency, stock
level and order fact in its text is checked against the tool results it cites.

A sentence (or table row) is the unit. Products are named in ``**bold**``; a bold name
that no tool returned drops the sentence. An amount must be the price of a product the
sentence names (or any product price, variant price or order total the tools returned
when it names none, or a budget the shopper gave); a wrong one is repaired from the data
when the sentence names exactly one product, else the sentence is dropped; an amount a
cited policy passage states may be repeated when no product is named. The same goes
for ``N in stock`` (``库存 N 件`` in Chinese answers). Amounts in Chinese text such as
``59.00 元`` or ``¥59.00`` are read as CNY, ``59 美元`` as USD. An order name (``#1001``)
must be one the tools returned, and a citation ``[n]`` must point at a tool result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from tradewinds.assistant.facts import ProductCard, ToolResult
from tradewinds.core.errors import TradewindsError
from tradewinds.core.money import Money

_CHINESE_STOPS = "。\uff01\uff1f"  # full stop, exclamation and question marks
_SENTENCE = re.compile(rf"(?<=[.!?])\s+(?=[A-Z*“\"-])|(?<=[{_CHINESE_STOPS}])\s*(?=\S)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_AMOUNT = re.compile(
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<code>[A-Z]{3})\b"
    r"|(?P<sym>[$€£¥￥])\s?(?P<num2>\d[\d,]*(?:\.\d+)?)"
    r"|(?P<num3>\d[\d,]*(?:\.\d+)?)\s?(?P<zh>美元|美金|元|块钱|块)"
)
# "4 in stock" and the Chinese templates' "库存 4 件" (also "还剩 4 件", "有货 4 件").
_STOCK = re.compile(
    r"\b(\d+)\s+(?:in stock|left|units? available)|(?:库存|还剩|剩余|有货)\s?(\d+)\s?件"
)
_ORDER = re.compile(r"#\d+")
_CITE = re.compile(r"\s?\[(\d+)\]")
_CURRENCIES = frozenset(
    [
        "USD",
        "EUR",
        "GBP",
        "CNY",
        "JPY",
        "CAD",
        "AUD",
        "CHF",
        "HKD",
        "SGD",
        "SEK",
        "NOK",
        "DKK",
        "NZD",
        "INR",
        "KRW",
        "MXN",
        "BRL",
        "PLN",
        "CZK",
        "TWD",
    ]
)
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "￥": "CNY"}
_CHINESE_UNITS = {"美元": "USD", "美金": "USD", "元": "CNY", "块钱": "CNY", "块": "CNY"}


@dataclass
class Verified:
    """The checked text and what the verifier changed (for logs and tests)."""

    text: str
    repairs: list[str] = field(default_factory=list)


@dataclass
class _Facts:
    cards: dict[str, ProductCard] = field(default_factory=dict)  # lower-case title
    prices: dict[int, set[Money]] = field(default_factory=dict)  # product id
    stocks: dict[int, set[int]] = field(default_factory=dict)
    orders: dict[str, set[Money]] = field(default_factory=dict)
    citations: set[int] = field(default_factory=set)
    quoted: set[Money] = field(default_factory=set)  # amounts in cited policy passages


def _facts(results: list[ToolResult]) -> _Facts:
    facts = _Facts()
    for r in results:
        facts.citations.add(r.n)
        for card in r.all_cards():
            facts.cards[card.title.lower()] = card
            facts.prices.setdefault(card.id, set()).add(card.price)
            facts.stocks.setdefault(card.id, set()).add(card.stock)
        for d in r.details:
            facts.prices[d.card.id] |= {Money(v.price_minor, v.currency) for v in d.variants}
            facts.stocks[d.card.id] |= {v.stock for v in d.variants}
        for o in r.orders:
            facts.orders[o.name] = {o.total, *o.line_prices}
        for passage in r.passages:  # "free over 99 元" quoted from a policy is its claim
            found = (_money(m) for m in _AMOUNT.finditer(passage.text))
            facts.quoted |= {amount for amount in found if amount is not None}
    return facts


def _money(match: re.Match[str]) -> Money | None:
    number = match.group("num") or match.group("num2") or match.group("num3") or ""
    number = number.replace(",", "")
    currency = (
        match.group("code")
        or _SYMBOLS.get(match.group("sym") or "")
        or _CHINESE_UNITS.get(match.group("zh") or "", "")
    )
    if currency not in _CURRENCIES:  # "2 USB", "3 LED" are not prices
        return None
    try:
        return Money.from_decimal(Decimal(number), currency)
    except (InvalidOperation, TradewindsError):
        return None


def _check(
    sentence: str, facts: _Facts, budget: set[Money], echoed: set[str], repairs: list[str]
) -> str | None:
    named = []
    for title in _BOLD.findall(sentence):
        card = facts.cards.get(title.lower())
        if card is None:
            repairs.append(f"dropped: unknown product {title!r}")
            return None
        named.append(card)
    for name in _ORDER.findall(sentence):
        if name not in facts.orders and name not in echoed:
            repairs.append(f"dropped: unknown order {name}")
            return None
    allowed: set[Money] = set(budget)
    for card in named:
        allowed |= facts.prices.get(card.id, set())
    if not named:
        allowed |= facts.quoted
        for prices in facts.prices.values():
            allowed |= prices
    for name in _ORDER.findall(sentence):
        allowed |= facts.orders.get(name, set())
    titles = [m.span() for m in _BOLD.finditer(sentence)]  # "瑜伽砖 (2块装)" is a name
    for match in reversed(list(_AMOUNT.finditer(sentence))):
        amount = _money(match)
        if amount is None or amount in allowed:
            continue
        if any(start <= match.start() < end for start, end in titles):
            continue
        if len(named) == 1:
            sentence = sentence[: match.start()] + str(named[0].price) + sentence[match.end() :]
            repairs.append(f"repaired price {match.group(0)!r} of {named[0].title!r}")
        else:
            repairs.append(f"dropped: unsupported amount {match.group(0)!r}")
            return None
    for match in list(_STOCK.finditer(sentence)):
        number = match.group(1) or match.group(2)
        quantity = int(number)
        if named and any(quantity in facts.stocks.get(c.id, set()) for c in named):
            continue
        if not named and any(quantity in s for s in facts.stocks.values()):
            continue
        if len(named) == 1:
            fixed = match.group(0).replace(number, str(named[0].stock), 1)
            sentence = sentence.replace(match.group(0), fixed, 1)
            repairs.append(f"repaired stock {quantity} of {named[0].title!r}")
        else:
            repairs.append(f"dropped: unsupported stock level {quantity}")
            return None
    for number in _CITE.findall(sentence):
        if int(number) not in facts.citations:
            sentence = re.sub(rf"\s?\[{number}\]", "", sentence)
            repairs.append(f"removed citation [{number}] that points at no tool result")
    return sentence


def _join(sentences: list[str]) -> str:
    """Sentences back into a line: a space after ". ", none after a Chinese "。"."""
    out = ""
    for sentence in sentences:
        glue = "" if not out or out[-1] in _CHINESE_STOPS else " "
        out += glue + sentence
    return out


def verify_answer(
    text: str,
    results: list[ToolResult],
    budget: list[Money] | None = None,
    echoed_orders: list[str] | None = None,
) -> Verified:
    """Check ``text`` against ``results``; repair or drop what they do not support.

    ``budget`` holds amounts the shopper named and ``echoed_orders`` order names they
    typed ("I can't find order #1002"): repeating the shopper's words claims nothing.
    """
    facts = _facts(results)
    repairs: list[str] = []
    lines: list[str] = []
    for line in text.split("\n"):
        kept = []
        for sentence in _SENTENCE.split(line) if not line.startswith("|") else [line]:
            checked = _check(sentence, facts, set(budget or []), set(echoed_orders or []), repairs)
            if checked is not None:
                kept.append(checked)
        if kept or not line.strip():
            lines.append(_join(kept))
    return Verified(text="\n".join(lines).strip(), repairs=repairs)
