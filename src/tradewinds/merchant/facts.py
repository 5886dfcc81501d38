"""A stored product's facts, as the copy checker reads them: each fact a short text with
the place it came from (an attribute, a description sentence, an option's values), so a
finding can say where the contradicted fact is written."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tradewinds.text import split_sentences

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tradewinds.store.tables import Product


@dataclass(frozen=True)
class Fact:
    """One stated fact: its text and where it came from.

    ``source`` reads like ``attribute material``, ``description sentence 2``,
    ``option Color`` or ``title``; ``key`` is the attribute key or option name, if any.
    """

    text: str
    source: str
    key: str = ""


@dataclass(frozen=True)
class ProductFacts:
    """Everything a product states about itself, as the checker reads it."""

    handle: str
    title: str
    attributes: tuple[tuple[str, str], ...] = ()
    description: str = ""
    options: tuple[tuple[str, tuple[str, ...]], ...] = ()
    product_type: str = ""
    weights_grams: tuple[int, ...] = ()
    facts: tuple[Fact, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not self.facts:
            object.__setattr__(self, "facts", tuple(self._facts()))

    def _facts(self) -> Iterable[Fact]:
        yield Fact(self.title, "title")
        for key, value in self.attributes:
            yield Fact(f"{key.replace('_', ' ')}: {value}", f"attribute {key}", key)
        for number, sentence in enumerate(split_sentences(self.description), start=1):
            yield Fact(sentence, f"description sentence {number}")
        for name, values in self.options:
            yield Fact(f"{name}: {', '.join(values)}", f"option {name}", name)

    def option_values(self, *names: str) -> tuple[str, ...]:
        """The values of the options whose name (lower case) is one of ``names``."""
        wanted = {n.lower() for n in names}
        return tuple(v for name, values in self.options if name.lower() in wanted for v in values)

    @property
    def text(self) -> str:
        """All facts as one text (for the words a product uses)."""
        return "\n".join(f.text for f in self.facts)


def facts_from_product(product: Product) -> ProductFacts:
    """The facts of a loaded ``Product`` (its attributes, options and variants loaded).

    Parameters
    ----------
    product
        A catalogue row, read in a tenant session.

    Returns
    -------
    ProductFacts
        Title, attributes, the description (Body HTML), option values in variant order
        and variant weights.
    """
    options: list[tuple[str, tuple[str, ...]]] = []
    variants = sorted(product.variants, key=lambda v: v.position)
    for option in sorted(product.options, key=lambda o: o.position):
        values: list[str] = []
        for variant in variants:
            value = getattr(variant, f"option{option.position}", None)
            if value and value not in values:
                values.append(value)
        if option.name.lower() != "title" and values:
            options.append((option.name, tuple(values)))
    return ProductFacts(
        handle=product.handle,
        title=product.title,
        attributes=tuple((a.key, a.value) for a in product.attributes),
        description=product.body_html or "",
        options=tuple(options),
        product_type=product.product_type or "",
        weights_grams=tuple(sorted({v.weight_grams for v in variants if v.weight_grams})),
    )


def product_facts(session: Session, handle: str) -> ProductFacts:
    """The facts of the stored product ``handle`` in the session's tenant.

    Raises
    ------
    NotFound
        The tenant has no product with that handle.
    """
    from tradewinds.store.queries import get_product

    return facts_from_product(get_product(session, handle))
