# ruff: noqa: RUF001 - Chinese text is written with full-width punctuation
"""Findings that need no product facts: leaked model refusals, placeholder text, and
prices or stock written into copy (English and Chinese)."""

from __future__ import annotations

import re

from tradewinds.merchant.findings import Finding

_REFUSAL = re.compile(
    "|".join(
        [
            r"\bas an? (?:ai|artificial intelligence|language model|large language model|"
            r"ai (?:language )?model|ai assistant|assistant)\b",
            r"\bi(?:'m| am) (?:sorry|afraid),? (?:but )?i (?:can(?:'t|not)|am unable|won't)",
            r"\bi (?:can(?:'|no)t|cannot|am unable to|am not able to|won't be able to|"
            r"must decline to|do not have the ability to)\s+(?:help|assist|fulfil+|complete|"
            r"comply|provide|create|generate|write|produce|do that|process)",
            r"\b(?:fulfil+|complete|comply with) (?:this|that|your) request\b",
            r"\bagainst my (?:guidelines|programming|policy|policies)\b",
            r"\bmy (?:training data|knowledge cutoff)\b",
            r"\bi don't have (?:access to|enough information)\b",
            r"\b(?:openai|chatgpt|anthropic)'?s? (?:policy|policies|guidelines|content)",
            r"\bi apologi[sz]e,? but\b",
            r"\bi(?:'m| am) (?:unable|not able) to (?:verify|confirm|find|determine|access)\b",
            r"\bi(?: have|'ve) (?:left|omitted|removed|excluded) (?:it|this|that|them)\b",
            r"\bi (?:couldn't|could not|can't|cannot) (?:verify|confirm|find|determine)\b",
            r"\b(?:here is|here's) (?:the|your|a) (?:rewritten|revised|product) "
            r"(?:copy|description)\b",
        ]
    ),
    re.IGNORECASE,
)
_REFUSAL_ZH = re.compile(
    r"作为(?:一个|一名)?(?:AI|人工智能|语言模型|AI语言模型|AI助手|大语言模型)"
    r"|(?:很|非常)?抱歉[，,]?\s*(?:我|但我)(?:无法|不能|不可以)"
    r"|我(?:无法|不能|没有办法)(?:完成|满足|提供|生成|撰写|编写|处理|帮助|协助)(?:这个|此|您的)?(?:请求|要求|任务|内容)?"
    r"|无法(?:完成|满足)(?:这个|此|您的)?(?:请求|要求)"
    r"|违反(?:了)?(?:我的)?(?:使用)?(?:政策|准则|规定)",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(
    "|".join(
        [
            r"\blorem ipsum\b|\bdolor sit amet\b",
            r"\{\{[^{}]{0,40}\}\}|\{[A-Za-z_][\w ]{0,30}\}|\$\{[^}]{0,30}\}|<<[^<>]{0,30}>>",
            r"\[(?:[^\[\]]{0,30}(?:name|product|brand|insert|title|feature|benefit|material|"
            r"size|colou?r|price|keyword|description|number|here|your|placeholder)[^\[\]]{0,30})\]",
            r"\b(?:TBD|TBA|TODO|FIXME)\b|(?<![A-Za-z0-9])X{2,}(?![A-Za-z])",
            r"\binsert [\w ]{1,30} here\b|\b(?:your|the) product name here\b|\bplaceholder\b",
            r"【[^【】]{0,20}(?:名称|品牌|产品|插入|填写|占位|待定|关键词)[^【】]{0,20}】",
            r"\[[^\[\]]{0,20}(?:名称|品牌|产品|插入|填写|占位|待定|关键词)[^\[\]]{0,20}\]",
            r"待定|待补充|待填写|此处(?:填写|插入|输入)|在此(?:填写|插入|输入)|占位符|示例文本",
        ]
    ),
    re.IGNORECASE,
)
_MONEY = (
    r"(?:[$€£¥￥]\s?\d[\d,]*(?:\.\d{1,2})?"
    r"|\b\d[\d,]*(?:\.\d{1,2})?\s?(?:usd|eur|gbp|cny|rmb|dollars?|bucks|euros?)\b"
    r"|\d[\d,]*(?:\.\d{1,2})?\s?(?:元|块钱|美元|欧元|英镑))"
)
_PRICE = re.compile(
    _MONEY + r"|\b(?:(?:only|just|now|priced at|for|costs?)\s+)?(?:free shipping|on sale|"
    r"\d+%\s+off|half[- ]price|discount(?:ed)?|special offer|best price|lowest price|"
    r"sale price)\b|(?:原价|特价|售价|价格仅|仅售|折扣|打\d+折|[一二三四五六七八九]折|"
    r"包邮|优惠价|促销价|限时优惠|到手价|低至|买[一二两三四五\d]送[一二三四五\d]|第二件半价|满\d+减\d+)"
    r"|\bbuy \d+,? get \d+\b|\bbogo\b",
    re.IGNORECASE,
)
_STOCK = re.compile(
    r"\b(?:in stock|out of stock|sold out|back in stock|only \d+ (?:left|remaining)|"
    r"\d+ (?:left|remaining) in stock|limited stock|stock is limited|"
    r"while (?:stocks|supplies) last|"
    r"ships? (?:today|tomorrow|within \d+ (?:hours|days))|available now|pre-?order now|"
    r"selling fast|almost gone|low stock)\b"
    r"|\blast \d+ (?:units?|pieces|left|in stock)\b|\bonly a few left\b"
    r"|现货|有货|库存|仅剩|只剩|售罄|缺货|断货|补货|预售|限量\d*件|当天发货|今日发货|48小时发货|秒杀"
    r"|最后\d+件|仅剩\d+件|今日最后",
    re.IGNORECASE,
)


def _findings(pattern: re.Pattern[str], text: str, kind: str, fact: str) -> list[Finding]:
    return [Finding(kind, m[0], fact, "", start=m.start(), end=m.end())
            for m in pattern.finditer(text)]  # fmt: skip


def refusals(text: str) -> list[Finding]:
    """Model refusals and self-references leaked into the copy.

    >>> [f.claim for f in refusals("I'm sorry, but I can't fulfill this request.")]
    ["I'm sorry, but I can't", 'fulfill this request']
    """
    fact = "copy must not contain a model's refusal or self-reference"
    return _findings(_REFUSAL, text, "refusal", fact) + _findings(
        _REFUSAL_ZH, text, "refusal", fact
    )


def placeholders(text: str) -> list[Finding]:
    """Placeholder text: lorem ipsum, ``[Product Name]``, ``{{x}}``, TBD, 【品牌】, 待定.

    >>> [f.claim for f in placeholders("The [Product Name] is TBD")]
    ['[Product Name]', 'TBD']
    """
    return _findings(_PLACEHOLDER, text, "placeholder", "copy must not contain placeholder text")


def prices_and_stock(text: str) -> list[Finding]:
    """Prices, discounts and stock statements, which belong to the offer, not the copy.

    >>> [f.claim for f in prices_and_stock("Only $19.99 while supplies last! 现货")]
    ['$19.99', 'while supplies last', '现货']
    """
    found = _findings(_PRICE, text, "price_stock", "prices belong to the offer, not the copy")
    found += _findings(_STOCK, text, "price_stock", "stock belongs to the offer, not the copy")
    return sorted(found, key=lambda f: f.start)
