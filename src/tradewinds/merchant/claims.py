"""``material`` and ``feature`` findings: a material the copy says the product is made of
that no stated material agrees with, and a yes/no feature the copy says the opposite of.
Only stated facts are contradicted: a product that states no material has no material
finding."""

from __future__ import annotations

import re

from tradewinds.merchant._parts import unstated_part
from tradewinds.merchant.facts import Fact, ProductFacts
from tradewinds.merchant.findings import Finding
from tradewinds.merchant.variants import COLOUR_OPTION
from tradewinds.text import analyse, has_chinese, to_english
from tradewinds.text.features import feature_mentions, inclusions
from tradewinds.text.materials import material_families, materials_agree, materials_in

_NEUTRAL = frozenset(
    [
        "solid",
        "real",
        "natural",
        "genuine",
        "premium",
        "pure",
        "sturdy",
        "durable",
        "quality",
        "high-quality",
        "hard",
        "thick",
        "the",
        "a",
        "an",
        "of",
        "and",
        "with",
        "in",
        "from",
        "made",
        "100%",
        "recycled",
        "organic",
        "raw",
        "white",
        "black",
        "red",
        "dark",
        "light",
    ]
)
_COLOUR_BEFORE = re.compile(r"(?:\bin|\bor|,|/|、)\s*$", re.I)
_COLOUR_AFTER = re.compile(r"\s*(?:or\b|,|/|、|finish|colou?r|tone|款|色)", re.I)
_PART_KEY = re.compile(r"^(\w+)[ _](?:material|fabric)$", re.I)


def _stated_materials(facts: ProductFacts) -> list[tuple[str, Fact, bool]]:
    """Stated materials with their fact and whether the mention is bare ("wood", "solid
    wood") rather than qualified by a word we do not know ("paulownia wood", "S2 steel"),
    which makes a general material a specific one. Colour options ("Walnut", "Brass")
    name finishes, not materials."""
    stated = []
    for fact in facts.facts:
        if fact.source.startswith("option") and COLOUR_OPTION.search(fact.key):
            continue
        for mention in materials_in(fact.text):
            head = fact.text[: mention.start].rstrip("abcdefghijklmnopqrstuvwxyz")  # rubber|wood
            before = re.search(r"([A-Za-z0-9%-]+)[\s-]*$", head)
            # "Beech wood": the wood is beech, so "wood" here is not general
            bare = before is None or before[1].lower() in _NEUTRAL
            stated.append((mention.material, fact, bare))
    return stated


_BROAD = frozenset({"metal", "synthetic", "natural fibre", "animal", "plastic"})


def _alternatives(claimed: str, stated: str) -> bool:
    """Two materials of one kind, one instead of the other (leather and faux leather,
    stainless and carbon steel, solid and engineered wood): a claim of one contradicts
    the other whatever part it is said of."""
    shared = (material_families(claimed) & material_families(stated)) - _BROAD
    words = claimed.split()[-1] == stated.split()[-1]
    return bool(shared) or words


def _inside_value(text: str, start: int, end: int, values: set[str]) -> bool:
    lowered = text.lower()
    for value in values:
        if len(value.strip()) <= end - start:
            continue  # a value no longer than the word: judged by its context below
        for match in re.finditer(re.escape(value.strip()), lowered):
            if match.start() <= start and end <= match.end():
                return True
    return False


def _near_part(text: str, mention: object, parts: set[str]) -> bool:
    from tradewinds.text import to_chinese

    start, end = getattr(mention, "start", 0), getattr(mention, "end", 0)
    window = text[max(0, start - 16) : end + 16].lower()
    for key in parts:
        match = _PART_KEY.match(key)
        word = match[1].lower() if match else key
        if word[:5] in window or (to_chinese(word) and to_chinese(word) in window):
            return True
    return False


