"""Languages of the pages: which one a request gets, its message catalogue, money in it.

Page text is written in English in the templates (``{{ _("Search") }}``) and translated
through Babel message catalogues: ``locales/<lang>.po``, read with Babel at start-up (no
compile step). A request's language comes from ``?lang=``, then the ``tw_lang`` cookie
(set by ``?lang=``), then ``Accept-Language``; English is the fallback.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.messages.pofile import read_po
from babel.numbers import format_currency

from tradewinds.core.money import Money

LANGUAGES = ("en", "zh")
DEFAULT_LANGUAGE = "en"
LANG_COOKIE = "tw_lang"
# Babel locales used for number and currency formats.
_LOCALES = {"en": "en_US", "zh": "zh_Hans_CN"}
_CATALOGUES = Path(__file__).parent / "locales"


def pick_language(
    query_lang: str | None, cookie_lang: str | None, accept_language: str | None
) -> str:
    """The page language: an explicit choice, the remembered one, the browser's, or English."""
    for choice in (query_lang, cookie_lang):
        if choice in LANGUAGES:
            return choice
    return _from_accept_language(accept_language or "")


def _from_accept_language(header: str) -> str:
    """The supported language the browser prefers (``zh-CN,zh;q=0.9,en;q=0.8`` -> zh)."""
    best, best_q = DEFAULT_LANGUAGE, -1.0
    for position, item in enumerate(header.split(",")):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in LANGUAGES:
            continue
        weight = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        # Earlier entries win ties, as the header lists them in preference order.
        score = weight - position * 1e-6
        if weight > 0 and score > best_q:
            best, best_q = primary, score
    return best


@lru_cache(maxsize=len(LANGUAGES))
def messages(language: str) -> Mapping[str, str]:
    """msgid -> translation for ``language`` (empty for English, the source language)."""
    path = _CATALOGUES / f"{language}.po"
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=_LOCALES[language])
    found: dict[str, str] = {}
    for message in catalogue:
        if not message.id or message.fuzzy:
            continue
        # A plural entry is keyed by its singular; Chinese has one form (msgstr[0]).
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        text = message.string[0] if isinstance(message.string, tuple) else message.string
        if text:
            found[str(key)] = str(text)
    return found


def format_money(minor: int, currency: str, language: str) -> str:
    """``$19.99`` in English, ``US$19.99`` in Chinese; ``¥199.00`` for CNY in Chinese."""
    amount: Decimal = Money(minor, currency).amount
    return str(format_currency(amount, currency, locale=babel_locale(language)))


@lru_cache(maxsize=8)
def babel_locale(language: str) -> Locale:
    """The Babel locale of a page language (``en_US``, ``zh_Hans_CN``), for money, dates and
    times: parsed once (Babel parses a locale name on every call, ~0.6 ms; a page of
    cards formats dozens of prices)."""
    return Locale.parse(_LOCALES.get(language, _LOCALES["en"]))
