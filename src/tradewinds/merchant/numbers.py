"""``number_unit`` findings: a number with a unit in the copy that no stated fact of the
same dimension agrees with, after unit conversion and tolerant rounding.

A copy number is compared only with facts that measure the same dimension. It agrees
with one when it is within rounding of it (3 %, or half a step of the copy's last digit,
at most 10 %; 10 % when the copy says "about"/"nearly"/"约"), inside a stated range, or
on the right side of a bound the copy states ("at least 6 ft", "under 2 kg"). When none
agrees, it contradicts a fact only if it speaks of the same property (weight, battery,
capacity ...), or the facts of that dimension all come from one place; otherwise the
copy speaks of something the product does not state, which is no contradiction. A fact
read from an option (sizes offered) makes the finding ``colour_variant``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from tradewinds.merchant.facts import Fact, ProductFacts
from tradewinds.merchant.findings import Finding
from tradewinds.merchant.quantities import Measured, measured_in, prepare
from tradewinds.text import unit_dimension

# Dimensions that nearly always measure one property of a product
_ONE_PROPERTY = frozenset({"mass", "volume", "power", "voltage", "current", "charge", "energy",
                           "luminous", "sound", "data", "frequency", "torque", "area",
                           "people", "speed", "pieces", "bitrate", "temperature"})  # fmt: skip
_BRACKETED = re.compile(
    r"^\s*[(\uff08/]\s*(?:about|approx\.?|approximately|roughly|around|ca\.|~|≈|约|大约)?\s*$", re.I
)
_SKIP_KEY = re.compile(r"warrant|guarantee|(?:^|[\s_])ages?(?:$|[\s_])|保修|质保|年龄", re.I)


@dataclass(frozen=True)
class _Stated:
    quantity: Measured
    fact: Fact


def _tolerance(claim: Measured) -> float:
    if claim.approximate:
        return 0.1
    step = 0.5 * 10 ** (-claim.decimals) / claim.written if claim.written else 0.0
    return max(0.03, min(step, 0.1))


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance * max(abs(b), 1e-9)


def _agrees(claim: Measured, stated: Measured) -> bool:
    tolerance = _tolerance(claim)
    value, fact = claim.value, stated.value
    low = stated.range_low
    if low is not None and low * (1 - tolerance) <= value <= fact * (1 + tolerance):
        return True
    if claim.at_least:
        return fact >= value * (1 - tolerance) or (low is not None and low >= value)
    if claim.at_most:
        return min(fact, low if low is not None else fact) <= value * (1 + tolerance)
    if _close(value, fact, tolerance):
        return True
    return claim.range_low is not None and claim.range_low <= fact <= value


def stated_quantities(facts: ProductFacts) -> list[_Stated]:
    """The product's quantities, each with its fact (warranty and age facts left out)."""
    stated: list[_Stated] = []
    for fact in facts.facts:
        if fact.key and _SKIP_KEY.search(fact.key):
            continue
        for quantity in measured_in(prepare(fact.text)):
            if fact.key and fact.source.startswith("attribute"):
                words = fact.key.replace("_", " ")
                quantity = _with_properties(quantity, words)
            stated.append(_Stated(quantity, fact))
    for fact in facts.facts:  # "pieces: 3", "count: 24": a bare count in a count attribute
        bare = re.match(r"^[^:]*:\s*(\d+)\s*(?:$|[(,;])", fact.text)
        if (
            bare
            and fact.key
            and unit_dimension(fact.key.replace("_", " ").split()[-1])
            in (
                "pieces",
                "people",
            )
        ):
            dimension = unit_dimension(fact.key.replace("_", " ").split()[-1]) or "pieces"
            value = float(bare[1])
            stated.append(_Stated(Measured(value, dimension, bare[1], 0, 0, frozenset(),
                                           written=value), fact))  # fmt: skip
    if facts.weights_grams and not any(s.quantity.dimension == "mass" for s in stated):
        for grams in facts.weights_grams:
            fact = Fact(f"{grams} g", "variant weight")
            stated.extend(_Stated(q, fact) for q in measured_in(fact.text))
    return stated


def _with_properties(quantity: Measured, words: str) -> Measured:
    from dataclasses import replace

    from tradewinds.text.properties import properties_in

    return replace(quantity, properties=quantity.properties | properties_in(words))


def _finding(claim: Measured, stated: _Stated) -> Finding:
    kind = "colour_variant" if stated.fact.source.startswith("option") else "number_unit"
    return Finding(kind, claim.text, stated.fact.text, stated.fact.source,
                   start=claim.start, end=claim.end)  # fmt: skip


def _excluded(claim: Measured, spans: list[tuple[int, int]]) -> bool:
    return any(s < claim.end and claim.start < e for s, e in spans)


def _conversion_findings(
    claims: list[Measured], stated: list[_Stated], skip: list[tuple[int, int]], text: str
) -> list[Finding]:
    """A conversion in brackets that disagrees with the number before it ("25 ft (about
    10 m)"): the copy contradicts itself, and so the fact the first number states."""
    findings = []
    for first, second in pairwise(claims):
        if (
            first.dimension == second.dimension
            and _BRACKETED.match(text[first.end : second.start])
            and not _excluded(second, skip)
            and not _agrees(second, first)
            and not _agrees(first, second)
        ):
            fact = next((s for s in stated if _agrees(first, s.quantity)), None)
            if fact is not None:
                findings.append(_finding(second, fact))
    return findings


def number_findings(
    facts: ProductFacts, text: str, skip: list[tuple[int, int]] | None = None
) -> list[Finding]:
    """Numbers with units in ``text`` (prepared) that contradict the product's facts.

    ``skip`` holds spans already read as something else (a warranty, an age range).
    """
    stated = stated_quantities(facts)
    findings: list[Finding] = []
    claims = measured_in(text)
    done: set[tuple[int, int]] = set()
    for claim in claims:
        if _excluded(claim, skip or []):
            continue
        same = [s for s in stated if s.quantity.dimension == claim.dimension]
        if not same or any(_agrees(claim, s.quantity) for s in same):
            done.add((claim.start, claim.end))  # one reading agrees: the claim is true
            continue
        if not claim.properties & {"weight"}:
            # a variant's shipping weight judges only a claim that says it is the weight
            same = [s for s in same if s.fact.source != "variant weight"]
            if not same:
                continue
        related = [s for s in same if s.quantity.properties & claim.properties]
        sources = {s.fact.source for s in same}
        if related:
            candidates = related
        elif (len(sources) == 1 and claim.dimension != "duration") or (
            claim.dimension in _ONE_PROPERTY and not claim.properties
        ):
            candidates = same
        else:
            continue
        best = min(candidates, key=lambda s: abs(s.quantity.value - claim.value))
        findings.append(_finding(claim, best))
    findings += _conversion_findings(claims, stated, skip or [], text)
    # an ounce read both ways is fine if either reading agrees
    return [f for f in findings if (f.start, f.end) not in done]
