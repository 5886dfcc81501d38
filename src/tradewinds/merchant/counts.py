"""Counts of named things ("24 vents", "a 104-key layout", "SPF 70", "800 GSM") against
the product's counts of the same thing ("Vents: 18", "Layout: 75% (84 keys)", "SPF: 50").

A fact's count is a bare number in an attribute (the thing is the attribute's key) or a
number right before or after a word; a copy's count is judged only against a fact that
counts the same word (compared by stem), so a count of something the product does not
count is no contradiction."""

from __future__ import annotations

import re

from tradewinds.merchant.facts import ProductFacts
from tradewinds.merchant.findings import Finding
from tradewinds.merchant.quantities import prepare
from tradewinds.text import count_noun, counts

_BARE_VALUE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:$|[(,;])")


def count_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Counts in ``text`` that differ from the product's count of the same thing
    (``number_unit``)."""
    stated: dict[str, list[tuple[float, str, str, str | None]]] = {}
    for fact in facts.facts:
        if fact.key and fact.source.startswith("attribute"):
            value = fact.text.split(":", 1)[-1]
            bare = _BARE_VALUE.match(value)
            noun = count_noun(fact.key.replace("_", " ").split()[-1])
            if bare and noun:
                stated.setdefault(noun, []).append((float(bare[1]), fact.text, fact.source, None))
        for noun, number, _, _, _, qualifier in counts(prepare(fact.text)):
            stated.setdefault(noun, []).append((number, fact.text, fact.source, qualifier))
    findings = []
    for noun, number, claim, start, end, qualifier in counts(text):
        said = [
            s for s in stated.get(noun, []) if not (qualifier and s[3] and s[3] != qualifier)
        ]  # "2 clip points" is no count of "4 adjustment points"
        if not said or any(abs(number - n) < 1e-9 for n, _, _, _ in said):
            continue
        _, said_text, source, _ = said[0]
        findings.append(Finding("number_unit", claim, said_text, source, start=start, end=end))
    return findings
