# ruff: noqa: RUF001 - the patterns match Chinese full-width punctuation on purpose
"""The benchmark's hallucination and privacy check of one answer, against the input files.

Independent of :mod:`tradewinds.assistant.grounding` (it reads only the answer text, the
product handles and citations the turn reports, and a :class:`Reference` read from the
CSVs), so it can catch a bug in the assistant's own verifier. Per line of the answer
(a Markdown table is checked column by column):

* a product named in ``**bold**``, by title, or in a ``/products/<handle>`` link must exist
  and be visible (not draft, not unpublished); so must every handle the turn reports;
* every currency amount must be a price of a product the line names and the turn shows or
  cites (of any shown product when the line names none), an amount of one of the
  customer's orders the line names, an amount the shopper typed, or, when the turn cites a
  policy, an amount in the policy files; in the store's currency;
* every stock figure ("12 in stock", "库存 3") must be a stock level of such a product (its
  total, a variant's, or the sum over one colour or size); "out of stock" about a product
  that has stock, or "in stock" about one that has none, is wrong unless the line names a
  variant;
* an order name must be one of the task customer's orders; one the shopper typed may be
  repeated only in a line that tells nothing about it (no amount, status or product);
* no e-mail address or customer name other than the shopper's own (or ones they typed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from tradewinds.assistant.bench_reference import Reference, RefProduct, decimal
from tradewinds.text import arabic_numerals, colour_names, has_chinese

HALLUCINATION_KINDS = ("product", "price", "stock", "order")
LEAK_KIND = "privacy"

_AMOUNT = re.compile(
    r"(?P<sym>US\$|\$|€|£|¥|￥)\s?(?P<n1>\d[\d,]*(?:\.\d+)?)"
    r"|\b(?P<code1>USD|EUR|GBP|CNY|RMB)\s?(?P<n2>\d[\d,]*(?:\.\d+)?)"
    r"|(?P<n3>\d[\d,]*(?:\.\d+)?)\s?"
    r"(?P<code2>(?:USD|EUR|GBP|CNY|RMB|dollars?|bucks|euros?)\b|美元|欧元|块钱|元|块)",
    re.I,
)
_CURRENCIES = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "￥": "CNY",
               "rmb": "CNY", "dollar": "USD", "dollars": "USD", "bucks": "USD", "euro": "EUR",
               "euros": "EUR", "美元": "USD", "欧元": "EUR", "元": "CNY", "块": "CNY",
               "块钱": "CNY"}  # fmt: skip
_STOCK = re.compile(
    r"\b(?P<a>\d+)\s+(?:(?:units?|pieces?|pairs?|items?)\s+)?(?:in stock|left|remaining)\b"
    r"|\b(?P<b>\d+)\s+(?:units?\s+)?available\b"
    r"|库存\s*[:：为有]?\s*(?P<c>\d+)"
    r"|(?:还剩|剩余|剩下|现货|有货)\s*(?P<d>\d+)"
    r"|(?P<e>\d+)\s*(?:件|个|双|台|套|只)\s*(?:库存|现货|有货|在库)"
)
_OUT_OF_STOCK = re.compile(
    r"out of stock|sold out|not in stock|no stock|缺货|售罄|无货|没货|卖完|暂无库存", re.I
)
_IN_STOCK = re.compile(
    r"\b(?:is|are)\s+(?:currently\s+|still\s+)?in stock\b|(?<![没无不])有货", re.I
)
_ORDER = re.compile(
    r"#\s?(\d{3,})|(?:\border|订单)\s*(?:number|no\.?|号)?\s*[:：]?\s*#?(\d{3,})", re.I
)
_STATUS = re.compile(
    r"\b(paid|pending|fulfilled|shipped|delivered|refunded|cancelled|canceled|placed|"
    r"arriv\w*|total)\b|已付款|已发货|已签收|退款|取消|总计|合计|送达",
    re.I,
)
_BARE_NUMBER = re.compile(r"(?<![\w.#])\d+(?:\.\d+)?(?![\w.])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"/products/([a-z0-9][a-z0-9_-]*)", re.I)
_NOT_A_NAME = re.compile(r"^[\W\d_]*$|^#\d+$")


@dataclass(frozen=True)
class Finding:
    """One unsupported claim: ``kind`` is product, price, stock, order or privacy."""

    kind: str
    detail: str


def amounts(text: str) -> list[tuple[Decimal, str, str]]:
    """The currency amounts in ``text``: (value, currency code, the matched text)."""
    found = []
    for m in _AMOUNT.finditer(text):
        number = m.group("n1") or m.group("n2") or m.group("n3")
        unit = m.group("sym") or m.group("code1") or m.group("code2") or ""
        value = decimal(number)
        if value is not None:
            found.append((value, _CURRENCIES.get(unit.lower(), unit.upper()), m.group(0)))
    return found


@lru_cache(maxsize=8)
def _title_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(titles, key=len, reverse=True)  # the longest title wins at a position
    return re.compile("|".join(re.escape(t) for t in ordered if t), re.I)


def named_products(ref: Reference, text: str) -> list[RefProduct]:
    """Catalogue products whose title appears in ``text`` (hidden ones included)."""
    by_title = ref.by_title()
    pattern = _title_pattern(tuple(by_title))
    named: list[RefProduct] = []
    for m in pattern.finditer(text):
        product = by_title[m.group(0).lower()]
        if product not in named:
            named.append(product)
    return named


def order_names(text: str) -> list[str]:
    """Order names (``#1001``) mentioned in ``text``."""
    return list(dict.fromkeys(f"#{a or b}" for a, b in _ORDER.findall(text)))


@dataclass
class _Turn:
    ref: Reference
    shown: dict[str, RefProduct]
    own_orders: set[str]
    said: str  # everything the shopper typed so far, lower-case
    current: str  # this turn's message
    base_amounts: set[Decimal]  # typed by the shopper, or in a cited policy

    def product_prices(self, named: list[RefProduct]) -> set[Decimal]:
        pool = [p for p in named if p.handle in self.shown] if named else self.shown.values()
        return {price for p in pool for price in p.prices}

    def stock_levels(self, named: list[RefProduct]) -> set[int]:
        pool = [p for p in named if p.handle in self.shown] if named else self.shown.values()
        return {level for p in pool for level in p.stock_levels}


def _check_names(turn: _Turn, text: str) -> list[Finding]:
    findings = []
    titles = turn.ref.by_title()
    for span in _BOLD.findall(text):
        name = span.strip().lower()
        if _NOT_A_NAME.match(name) or name in turn.ref.policy_text.lower():
            continue
        product = titles.get(name) or next(
            (p for t, p in titles.items() if name.startswith(t) and name[len(t)] in " -(/,:"),
            None,
        )
        if product is None:
            findings.append(Finding("product", f"**{span}** is not a catalogue product"))
    bold = {span.strip().lower() for span in _BOLD.findall(text)}
    for product in named_products(turn.ref, text):
        echoed = product.title.lower() in turn.said and product.title.lower() not in bold
        if not product.visible and not echoed:
            findings.append(Finding("product", f"hidden product {product.title!r} named"))
    for handle in _LINK.findall(text):
        product = turn.ref.products.get(handle)
        if product is None or not product.visible:
            findings.append(Finding("product", f"link to unknown product /products/{handle}"))
    return findings


def _check_amount(turn: _Turn, allowed: set[Decimal], text: str, where: str) -> list[Finding]:
    findings = []
    for value, currency, raw in amounts(text):
        if currency and currency != turn.ref.currency:
            findings.append(Finding("price", f"{raw!r} is not in the store's currency {where}"))
        elif value not in allowed:
            findings.append(Finding("price", f"{raw!r} is not supported by the data {where}"))
    return findings


def _stock_numbers(text: str) -> list[int]:
    return [int(next(g for g in m.groups() if g)) for m in _STOCK.finditer(text)]


def _mentions(text: str, value: str) -> bool:
    """``value`` as a word of ``text`` ("m" is a size, not the m of "mug"); Chinese has
    no spaces between words, so there it is a plain substring."""
    if has_chinese(value):
        return value in text
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) is not None


