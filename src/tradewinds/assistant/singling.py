"""Which of the shown products a message singles out by more than their titles.

"How far does the steel Ridgeback one open?" after two Ridgeback tables: only one is
tagged or described as steel. "5公斤的多少钱" after three kettlebell sets: only one comes in
5 kg. "The cheaper of the two oak ones": the products whose titles share "oak" are the pool
the cheaper one is taken from. Words are compared as the search analyses them, sizes with
their units normalised (:mod:`tradewinds.assistant.variants`)."""

from __future__ import annotations

from tradewinds.assistant import tools
from tradewinds.assistant.facts import ProductCard, ProductDetails
from tradewinds.assistant.variants import mentioned_values
from tradewinds.text import analyse, has_chinese, parse_quantities, unit_dimension

POOL = 8  # shown products whose listings are read


def _distinct(token: str) -> bool:
    """A word that can tell products apart: no digits, no unit, 3+ letters (2+ Chinese)."""
    if any(ch.isdigit() for ch in token) or unit_dimension(token):
        return False
    return len(token) >= (2 if has_chinese(token) else 3)


def _words(*texts: str) -> set[str]:
    return {t for t in analyse(" ".join(texts)) if _distinct(t)}


def _listing_words(details: ProductDetails) -> tuple[set[str], set[str]]:
    """The words of a product's title, type and tags; then of its attribute and option
    values (what a merchant wrote to describe it, before what it is made of)."""
    values = [*details.attributes.values(), *(v.title for v in details.variants)]
    return _words(details.card.text), _words(*values)


def _only_one(said: set[str], listings: list[set[str]]) -> int | None:
    """The index of the one listing that has a said word no other listing has."""
    found = {
        i
        for i, words in enumerate(listings)
        for word in said & words
        if sum(word in other for other in listings) == 1
    }
    return found.pop() if len(found) == 1 else None


def _sized(details: ProductDetails, message: str) -> bool:
    """Whether the message names a size one of this product's variants comes in."""
    return any(
        parse_quantities(value)
        for variant in details.variants
        for value in mentioned_values(variant, message)
    )


def singled_by_title(words: str, shown: list[ProductCard]) -> ProductCard | None:
    """The one shown product whose title alone has a word of ``words`` ("what about the
    hybrid?" after four wiper blades: only one is a Hybrid); None when no word tells one
    of them from the others."""
    if len(shown) < 2:
        return None
    found = _only_one(_words(words), [_words(card.title) for card in shown])
    return shown[found] if found is not None else None


def singled_by_listing(
    ctx: tools.ToolContext, message: str, shown: list[ProductCard], *, sizes_only: bool = False
) -> ProductCard | None:
    """:func:`single_out` over the listings of the (first ``POOL``) shown products."""
    if len(shown) < 2:
        return None
    found = single_out(tools.details_of(ctx, shown[:POOL]), message, sizes_only=sizes_only)
    return found.card if found is not None else None


def single_out(
    details: list[ProductDetails], message: str, *, sizes_only: bool = False
) -> ProductDetails | None:
    """The one product that a size in ``message`` or a word of it points at: a size only
    its variants come in, else a word of its title, type or tags, else of its attribute
    or option values, that no other product's has. None when nothing tells exactly one
    apart. ``sizes_only``: by named sizes alone (a message with no product words,
    "5公斤的多少钱")."""
    if len(details) < 2:
        return None
    if parse_quantities(message):
        sized = [d for d in details if _sized(d, message)]
        if len(sized) == 1:
            return sized[0]
    if sizes_only:
        return None
    said = _words(message)
    described = [_listing_words(d) for d in details]
    tagged = _only_one(said, [tags for tags, _ in described])
    if tagged is None:
        tagged = _only_one(said, [tags | values for tags, values in described])
    return details[tagged] if tagged is not None else None


def named_subset(words: str, shown: list[ProductCard]) -> list[ProductCard]:
    """The shown products a word of ``words`` found in some of their titles but not all
    names ("the two oak ones" of four tables); all of ``shown`` when none does."""
    said = {t for t in analyse(words) if _distinct(t)}
    titles = [{t for t in analyse(card.title) if _distinct(t)} for card in shown]
    subset = set(range(len(shown)))
    for word in said:
        having = {i for i, title in enumerate(titles) if word in title}
        if 2 <= len(having) < len(shown):
            subset &= having
    kept = [card for i, card in enumerate(shown) if i in subset]
    return kept if len(kept) >= 2 else shown
