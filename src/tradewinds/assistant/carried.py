"""Whether the shop carries what a short query names: matches, closest alternatives
(labelled as such) or "we don't carry that", decided by the query's words and by meaning.

Meaning is the cosine between the query and each product's title, type and tags with the
``embed`` model (MiniLM). Its two thresholds were calibrated on real shopper queries with
human relevance ratings (CrowdFlower, 126 queries; ``benchmarks/assistant_relevance.py``):
the best product rated fully relevant scores a median 0.757, the nearest product of a shop
that does not carry the thing a median 0.592; 0.65 separates the two best (balanced
accuracy 0.81). No carried query scored below 0.293 (1 % below 0.474), so only below that
floor is the answer "we don't carry it"; in between, the nearest products are offered as
closest alternatives, labelled (a mug for "coffee cup" scores 0.38). Long, conversational needs
("something to keep my dog busy while I'm at work") are not judged this way: the
calibration is for short product queries, and a long sentence scores lower against a
title whatever the shop has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradewinds.assistant import tools
from tradewinds.assistant.facts import ProductCard
from tradewinds.assistant.intents import cue
from tradewinds.assistant.relevance import GENERIC, overlap, query_terms
from tradewinds.assistant.semantic import similarities
from tradewinds.assistant.variants import is_size_word
from tradewinds.text import analyse, has_chinese, head_word, to_english

MATCH = 0.65  # at or above: the shop carries it
ALTERNATIVE = 0.29  # at or above (and below MATCH): closest alternatives, labelled
MAX_JUDGED_TERMS = 4  # longer queries are needs, not product names: not judged here
HALF = 0.5  # a product with at least half of the query's words is a match by words


@dataclass(frozen=True)
class Carried:
    """``kind`` is "match", "alternatives" or "none"; ``cards`` the products to show."""

    kind: str
    cards: list[ProductCard]


# nouns that name a packaging, not the thing ("building kit", "knife set")
_CONTAINERS = frozenset(["kit", "set", "pack", "bundle", "combo", "piece", "box", "collection"])
_PHRASAL = re.compile(r"\b(?:for|with|without|in|of|to|from|on|by)\b", re.I)


def _nouns(said: list[str]) -> list[str]:
    """The words that name the thing: not sizes, numbers or packagings ("kit", "set")."""
    return [t for t in said if not is_size_word(t) and not any(ch.isdigit() for ch in t)
            and t not in _CONTAINERS]  # fmt: skip


def _head_covered(wording: str, said: list[str], covered: set[str]) -> bool:
    """An English noun phrase names its thing last ("electric toothbrush"): a product
    with only the modifier ("electric") does not carry it. Phrases with a preposition
    ("shoes for running") and Chinese are not judged this way."""
    if has_chinese(wording) or _PHRASAL.search(wording):
        return True
    heads = _nouns(said)
    return len(heads) < 2 or heads[-1] in covered  # "harness XL": the harness


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _names(card: ProductCard, word: str) -> bool:
    """Whether ``card`` names the thing ``word`` is, not something for it: a Chinese
    compound names its thing last ("手机支架" is a stand, "蓝牙耳机" earphones), so in the
    title, category, type or tags the word must end a run of Chinese characters. Other
    words: any overlap."""
    if not has_chinese(word):
        return bool(overlap(card, [word]))
    names = f"{card.title} {card.category} {card.text}"
    return any(run.endswith(word) for run in _HAN_RUN.findall(names))


MAX_NAMING_WORDS = 4  # a message this short is the name of what is wanted ("olympic barbell?")


def _asks_for_a_thing(message: str) -> bool:
    """Whether ``message`` asks for a thing by name ("do you sell snow chains?", "got any
    rowing machines?", "drum kits?"), not about a need ("I'm allergic to latex")."""
    if not message or len(re.findall(r"[^\W_]+", message)) <= MAX_NAMING_WORDS:
        return True
    return cue("ask", "en", "finding").search(message) is not None


def _is_kind(card: ProductCard, head: str) -> bool:
    """Whether ``card`` is a ``head``: its title's, type's or a category level's head word
    ("Cups" of "Kitchen > Cups & Mugs" for a mug titled "Enamel Camp Mug"). A Chinese
    title cannot be judged by English words: it may be one."""
    if not head or has_chinese(card.title) or head in (head_word(card.title), head_word(card.kind)):
        return True
    return any(head == head_word(level) for level in card.category.split(">"))


def _other_kind(found: list[ProductCard], head: str) -> bool:
    """Whether none of ``found`` is a ``head``, and ``head`` is not a brand or line (a
    title's first word: "the voltboost 3000A")."""
    brands = {next(iter(analyse(card.title)), "") for card in found}
    return head not in brands and not any(_is_kind(card, head) for card in found)


def judge(
    ctx: tools.ToolContext, query: str, found: list[ProductCard], message: str = ""
) -> Carried | None:
    """The verdict on ``found`` (a search for ``query``, which ``message`` asked for), or
    None when this query is not judged (long, no product words, or no model) and the
    caller keeps what it found. When no product found is the kind of thing the message
    names (its head word, English), the shop does not carry it."""
    terms = query_terms(query)
    words = re.findall(r"[^\W_]+", query.lower())
    chinese = [w for w in terms if has_chinese(w)]
    if has_chinese(query):  # no spaces: count its words
        words = chinese + [w for w in words if not has_chinese(w)]
    if not found or not terms or len(words) > MAX_JUDGED_TERMS or any(w in GENERIC for w in words):
        return None  # a need ("a gift for my brother who cycles"), not a product's name
    english = to_english(query) if has_chinese(query) else query
    # no product found is the thing the message names (its head word; English only)
    head = (
        head_word(message or query) if not has_chinese(query) and _asks_for_a_thing(message) else ""
    )
    other_kind = bool(head) and head in analyse(query) and _other_kind(found, head)
    for wording in {query, english} if not other_kind else ():
        said = query_terms(wording)
        # at least half of the words are in the products found, one product or several
        # ("mug fleece jacket" asks for three things)
        covered = {t for t in said for card in found if _names(card, t)}
        # two words, one of them missing: "microwave oven" is not a Dutch oven; meaning
        # decides ("camping mug" and "enamel camp mug" are close)
        nouns = _nouns(said)
        modifier_missing = len(nouns) == 2 and len(covered & set(nouns)) == 1
        if (said and len(covered) >= HALF * len(said) and not modifier_missing
                and _head_covered(wording, said, covered)):  # fmt: skip
            return Carried("match", found)
    judged = [c for c in found if not has_chinese(c.title)] if english != query else found
    if chinese and not judged and any(has_chinese(c.title) for c in found):
        # Chinese titles the model cannot read, none naming what was asked: closest only
        return Carried("alternatives", found[:3])
    if not english or not judged:
        return None
    meaning = similarities(ctx.settings, english, [c.text for c in judged])
    if meaning is None:
        return None
    near = [c for s, c in zip(meaning, judged, strict=True) if s >= ALTERNATIVE]  # search order
    best = max(meaning)
    if best >= MATCH:  # the shop has it: what the search found stands
        return Carried("match", found)
    if other_kind:  # "snow chains for tires": tire inflators are not chains
        return Carried("none", [])
    if best >= ALTERNATIVE:
        return Carried("alternatives", near[:3])
    return Carried("none", [])
