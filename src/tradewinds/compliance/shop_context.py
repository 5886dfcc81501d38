"""Whether a text names something the tenant sells: the context that makes a scary word a
shopping word ("best knife for deboning", "这款杀虫剂对猫安全吗").

A shop's catalogue vocabulary is the analysed words (``text.tokens.analyse``: stemmed,
Chinese cut by jieba) of its published products' types, categories and tags, plus the
head noun (last word) of each English title. A text names the shop's goods when one of
its words is in that vocabulary; single Chinese characters, short Latin words and numbers
never count. Moderation raises the bar for blocking such a text (``shop_block_threshold``):
a question about buying or using what the shop sells is shopping, and still flagged when
it scores high.

The vocabulary is cached per tenant for ``CACHE_SECONDS``: a new product type counts
within that time in every process, without a restart.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from tradewinds.core.lru import TimedLRU
from tradewinds.store import Database, tenant_session
from tradewinds.store.tables import Category, Product, ProductStatus, ProductTag
from tradewinds.text.script import CJK_CLASS
from tradewinds.text.tokens import analyse

CACHE_SECONDS = 60.0
MAX_CACHED_TENANTS = 1024
_CJK_WORD = re.compile(CJK_CLASS + "{2,}")
_LATIN_WORD = re.compile(r"[a-z][a-z'-]{2,}")

_cache: TimedLRU[tuple[int, int], frozenset[str]] = TimedLRU(MAX_CACHED_TENANTS)


def _fold(token: str) -> str:
    """One spelling for a stem's singular and plural (the stemmer keeps "knive"/"knife")."""
    return token[:-2] + "fe" if token.endswith("ve") else token


def _words(text: str) -> list[str]:
    """The analysed words of ``text`` that can name goods (no single characters, numbers)."""
    return [
        _fold(token)
        for token in analyse(text)
        if _CJK_WORD.fullmatch(token) or _LATIN_WORD.fullmatch(token)
    ]


def vocabulary(names: list[str], titles: list[str]) -> frozenset[str]:
    """The goods words of a catalogue: every word of ``names`` (types, categories, tags)
    and each English title's last word.

    >>> sorted(vocabulary(["Kitchen Knives", "杀虫剂"], ["Fibrox 8-inch Chef's Knife"]))
    ['kitchen', 'knife', '杀虫', '杀虫剂']
    """
    words = {word for name in names for word in _words(name)}
    for title in titles:
        latin = [w for w in _words(title) if _LATIN_WORD.fullmatch(w)]
        if latin:
            words.add(latin[-1])
    return frozenset(words)


def catalogue_vocabulary(db: Database, tenant_id: int) -> frozenset[str]:
    """The tenant's goods words (cached ``CACHE_SECONDS``)."""
    key = (id(db.engine), tenant_id)
    hit = _cache.get(key, max_age=CACHE_SECONDS)
    if hit is not None:
        return hit
    with tenant_session(db, tenant_id) as session:
        live = (Product.status == ProductStatus.ACTIVE) & Product.published
        types = session.scalars(select(Product.product_type).where(live).distinct())
        titles = list(session.scalars(select(Product.title).where(live)))
        categories = session.scalars(select(Category.name))
        tags = session.scalars(select(ProductTag.tag).distinct())
        names = [n for n in (*types, *categories, *tags) if n]
    words = vocabulary(names, titles)
    _cache.put(key, words)
    return words


def sold_term(words: frozenset[str], text: str) -> str | None:
    """The longest word of ``text`` that is in the goods vocabulary ``words``, if any.

    >>> sold_term(frozenset({"knife"}), "which knives are best for deboning?")
    'knife'
    """
    if not words:
        return None
    return max((word for word in _words(text) if word in words), key=len, default=None)
