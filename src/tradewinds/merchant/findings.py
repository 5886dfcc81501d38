"""What the copy checker returns: findings (each a claim, the fact it contradicts and
where that fact is written) and the verdict a policy draws from them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

KINDS = (
    "material",
    "number_unit",
    "feature",
    "compatibility",
    "age",
    "certification",
    "warranty",
    "colour_variant",
    "refusal",
    "placeholder",
    "price_stock",
    "near_duplicate",
)
"""Every kind of finding, in the order they are reported."""

CONTRADICTIONS = KINDS[:8]
"""Kinds that contradict a fact the product states."""

Severity = Literal["block", "warn"]
Verdict = Literal["ok", "contradiction"]


@dataclass(frozen=True)
class Finding:
    """One problem in a copy.

    ``claim`` is the span of the copy that says it; ``fact`` the product's words it
    contradicts (or what is wrong, for refusals, placeholders, prices and duplicates);
    ``source`` where that fact is written (``attribute material``, ``description sentence
    2``, ``option Color``, ``product other-handle``; empty for refusals and placeholders).
    """

    kind: str
    claim: str
    fact: str
    source: str
    severity: Severity = "block"
    start: int = -1
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        """The finding as a JSON object (without its offsets when unknown)."""
        data = asdict(self)
        if self.start < 0:
            del data["start"], data["end"]
        return data


@dataclass(frozen=True)
class CopyPolicy:
    """Which kinds of finding block publishing; every other kind only warns.

    The default blocks every contradiction of a stated fact, leaked refusals,
    placeholders and prices or stock in copy (they go stale the day the price changes,
    and may break price-display rules), and warns on near-duplicates (copy shared
    between variants of one line can be deliberate; the merchant decides).

    >>> CopyPolicy().severity("near_duplicate")
    'warn'
    >>> CopyPolicy(blocking=frozenset(KINDS)).severity("near_duplicate")
    'block'
    """

    blocking: frozenset[str] = field(default_factory=lambda: frozenset(KINDS) - {"near_duplicate"})

    def __post_init__(self) -> None:
        unknown = sorted(set(self.blocking) - set(KINDS))
        if unknown:
            raise ValueError(f"Unknown kinds {unknown}; expected some of {', '.join(KINDS)}")

    def severity(self, kind: str) -> Severity:
        """``block`` or ``warn`` for a kind of finding."""
        return "block" if kind in self.blocking else "warn"


@dataclass(frozen=True)
class CopyCheck:
    """The verdict on one copy: ``contradiction`` when any finding blocks."""

    findings: tuple[Finding, ...] = ()

    @property
    def verdict(self) -> Verdict:
        """``contradiction`` if a finding blocks publishing, else ``ok``."""
        return "contradiction" if any(f.severity == "block" for f in self.findings) else "ok"

    @property
    def kinds(self) -> list[str]:
        """The kinds found, once each, in ``KINDS`` order."""
        found = {f.kind for f in self.findings}
        return [k for k in KINDS if k in found]

    def to_dict(self) -> dict[str, Any]:
        """Verdict and findings as a JSON object."""
        return {"verdict": self.verdict, "findings": [f.to_dict() for f in self.findings]}