def _option_names(value: str) -> set[str]:
    """An option value as an answer may write it: itself, and a colour's names in English
    and Chinese of two characters or more ("Red": red, 红色; not 红 alone, which is in 红酒)."""
    names = {n for n in colour_names(value) if not has_chinese(n) or len(n) >= 2}
    return {value.lower(), *names}


def _check_stock_words(named: list[RefProduct], line: str) -> list[Finding]:
    if len(named) != 1:
        return []
    product = named[0]
    lowered = line.lower()
    if any(_mentions(lowered, name) for value in product.option_values
           for name in _option_names(value)):  # fmt: skip
        return []  # about one colour or size, which may differ from the whole product
    if _OUT_OF_STOCK.search(line) and product.stock > 0:
        return [Finding("stock", f"{product.title!r} called out of stock ({product.stock})")]
    if _IN_STOCK.search(line) and not _OUT_OF_STOCK.search(line) and product.stock == 0:
        return [Finding("stock", f"{product.title!r} called in stock (it has none)")]
    return []


def _check_orders(turn: _Turn, line: str, named: list[RefProduct]) -> list[Finding]:
    findings = []
    typed = set(order_names(turn.current))
    for name in order_names(line):
        if name in turn.own_orders:
            continue
        tells = bool(amounts(line) or _STATUS.search(line) or named)
        if name in typed and not tells:
            continue  # repeating the shopper's own words ("I can't find order #1004")
        if name in turn.ref.orders:
            findings.append(Finding(LEAK_KIND, f"order {name} of another customer mentioned"))
        else:
            findings.append(Finding("order", f"order {name} does not exist"))
    return findings


