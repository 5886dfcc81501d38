"""Re-ranking after retrieval: understood boosts, merchandising rules, and sorts."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from tradewinds.search.documents import SearchDocument
from tradewinds.search.merchandising import ActiveRule
from tradewinds.search.retrieval import Candidate
from tradewinds.search.understanding import Understanding
from tradewinds.store.tables import RuleAction
from tradewinds.text import analyse

BOOST_FACTOR = 1.5


@lru_cache(maxsize=50_000)  # the same products come back across searches
def _words(text: str) -> frozenset[str]:
    return frozenset(analyse(text))


def _boost_matches(doc: SearchDocument, field_name: str, value: str) -> bool:
    if field_name == "category":
        return doc.category == value or doc.category.startswith(value + " > ")
    if field_name == "brand":
        return doc.brand.lower() == value.lower()
    words = _words(" ".join([doc.title, *doc.tags, *doc.attributes.values(), doc.category]))
    if field_name == "audience" and value == "kids":
        return bool(words & {"kid", "children", "child", "boy", "girl", "toddler", "youth"})
    return bool(_words(value) & words)


def apply_boosts(
    candidates: list[Candidate],
    docs: dict[int, SearchDocument],
    understood: Understanding,
    notes: dict[int, list[str]],
) -> list[Candidate]:
    boosts = understood.boosts()
    if not boosts:
        return candidates
    for c in candidates:
        doc = docs.get(c.id)
        for name, value in boosts.items():
            if doc is not None and _boost_matches(doc, name, value):
                c.score *= BOOST_FACTOR
                notes.setdefault(c.id, []).append(f"boost: {name}={value} x{BOOST_FACTOR:g}")
    return sorted(candidates, key=lambda c: (-c.score, c.id))


def apply_rules(
    candidates: list[Candidate],
    docs: dict[int, SearchDocument],
    rules: list[ActiveRule],
    notes: dict[int, list[str]],
    where: str,
    where_params: list[Any],
    index: Any,
    effects: list[tuple[int, ActiveRule]] | None = None,
) -> list[Candidate]:
    """Hide, boost, bury, then pin; each rule that changed a product is noted in ``notes``
    (text) and ``effects`` ((product id, rule), for the console's preview)."""
    effects = effects if effects is not None else []
    if not rules:
        return candidates
    kept = []
    for c in candidates:
        doc = docs.get(c.id)
        hidden = False
        for rule in rules:
            if doc is None or not rule.matches(doc):
                continue
            if rule.action is RuleAction.HIDE:
                hidden = True
            elif rule.action in (RuleAction.BOOST, RuleAction.BURY):
                c.score = (
                    c.score * rule.weight
                    if rule.action is RuleAction.BOOST
                    else c.score / rule.weight
                )
            else:
                continue
            notes.setdefault(c.id, []).append(rule.label())
            effects.append((c.id, rule))
        if not hidden:
            kept.append(c)
    kept.sort(key=lambda c: (-c.score, c.id))
    pins = sorted((r for r in rules if r.action is RuleAction.PIN), key=lambda r: r.position or 1)
    for rule in pins:
        assert rule.product_id is not None
        if rule.product_id not in docs:
            continue
        if where and not index.query(
            f"SELECT 1 FROM docs d WHERE d.id = ? AND {where}", (rule.product_id, *where_params)
        ):
            continue  # a pin never overrides the shopper's own filters
        pinned = next((c for c in kept if c.id == rule.product_id), Candidate(rule.product_id))
        kept = [c for c in kept if c.id != rule.product_id]
        kept.insert(min((rule.position or 1) - 1, len(kept)), pinned)
        notes.setdefault(rule.product_id, []).append(rule.label())
        effects.append((rule.product_id, rule))
    return kept


def sort_candidates(
    candidates: list[Candidate], docs: dict[int, SearchDocument], sort: str
) -> list[Candidate]:
    if sort == "relevance":
        return candidates
    present = [c for c in candidates if c.id in docs]
    keys = {
        "price_asc": lambda c: (docs[c.id].min_price, c.id),
        "price_desc": lambda c: (-docs[c.id].min_price, c.id),
        "newest": lambda c: (_neg_time(docs[c.id].created_at), c.id),
        "popularity": lambda c: (-docs[c.id].popularity, c.id),
    }
    return sorted(present, key=keys[sort])


def _neg_time(iso: str) -> float:
    return -datetime.fromisoformat(iso).timestamp() if iso else 0.0