def material_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Materials in ``text`` that the product's stated materials contradict.

    A claim agrees with a stated material when it is that material or a family of it
    ("stainless" and "18/8 stainless steel", "metal" and copper), or a kind of a
    general material the product states bare ("oak" for "Material: Wood"; not for
    "paulownia wood").
    """
    stated = _stated_materials(facts)
    if not stated:
        return []
    parts = {m[1].key for m in stated if m[1].key and _PART_KEY.match(m[1].key)}
    offered = {
        value.lower()
        for f in facts.facts
        if f.source.startswith("option") and COLOUR_OPTION.search(f.key)
        for value in re.split(r"[:,]\s*", f.text)[1:]
    }
    # The material facts proper (attributes first) are what a wrong claim contradicts.
    primary = [s for s in stated if "material" in s[1].key.lower()] or stated
    facts_text = facts.text
    findings = []
    for mention in materials_in(text):
        if _inside_value(text, mention.start, mention.end, offered):
            continue  # "in Walnut or Rustic Oak": a colour offered, not a material
        if any(mention.text.lower() in v for v in offered) and (
            _COLOUR_BEFORE.search(text[max(0, mention.start - 6) : mention.start])
            or _COLOUR_AFTER.match(text[mention.end : mention.end + 10])
        ):
            continue  # "in Walnut or Rustic Oak": the colour offered, not a material
        if len(parts) == len({m[1].key for m in stated}) and not _near_part(text, mention, parts):
            continue  # only a part's material is stated ("handle material"), not this one's
        if any(
            materials_agree(mention.material, m) or (bare and materials_agree(m, mention.material))
            for m, _, bare in stated
        ):
            continue
        if unstated_part(text, mention.end, facts_text) and not any(
            _alternatives(mention.material, m) for m, _, _ in stated
        ):
            continue  # "rubber feet": a part the facts never mention, of another material
        _, fact, _ = primary[0]
        findings.append(Finding("material", mention.text, fact.text, fact.source,
                                start=mention.start, end=mention.end))  # fmt: skip
    return findings


def feature_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Yes/no features ``text`` says the opposite of what the product states.

    A feature stated both ways (yes in one place, no in another) is not judged.
    """
    stated: dict[str, tuple[bool, Fact]] = {}
    mixed: set[str] = set()
    for fact in facts.facts:
        for mention in feature_mentions(fact.text):
            if mention.feature in stated and stated[mention.feature][0] != mention.present:
                mixed.add(mention.feature)
            stated.setdefault(mention.feature, (mention.present, fact))
    findings = []
    seen: set[tuple[int, int]] = set()
    for mention in feature_mentions(text):
        said = stated.get(mention.feature)
        if said is None or mention.feature in mixed or said[0] == mention.present:
            continue
        if (mention.start, mention.end) in seen:
            continue
        seen.add((mention.start, mention.end))
        findings.append(Finding("feature", mention.text, said[1].text, said[1].source,
                                start=mention.start, end=mention.end))  # fmt: skip
    return findings


_GENERIC = frozenset(analyse("backup spare extra set box one two everything need all of"))


def _item_words(item: str) -> set[str]:
    if has_chinese(item):
        item = f"{item} {to_english(item)}"
    return set(analyse(item)) - _GENERIC


def inclusion_findings(facts: ProductFacts, text: str) -> list[Finding]:
    """Items the copy says come in the box that the product says do not, or the other
    way round ("Bulb included" against "Bulb: E26 (not included)"); ``feature``."""
    stated = []
    for fact in facts.facts:
        for said in inclusions(fact.text, fact.key):
            words = _item_words(said.item) | (_item_words(fact.key) if fact.key else set())
            stated.append((words, said.included, fact))
    if not stated:
        return []
    findings = []
    for claim in inclusions(text):
        words = _item_words(claim.item)
        for stated_words, included, fact in stated:
            if words & stated_words and included != claim.included:
                at = text.find(claim.text)
                findings.append(Finding("feature", claim.text, fact.text, fact.source,
                                        start=at, end=at + len(claim.text)))  # fmt: skip
                break
    return findings
