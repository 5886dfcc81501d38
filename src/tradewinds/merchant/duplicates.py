# ruff: noqa: RUF001 - Chinese punctuation and dashes in patterns
"""``near_duplicate`` findings: copy nearly identical to another product's copy or
description.

Texts are compared as sets of shingles (three words in a row; three Chinese characters in
a row), by how much of the copy the other text contains. A copy is a near-duplicate of
another product's text when that text contains most of it (``threshold``) and clearly
more of it than its own product's facts do, so two products sharing a template are not
flagged, and of two near-identical copies only the one that fits its own product worse
is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tradewinds.merchant.findings import Finding

_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[a-z0-9]+")
THRESHOLD = 0.8
MARGIN = 0.15
MIN_SHINGLES = 6
_LEADING_NAME = re.compile(r"^[^:：—|,，。.!?]{2,30}?(?:[:：|]|——|—|\s-\s)\s*")


def shingles(text: str) -> frozenset[str]:
    """The text's shingles: word trigrams, and Chinese character trigrams.

    >>> sorted(shingles("A b c d"))
    ['a b c', 'b c d']
    """
    lowered = text.lower()
    found = set()
    chars = _CJK.findall(lowered)
    found |= {"".join(chars[i : i + 3]) for i in range(len(chars) - 2)}
    words = _WORD.findall(lowered)
    found |= {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
    return frozenset(found)


def without_name(text: str, title: str) -> str:
    """``text`` without its product's name (the title, or its part before a dash or
    colon), so a copy with another product's name swapped in compares as the same text.

    >>> without_name("Trail Mug: keeps coffee hot", "Trail Mug")
    ' : keeps coffee hot'
    """
    for name in {title, re.split(r"\s[-–—|:]\s|[:：]", title)[0]}:
        name = name.strip()
        if len(name) >= 3:
            text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    # a name in another language leads the copy: "宝宝纪念盒——柔软亲肤…"
    return _LEADING_NAME.sub(" ", text, count=1)


def content_fit(text: str, own_facts: str, title: str = "") -> float:
    """How much of a copy's content its own product's facts speak of: the share of its
    words (stems; the product's name left out, as a copied text may carry a swapped name)
    found in the facts.

    >>> content_fit("Trail Mug: keeps coffee hot", "Keeps drinks hot for 6 hours", "Trail Mug")
    0.6667
    """
    from tradewinds.text import analyse

    name = set(analyse(title))
    words = set(analyse(text)) - name
    if not words:
        return 0.0
    return round(len(words & (set(analyse(own_facts)) - name)) / len(words), 4)


def containment(part: frozenset[str], whole: frozenset[str]) -> float:
    """The share of ``part``'s shingles that ``whole`` has."""
    return len(part & whole) / len(part) if part else 0.0


@dataclass(frozen=True)
class _Entry:
    handle: str
    source: str
    text: str
    shingles: frozenset[str]
    fit: float  # how much of it its own product's facts contain (1 for a description)
    named: bool = False  # it names its own product


@dataclass
class DuplicateIndex:
    """The texts copies are compared with: products' descriptions and other copies."""

    entries: list[_Entry] = field(default_factory=list)

    def add(self, handle: str, text: str, source: str, fit: float = 1.0, title: str = "") -> None:
        """Add one product's text (``source`` says what it is: description, copy id),
        compared without its own product's name (``title``)."""
        bare = without_name(text, title)
        grams = shingles(bare)
        if len(grams) >= MIN_SHINGLES:
            self.entries.append(_Entry(handle, source, text, grams, fit, bare != text))

    def findings(self, handle: str, text: str, own_facts: str, title: str = "") -> list[Finding]:
        """``text`` (a copy of ``handle``) as a near-duplicate of another product's text:
        of two near-identical texts, the one whose content fits its own product worse."""
        bare = without_name(text, title)
        named = bare != text
        grams = shingles(bare)
        if len(grams) < MIN_SHINGLES:
            return []
        own = containment(grams, shingles(own_facts))
        fit = content_fit(text, own_facts, title)
        best: tuple[float, _Entry] | None = None
        for entry in self.entries:
            if entry.handle == handle or (entry.text == text and entry.source == ""):
                continue
            # the smaller text's share: a copy with a name swapped in or out still counts
            share = len(grams & entry.shingles) / min(len(grams), len(entry.shingles))
            if share < THRESHOLD or share < own + MARGIN:
                continue
            # of two near-identical texts, the one that fits its product worse; on a tie,
            # the one that only adds its own name to the other's words
            if entry.fit < fit or (entry.fit == fit and not (named and not entry.named)):
                continue
            if best is None or share > best[0]:
                best = (share, entry)
        if best is None:
            return []
        share, entry = best
        excerpt = entry.text if len(entry.text) <= 160 else entry.text[:157] + "..."
        return [Finding("near_duplicate", text if len(text) <= 160 else text[:157] + "...",
                        f"{share:.0%} the same as: {excerpt}",
                        f"product {entry.handle} {entry.source}".strip())]  # fmt: skip
