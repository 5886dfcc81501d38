"""Measured facts a product states (weight, capacity, battery life, power…), read from its
attributes, options, title and description with units normalised by :mod:`tradewinds.text`,
so products compare however their listings write the numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradewinds.assistant.facts import ProductDetails
from tradewinds.text import Quantity, analyse, counts, parse_quantities


@dataclass(frozen=True)
class Stated:
    """A value a product states: where (attribute name, "title", "description"), the text
    that says it, and the quantity in the dimension's base unit."""

    source: str
    text: str
    quantity: Quantity


# The attribute names that state a dimension of the product itself, in the analysed form
# of :func:`_words` (what it weighs, not what it carries).
_PLAIN_NAMES = {
    "mass": "weight 重量 净重",
    "length": "length 长度",
    "power": "power wattage 功率",
}
_PLAIN_EXTRA = "net product item total"  # "Net weight" is the product's weight too


def _plainly_named(source: str, dimension: str) -> bool:
    """Whether attribute ``source`` is named for ``dimension`` itself ("Weight", "Net
    weight"; not "Child weight" or "Max load")."""
    names = _PLAIN_NAMES.get(dimension)
    if names is None:
        return False
    said = _words(source)
    return bool(said & _words(names)) and said <= _words(f"{names} {_PLAIN_EXTRA}")


def stated(details: ProductDetails, dimension: str, *, plainest: bool = False) -> Stated | None:
    """The first value of ``dimension`` the product states (attributes and options first,
    then the title, then the description). An attribute giving several values ("20 L,
    30 L") counts with its largest. With ``plainest``, an attribute whose name is part of
    the first one's says it instead: "Weight" is what a stroller weighs, "Child weight"
    what it carries; and an attribute named for the dimension itself ("Weight" for mass)
    says it before any other ("Max load")."""
    first: Stated | None = None
    for source, text in details.quantity_sources():
        found = [q for q in parse_quantities(text) if q.dimension == dimension]
        if not found:
            continue
        best = max(found, key=lambda q: q.value) if source not in ("description",) else found[0]
        if plainest and _plainly_named(source, dimension):
            return Stated(source, text, best)  # "Weight" over a "Max load" listed first
        if first is None:
            first = Stated(source, text, best)
            if not plainest or source in ("title", "description"):
                return first
        elif source not in ("title", "description") and _words(source) < _words(first.source):
            return Stated(source, text, best)
    return first


def stated_count(details: ProductDetails, noun: str) -> Stated | None:
    """The product's count of ``noun`` (a stem: "bottl"), from its attributes, options and
    title first, then its description: "12-Bottle" in a title, "Bottles: 24" as an
    attribute ("Bottle capacity: 24" too: the name counts what a bare number does)."""
    for source, text in details.quantity_sources():
        found = [c for c in counts(text) if c.noun == noun]
        if not found and source not in ("title", "description"):
            bare = re.match(r"\s*(\d+(?:\.\d+)?)\s*(?:$|[(,;])", text)
            named = {c.noun for c in counts(f"1 {re.sub(r'[_-]+', ' ', source)}")}
            if bare and noun in named | _words(source):
                value = float(bare[1])
                return Stated(source, text, Quantity(value, "count", text.strip()))
        if found:
            count = found[0]
            return Stated(source, text, Quantity(count.value, "count", count.text))
    return None


# "160 x 70 x 75 cm": a box's sides, none of them the size a shopper names ("27寸的" is
# not a desk 70 cm deep)
_BOX = re.compile(r"\d\s*[x\u00d7*]\s*\d", re.I)


def states_size(details: ProductDetails, dimension: str, size: float, tolerance: float) -> bool:
    """Whether the attributes, options or title state ``size`` (base unit, within the
    relative ``tolerance``) for ``dimension``: a suitcase "20寸" in its title whose
    dimensions attribute gives 55 cm is the 20-inch one."""
    return any(
        q.dimension == dimension and abs(q.value - size) <= tolerance * size
        for source, text in details.quantity_sources()
        if source != "description" and not _BOX.search(text)
        for q in parse_quantities(text)
    )


def _words(text: str) -> set[str]:
    return set(analyse(re.sub(r"[_-]+", " ", text)))


def named_attribute(details: ProductDetails, words: str) -> tuple[str, str] | None:
    """The attribute whose name the shopper's ``words`` contain ("battery life" →
    ``battery_life``), the one sharing most words; None when no name shares one."""
    wanted = _words(words)
    best: tuple[int, str, str] | None = None
    for key, value in details.attributes.items():
        shared = len(wanted & _words(key))
        if shared and (best is None or shared > best[0]):
            best = (shared, key, value)
    return (best[1], best[2]) if best else None


def attribute_number(details: ProductDetails, key: str) -> float | None:
    """The value of attribute ``key`` as a number in its base unit (or a bare number)."""
    value = details.attributes.get(key)
    if value is None:
        return None
    found = parse_quantities(value)
    if found:
        return max(q.value for q in found)
    match = re.search(r"\d+(?:\.\d+)?", value.replace(",", ""))
    return float(match.group(0)) if match else None


def label(key: str) -> str:
    """An attribute key as a label: ``battery_life`` → "Battery life"."""
    text = re.sub(r"[_-]+", " ", key).strip()
    return text[:1].upper() + text[1:] if text.isascii() else text
