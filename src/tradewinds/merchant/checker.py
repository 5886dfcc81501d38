"""The fact checker: one copy against one product's facts.

Every rule reads the same prepared text (numbers as digits) and returns findings; the
policy gives each its severity, and the verdict is ``contradiction`` when one blocks.
No model is used: every rule is a reading of the copy and the product's own data.
"""

from __future__ import annotations

import unicodedata

from tradewinds.core.errors import InvalidInput
from tradewinds.merchant.claims import feature_findings, inclusion_findings, material_findings
from tradewinds.merchant.counts import count_findings as counted_findings
from tradewinds.merchant.duplicates import DuplicateIndex
from tradewinds.merchant.facts import ProductFacts
from tradewinds.merchant.findings import KINDS, CopyCheck, CopyPolicy, Finding
from tradewinds.merchant.hygiene import placeholders, prices_and_stock, refusals
from tradewinds.merchant.numbers import number_findings
from tradewinds.merchant.quantities import prepare
from tradewinds.merchant.terms import (
    age_findings,
    certification_findings,
    compatibility_findings,
    term_spans,
    warranty_findings,
)
from tradewinds.merchant.variants import (
    colour_findings,
    count_findings,
    enumeration_findings,
    size_findings,
)

LANGUAGES = ("en", "zh")
"""Languages the checker reads."""


def _check_language(language: str | None) -> None:
    if language is not None and language not in LANGUAGES:
        raise InvalidInput(f"Unsupported language {language!r}; supported: {', '.join(LANGUAGES)}")


def _deduplicated(findings: list[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for finding in sorted(findings, key=lambda f: (KINDS.index(f.kind), f.start)):
        key = (finding.kind, finding.claim)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def check_copy(
    facts: ProductFacts,
    text: str,
    language: str | None = None,
    *,
    policy: CopyPolicy | None = None,
    duplicates: DuplicateIndex | None = None,
) -> CopyCheck:
    """Check a piece of listing copy against a product's facts.

    Parameters
    ----------
    facts
        The product's facts (:func:`product_facts` or :class:`ProductFacts`).
    text
        The copy: a title, bullets or a description, English or Chinese.
    language
        ``en`` or ``zh``; None reads either (the rules read both languages alike).
    policy
        Which kinds block publishing; :class:`CopyPolicy` by default.
    duplicates
        Other products' descriptions and copies, for ``near_duplicate`` findings.

    Returns
    -------
    CopyCheck
        The verdict and every finding, each naming the claim, the fact and its source.

    Raises
    ------
    InvalidInput
        ``language`` is not one the checker reads.
    """
    _check_language(language)
    policy = policy or CopyPolicy()
    prepared = prepare(unicodedata.normalize("NFKC", text))
    found = [*refusals(prepared), *placeholders(prepared), *prices_and_stock(prepared)]
    found += material_findings(facts, prepared)
    found += feature_findings(facts, prepared)
    found += inclusion_findings(facts, prepared)
    found += compatibility_findings(facts, prepared)
    found += age_findings(facts, prepared)
    found += certification_findings(facts, prepared)
    found += warranty_findings(facts, prepared)
    found += colour_findings(facts, prepared)
    found += size_findings(facts, prepared)
    found += enumeration_findings(facts, prepared)
    found += count_findings(facts, prepared)
    price_spans = [(f.start, f.end) for f in found if f.kind == "price_stock"]
    found += number_findings(facts, prepared, skip=term_spans(prepared) + price_spans)
    found += counted_findings(facts, prepared)
    if duplicates is not None:
        found += duplicates.findings(facts.handle, text, facts.text, facts.title)
    findings = [
        Finding(f.kind, f.claim, f.fact, f.source, policy.severity(f.kind), f.start, f.end)
        for f in _deduplicated(found)
    ]
    return CopyCheck(tuple(findings))
