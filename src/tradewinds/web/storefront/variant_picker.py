"""Which variant of a product the shopper chose, and the option groups that choose it.

A product's variants differ by up to three options (Size, Colour, ...: Shopify's
``option1``-``option3`` with names in ``product_options``). The product page shows one radio
group per option in a GET form. Submitting it sends ``option1=…&option2=…``, which
:func:`chosen_variant` turns into that combination's variant (the page then redirects to
``?variant=<id>``, the one address of a choice). ``?variant=`` naming no variant of this
product (a stale link, another product's or another shop's id) falls back to the default
variant: the first one in stock, else the first.

Every choice in a group says whether it can be bought together with what is chosen in the
other groups: ``available``, ``sold_out`` (such a variant exists, none left) or
``unavailable`` (no variant has that combination). Choices are never disabled: with
JavaScript off the shopper must be able to pick a value that only exists with another
colour, then change the colour.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

MAX_OPTIONS = 3


@dataclass(frozen=True)
class Choice:
    """One option value in a group, e.g. ``M`` of Size."""

    value: str
    checked: bool
    state: str  # available, sold_out or unavailable


@dataclass(frozen=True)
class OptionGroup:
    """One radio group: ``position`` 1-3 (the form field is ``option<position>``)."""

    position: int
    name: str
    choices: list[Choice]


@dataclass(frozen=True)
class Selection:
    """What the shopper chose: the option values (one per position, "" for none) and the
    variant they make, ``None`` when no variant has that combination."""

    values: tuple[str, ...]
    variant: dict[str, Any] | None
    from_options: bool = False  # chosen by option fields, not ?variant= (worth a redirect)


def option_values(variant: dict[str, Any]) -> tuple[str, ...]:
    """A variant's option values by position, "" where it has none."""
    return tuple(variant["options"])


def default_variant(variants: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The variant a page shows first: the first one in stock, else the first."""
    sellable = [v for v in variants if v["stock"].kind != "sold_out"]
    return sellable[0] if sellable else (variants[0] if variants else None)


def chosen_variant(variants: Sequence[dict[str, Any]], query: Mapping[str, str]) -> Selection:
    """The selection of a request's ``query`` (``variant``, or ``option1``-``option3``).

    >>> from types import SimpleNamespace as NS
    >>> vs = [{"id": 7, "options": ["S", "Red", ""], "stock": NS(kind="in_stock")},
    ...       {"id": 8, "options": ["M", "Red", ""], "stock": NS(kind="in_stock")}]
    >>> chosen_variant(vs, {"variant": "8"}).variant["id"]
    8
    >>> chosen_variant(vs, {"option1": "M", "option2": "Red"}).variant["id"]
    8
    >>> chosen_variant(vs, {"option1": "L", "option2": "Red"}).variant is None
    True
    >>> chosen_variant(vs, {"variant": "99"}).variant["id"]  # not this product's: the default
    7
    """
    fields = [f"option{i}" for i in range(1, MAX_OPTIONS + 1)]
    if any(field in query for field in fields) and variants:
        used = _used_positions(variants)
        wanted = tuple(
            query.get(field, "").strip() if i in used else "" for i, field in enumerate(fields)
        )
        found = next((v for v in variants if option_values(v) == wanted), None)
        return Selection(wanted, found, from_options=True)
    wanted_id = query.get("variant", "")
    found = next((v for v in variants if wanted_id.isdigit() and str(v["id"]) == wanted_id), None)
    found = found or default_variant(variants)
    values = option_values(found) if found else ("",) * MAX_OPTIONS
    return Selection(values, found)


def option_groups(
    variants: Sequence[dict[str, Any]], names: Mapping[int, str], selection: Selection
) -> list[OptionGroup]:
    """The radio groups for ``variants`` (none for a product with a single variant).

    ``names`` maps positions to the merchant's option names ("" where none is recorded:
    the page then says "Option")."""
    if len(variants) < 2:
        return []
    groups = []
    for position in sorted(_used_positions(variants)):
        values = [
            value for value in dict.fromkeys(option_values(v)[position] for v in variants) if value
        ]
        choices = []
        for value in values:
            combination = list(selection.values)
            combination[position] = value
            match = next((v for v in variants if option_values(v) == tuple(combination)), None)
            state = "unavailable" if match is None else _state(match)
            choices.append(Choice(value, selection.values[position] == value, state))
        groups.append(OptionGroup(position + 1, names.get(position + 1, ""), choices))
    return groups


def _state(variant: dict[str, Any]) -> str:
    return "sold_out" if variant["stock"].kind == "sold_out" else "available"


def _used_positions(variants: Sequence[dict[str, Any]]) -> set[int]:
    """Positions (0-2) where some variant has a value."""
    return {i for v in variants for i, value in enumerate(option_values(v)) if value}
