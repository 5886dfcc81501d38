# ruff: noqa: RUF001 - en dashes are written in ranges
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
from tradewinds.text import STOP_WORDS, stem, unit_dimension

_NUMBER = r"(\d+(?:\.\d+)?)"
_WORD = r"([A-Za-z][A-Za-z]{2,})"
# ratios ("5.2:1 gear ratio", "1:16 scale") are no counts
_AFTER = re.compile(rf"(?<![\d.,/:–-])\b{_NUMBER}(?!:\d)(?:-|\s+)(?:([a-z]+)\s+)?{_WORD}\b")
_BEFORE = re.compile(rf"\b{_WORD}\s*:?\s*{_NUMBER}(?![\d.,/%:–-])(?!\s*[A-Za-z%–-])")
_BARE_VALUE = re.compile(rf"^\s*{_NUMBER}\s*(?:$|[(,;])")
_SKIPPED_WORDS = (
    "times percent per cent year month week day hour minute second step way inch people person time"
)
_SKIP = frozenset(stem(w) for w in _SKIPPED_WORDS.split())


def _noun(word: str) -> str | None:
    word = word.lower()
    if word in STOP_WORDS or unit_dimension(word) not in (None, "pieces"):
        return None
    noun = stem(word)
    return None if noun in _SKIP or len(noun) < 3 else noun


_Count = tuple[str, float, str, int, int, str | None]


def _counts(text: str) -> list[_Count]:
    """(noun, number, as written, start, end, the word qualifying the noun): "2 clip
    points" counts points qualified by clip (and clips), not "4 adjustment points"."""
    found: list[_Count] = []
    for match in _AFTER.finditer(text):
        if match[2] and unit_dimension(match[2]) not in (None, "pieces", "people"):
            continue  # "16 in laptops", "300 g unstrung": a measure, not a count
        # "12 dazzling experiments" counts experiments; "24 vents keep" counts vents
        first = _noun(match[2]) if match[2] else None
        for word, qualifier in ((match[2], None), (match[3], first)):
            noun = _noun(word) if word else None
            if noun:
                found.append((noun, float(match[1]), match[0], match.start(), match.end(),
                              qualifier))  # fmt: skip
    for match in _BEFORE.finditer(text):
        noun = _noun(match[1])
        if noun:
            found.append((noun, float(match[2]), match[0], match.start(), match.end(), None))
    return found


def count_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Counts in ``text`` that differ from the product's count of the same thing
    (``number_unit``)."""
    stated: dict[str, list[tuple[float, str, str, str | None]]] = {}
    for fact in facts.facts:
        if fact.key and fact.source.startswith("attribute"):
            value = fact.text.split(":", 1)[-1]
            bare = _BARE_VALUE.match(value)
            noun = _noun(fact.key.replace("_", " ").split()[-1])
            if bare and noun:
                stated.setdefault(noun, []).append((float(bare[1]), fact.text, fact.source, None))
        for noun, number, _, _, _, qualifier in _counts(prepare(fact.text)):
            stated.setdefault(noun, []).append((number, fact.text, fact.source, qualifier))
    findings = []
    for noun, number, claim, start, end, qualifier in _counts(text):
        said = [
            s for s in stated.get(noun, []) if not (qualifier and s[3] and s[3] != qualifier)
        ]  # "2 clip points" is no count of "4 adjustment points"
        if not said or any(abs(number - n) < 1e-9 for n, _, _, _ in said):
            continue
        _, said_text, source, _ = said[0]
        findings.append(Finding("number_unit", claim, said_text, source, start=start, end=end))
    return findings
