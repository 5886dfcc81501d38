# ruff: noqa: RUF001 - Chinese punctuation in patterns
"""What copy generation may say about a product: its facts read as *points*, each one
stated fact with where it came from, in the order a listing wants them.

A point is an attribute (``material: Stainless steel``), a ``Key: value`` item of the
description's lists that no attribute already states, an option's values (colours,
sizes), or one sentence of the description, kept verbatim in the language it is written
in. Nothing else is ever said: the templates only arrange and label these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tradewinds.merchant.facts import ProductFacts, facts_from_product
from tradewinds.text import detect_language, split_sentences

if TYPE_CHECKING:
    from tradewinds.store.tables import Product

# Inline tags join their text to the sentence around them; block tags end a line.
_INLINE = re.compile(r"</?(?:strong|b|em|i|span|a|u|small|mark|code)(?:\s[^>]*)?>", re.I)
_PAIR = re.compile(r"^([^:：。.!?]{1,40})[:：]\s*(.+)$")
_COLOUR_OPTIONS = frozenset({"color", "colour", "颜色", "顏色"})
_SIZE_OPTIONS = frozenset({"size", "尺码", "尺寸", "规格"})

# Attribute keys in the order a shopper looks for them; the rest keep the store's order.
_PRIORITY = (
    "material",
    "capacity",
    "volume",
    "dimensions",
    "size",
    "weight",
    "wattage",
    "power",
    "battery_life",
    "water_resistance",
    "age_range",
    "pieces",
    "players",
    "compatibility",
    "compatible_with",
    "certifications",
    "warranty",
)


@dataclass(frozen=True)
class Point:
    """One stated fact a copy may repeat.

    ``kind`` is ``attribute`` (``key``/``value``), ``colours`` or ``sizes`` (``values``),
    or ``sentence`` (``value`` verbatim, in ``language``).
    """

    kind: str
    key: str = ""
    value: str = ""
    values: tuple[str, ...] = ()
    language: str = ""
    source: str = ""


@dataclass(frozen=True)
class CopySource:
    """A product as generation reads it: its checked facts plus its vendor."""

    facts: ProductFacts
    vendor: str = ""

    @classmethod
    def of(cls, product: Product) -> CopySource:
        """The source of a loaded catalogue row (attributes, options, variants loaded)."""
        return cls(facts_from_product(product), (product.vendor or "").strip())

    @property
    def name(self) -> str:
        return " ".join(self.facts.title.split())

    @property
    def category(self) -> str:
        return " ".join(self.facts.product_type.split())

    def has_facts(self) -> bool:
        """Whether the product states anything beyond its name, vendor and category."""
        return bool(self.points())

    def points(self) -> list[Point]:
        """Every point, most useful first: attributes by priority, options, description."""
        facts = self.facts
        attributes = [
            Point("attribute", key, " ".join(value.split()), source=f"attribute {key}")
            for key, value in facts.attributes
            if value.strip()
        ]
        rank = {key: i for i, key in enumerate(_PRIORITY)}
        attributes.sort(key=lambda p: rank.get(_key(p.key), len(rank)))
        stated = {_key(p.key) for p in attributes}
        stated_values = {_key(p.value) for p in attributes}
        options: list[Point] = []
        for name, values in facts.options:
            lowered = name.strip().lower()
            kind = (
                "colours"
                if lowered in _COLOUR_OPTIONS
                else "sizes"
                if lowered in _SIZE_OPTIONS
                else ""
            )
            if kind and values:
                options.append(Point(kind, name, values=values, source=f"option {name}"))
                stated.add(_key(name))
            elif values:
                options.append(Point("attribute", name, ", ".join(values), source=f"option {name}"))
                stated.add(_key(name))
        described: list[Point] = []
        for number, line in enumerate(_description_lines(facts.description), start=1):
            pair = _PAIR.match(line)
            where = f"description line {number}"
            if pair and not _names(line, self.name):
                key, value = pair.group(1).strip(), pair.group(2).strip()
                if _key(key) not in stated and _key(value) not in stated_values and value:
                    described.append(Point("attribute", key, value, source=where))
                    stated.add(_key(key))
                continue
            for sentence in split_sentences(line):
                if _is_statement(sentence, self.name):
                    kind = "naming" if _names(sentence, self.name) else "sentence"
                    language = detect_language(sentence) or ""
                    described.append(Point(kind, value=sentence, language=language, source=where))
        return attributes + options + described


def _key(name: str) -> str:
    return "_".join(name.lower().replace("-", " ").split())


def _description_lines(description: str) -> list[str]:
    """The description's blocks as lines: inline tags dropped, block tags ending a line."""
    if not description.strip():
        return []
    joined = _INLINE.sub("", description)
    return [line for line in split_sentences(re.sub(r"<[^>]+>", "\n", joined)) if line]


def _is_statement(sentence: str, name: str) -> bool:
    """A description sentence worth repeating: a whole sentence that is not just the name."""
    bare = sentence.strip(" .。!！")
    if len(bare) < 4 or bare.lower() == name.lower():
        return False
    return bool(re.search(r"[.!?。！？]$", sentence.strip())) or len(bare.split()) >= 3


def _names(text: str, name: str) -> bool:
    """Whether ``text`` contains the product's name (case and spacing aside)."""
    return bool(name) and " ".join(name.lower().split()) in " ".join(text.lower().split())