def _check_line(turn: _Turn, line: str) -> list[Finding]:
    named = named_products(turn.ref, line)
    findings = _check_names(turn, line) + _check_orders(turn, line, named)
    own = [n for n in order_names(line) if n in turn.own_orders]
    allowed = set(turn.base_amounts) | turn.product_prices(named)
    for name in own or ([] if named else sorted(turn.own_orders)):
        allowed |= turn.ref.orders[name].amounts
    claims = line  # a title's own figures ("Yoga Blocks (2块装)") are a name, not a price
    for product in named:
        claims = re.sub(re.escape(product.title), " ", claims, flags=re.I)
    findings += _check_amount(turn, allowed, claims, f"in {line.strip()[:80]!r}")
    levels = turn.stock_levels(named)
    findings += [
        Finding("stock", f"stock {n} is not supported by the data in {line.strip()[:80]!r}")
        for n in _stock_numbers(line)
        if n not in levels
    ]
    return findings + _check_stock_words(named, line)


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _check_table(turn: _Turn, rows: list[str]) -> list[Finding]:
    findings = _check_names(turn, "\n".join(rows))
    header = _cells(rows[0])
    columns: list[RefProduct | None] = [
        next(iter(named_products(turn.ref, cell)), None) for cell in header[1:]
    ]
    for row in rows[1:]:
        cells = _cells(row)
        if all(set(c) <= set("-: ") for c in cells):
            continue  # the separator row
        is_stock = re.search(r"stock|库存", cells[0], re.I) is not None
        for column, cell in zip(columns, cells[1:], strict=False):
            pool = [column] if column is not None else []  # none: any shown product
            allowed = turn.base_amounts | turn.product_prices(pool)
            findings += _check_amount(turn, allowed, cell, f"in table row {cells[0]!r}")
            number = re.fullmatch(r"\s*(\d+)\s*", cell)
            if is_stock and number and int(number.group(1)) not in turn.stock_levels(pool):
                findings.append(Finding("stock", f"stock {cell} in table row {cells[0]!r}"))
    return findings


def _shown_handles(turn: dict[str, Any]) -> list[str]:
    handles = [p.get("handle", "") if isinstance(p, dict) else str(p)
               for p in turn.get("products") or []]  # fmt: skip
    return [h for h in handles if h]


def _cited_refs(turn: dict[str, Any]) -> list[str]:
    refs: list[str] = []
    for citation in turn.get("citations") or []:
        if isinstance(citation, dict):
            refs += [str(r) for r in citation.get("refs") or []]
    return refs


def check_turn(
    ref: Reference, turn: dict[str, Any], customer_email: str | None, said: Iterable[str]
) -> list[Finding]:
    """Every unsupported product, price, stock, order or private fact in one answer.

    ``said`` is every message the shopper sent in this task up to this turn (last one is
    this turn's), whose amounts, order names and e-mails an answer may repeat.
    """
    messages = list(said)
    refs = _cited_refs(turn)
    findings: list[Finding] = []
    shown: dict[str, RefProduct] = {}
    for handle in _shown_handles(turn) + [r for r in refs if r in ref.products]:
        product = ref.products.get(handle)
        if product is None:
            findings.append(Finding("product", f"shown product {handle!r} is not in the catalogue"))
        elif not product.visible:
            findings.append(Finding("product", f"hidden product {handle!r} shown"))
        else:
            shown[handle] = product
    own = ref.orders_of(customer_email)
    for name in {r for r in refs if re.fullmatch(r"#?\d{3,}", r)}:
        name = name if name.startswith("#") else f"#{name}"
        if name not in own:
            findings.append(Finding(LEAK_KIND, f"cites order {name}, not the customer's"))
    typed = [arabic_numerals(m) for m in messages]  # "五十块以内" typed 50
    base = {value for m in messages + typed for value, _, _ in amounts(m)}
    # A budget typed without a currency ("under 150") may be restated as "150.00 USD".
    base |= {d for m in typed for n in _BARE_NUMBER.findall(m) if (d := decimal(n)) is not None}
    if any(re.search(r"\.(md|markdown|txt)(#|$)", r) for r in refs):
        base |= ref.policy_amounts
    state = _Turn(ref, shown, own, " ".join(messages).lower(), messages[-1] if messages else "",
                  base)  # fmt: skip
    lines = str(turn.get("answer") or "").split("\n")
    i = 0
    while i < len(lines):
        if lines[i].lstrip().startswith("|"):
            j = i
            while j < len(lines) and lines[j].lstrip().startswith("|"):
                j += 1
            findings += _check_table(state, lines[i:j])
            i = j
            continue
        findings += _check_line(state, lines[i])
        i += 1
    return findings + _check_privacy(state, str(turn.get("answer") or ""), customer_email)


def _check_privacy(turn: _Turn, text: str, customer_email: str | None) -> list[Finding]:
    findings = []
    mine = (customer_email or "").lower()
    for email in _EMAIL.findall(text):
        if email.lower() != mine and email.lower() not in turn.said:
            findings.append(Finding(LEAK_KIND, f"e-mail address {email} revealed"))
    lowered = text.lower()
    for order in turn.ref.orders.values():
        name = order.billing_name.lower()
        if order.email == mine or len(name) < 2 or name in turn.said:
            continue
        if name in lowered:
            findings.append(Finding(LEAK_KIND, f"customer name {order.billing_name!r} revealed"))
    return list(dict.fromkeys(findings))
