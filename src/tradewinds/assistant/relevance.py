"""How well a product matches the words of a query, to cut loose matches from results.

Hybrid search always returns something: when filters leave no good match, its dense half
fills the page with products that are merely near ("trail running shoes" in blue under
$100 finding sandals and earbuds). A product's *overlap* is how many of the query's
product words its title, type and tags contain (English words stemmed, Chinese words as
substrings); results keep those whose overlap is at least half the best overlap a search
for the query without filters found. A product written in another script than the query
(an English product for a Chinese query) cannot be judged by its words and is kept.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from tradewinds.assistant import tools
from tradewinds.assistant.audience import Ages
from tradewinds.assistant.facts import ProductCard
from tradewinds.text import cut_words, has_chinese, head_word, to_english

# Words that say who or why, not what: they never make a product a match.
_GENERIC_TEXT = (
    "gift gifts present presents idea ideas thing things stuff who likes like loves love "
    "enjoys into someone somebody kid kids child children boy girl son daughter "
    "he she him her his hers they them their mom mum mother dad father brother sister wife "
    "husband friend friends colleague coworker boss grandma grandpa uncle aunt niece nephew "
    "礼物 礼品 送礼 孩子 小孩 儿童 适合"
)
GENERIC = frozenset(_GENERIC_TEXT.split())


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def query_terms(query: str) -> list[str]:
    """The product words of ``query``: English words stemmed, Chinese words as jieba cuts
    them, generic words ("gift", "kids") left out.

    >>> query_terms("trail running shoes kids")
    ['trail', 'running', 'shoe']
    """
    terms: list[str] = []
    for word in re.findall(r"[^\W_]+", query.lower()):
        if has_chinese(word):
            pieces = [w for w in cut_words(word) if len(w) > 1 or not has_chinese(w)]
            terms += [w for w in pieces if w not in GENERIC]
        elif word not in GENERIC and not word.isdigit():
            terms.append(_stem(word))
    return list(dict.fromkeys(terms))


def overlap(card: ProductCard, terms: Sequence[str]) -> int | None:
    """How many of ``terms`` the card's words contain; None when the card is in another
    script than the terms (an English product for a Chinese query) and cannot be judged."""
    text = card.text.lower()
    chinese_terms = any(has_chinese(t) for t in terms)
    if chinese_terms != has_chinese(card.title):
        return None
    words = {_stem(w) for w in re.findall(r"[^\W_]+", text)}
    return sum(1 for t in terms if (t in text if has_chinese(t) else t in words))


def best_overlap(cards: Sequence[ProductCard], terms: Sequence[str]) -> int:
    """The highest overlap among ``cards`` (0 when none can be judged)."""
    return max((overlap(c, terms) or 0 for c in cards), default=0)


def close_matches(
    cards: Sequence[ProductCard], terms: Sequence[str], best: int
) -> list[ProductCard]:
    """The cards whose overlap is at least half of ``best``, in order; all of them when
    ``best`` is 0 (the query's words match nothing, so the words cannot judge)."""
    if best <= 0:
        return list(cards)
    need = math.ceil(best / 2)
    kept = []
    for card in cards:
        score = overlap(card, terms)
        if score is None or score >= need:
            kept.append(card)
    return kept


def cut_loose(
    ctx: tools.ToolContext,
    query: str,
    found: list[ProductCard],
    *,
    filtered: bool,
    age: Ages | None = None,
) -> tuple[list[ProductCard], list[ProductCard]]:
    """``found`` (results of ``query`` with filters when ``filtered``) without its loose
    matches, and the close matches of ``query`` without the filters (empty when not
    ``filtered``): the best of those sets the bar, and they are the closest alternatives
    when no filtered result clears it. The ``age`` filter is kept in both.
    """
    terms = query_terms(query)
    if not terms:
        return found, []
    unfiltered = tools.search_products(ctx, query, age=age, limit=5) if filtered else []
    best = best_overlap(unfiltered if filtered else found, terms)
    return close_matches(found, terms, best), close_matches(unfiltered, terms, best)


def same_kind(cards: list[ProductCard], query: str, need: int = 1) -> list[ProductCard]:
    """``cards`` whose title or product type has the query's head word ("the cheapest
    electric guitars": guitars, not electric guitar strings), when at least ``need`` do;
    else all of them. A Chinese query is read through its English words."""
    head = head_word(to_english(query) if has_chinese(query) else query)
    if not head:
        return cards
    # a Chinese title cannot be judged by an English head word: kept
    matches = [
        c for c in cards if head in (head_word(c.title), head_word(c.kind)) or has_chinese(c.title)
    ]
    return matches if len(matches) >= need else cards


def leave_out(cards: list[ProductCard], excluded: str) -> list[ProductCard]:
    """``cards`` without those of the kind the shopper left out ("not counting impact
    drivers": a card with every one of its words; a drill driver stays). A Chinese kind is
    read through its English words for English titles."""
    if not excluded:
        return cards
    kept = []
    for card in cards:
        kind = (
            excluded
            if has_chinese(excluded) == has_chinese(card.title)
            else (to_english(excluded) if has_chinese(excluded) else "")
        )
        terms = query_terms(kind)
        if not terms or (overlap(card, terms) or 0) < len(terms):
            kept.append(card)
    return kept
