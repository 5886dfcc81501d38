"""Hybrid retrieval: BM25 and dense candidates, fused with a semantic-ratio knob.

``semantic_ratio`` (0 … 1) weighs the two signals: 0 is BM25 alone, 1 is dense alone.
Every candidate gets its exact cosine similarity (also those only BM25 found). The
default fusion (``score``) is a convex combination ``(1 - r) * bm25 / best_bm25 +
r * minmax(cosine)``; ``rrf`` is weighted reciprocal rank fusion,
``(1 - r) / (k + rank_bm25) + r / (k + rank_dense)``. On Home Depot the score fusion
beat RRF at r = 0.5 by 0.035-0.045 plain nDCG@10 at equal judged-only nDCG.
Dense candidates below ``min_similarity`` are dropped, so a query that matches nothing
lexically and nothing closely in meaning returns no results (and is logged as such).

Common terms (as Lucene's CommonTermsQuery): a query term found in more than
``common_share`` of the products (and in more than ``COMMON_MIN_DOCS``) is left out of
the lexical match when the query has rarer terms. FTS5 computes BM25 for every row of the
OR'ed posting lists, so "inch" (in 47 % of Home Depot titles) made "6 in. x 8 ft. cedar"
score 26,000 rows; such a term has an IDF near zero and ranks nothing. A query made only
of common words ANDs them, which bounds the rows scored by the rarest one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from tradewinds.core.errors import InvalidInput
from tradewinds.search.fts import fts_phrase
from tradewinds.search.index import ProductIndex
from tradewinds.search.synonyms import SynonymSet
from tradewinds.search.typos import TypoCorrector
from tradewinds.search.vectors import Vector
from tradewinds.text import analyse, has_chinese, to_english, translations

if TYPE_CHECKING:
    from tradewinds.search.ranker import Ranker

FUSIONS = ("rrf", "score")
COMMON_SHARE = 0.2  # a term in more than this share of the products is common ...
COMMON_MIN_DOCS = 2000  # ... if it is also in this many: below that, scoring it is cheap
# A listing found only through the query's translation scores this share of its BM25: the
# shopper's own words, where a listing has them, say more than a dictionary's gloss.
TRANSLATION_WEIGHT = 0.5
# The translation is used only when the shopper's own words match fewer listings than this:
# a Chinese query in a mostly Chinese shop is not pulled towards its few English listings.
FEW_MATCHES = 5


@dataclass(frozen=True)
class RetrievalParams:
    """Knobs of hybrid retrieval, validated on construction."""

    semantic_ratio: float = 0.5
    candidates: int = 200
    rrf_k: int = 60
    min_similarity: float = 0.35
    typo_tolerance: bool = True
    fusion: str = "score"
    common_share: float = COMMON_SHARE

    def __post_init__(self) -> None:
        if self.fusion not in FUSIONS:
            raise InvalidInput(f"Expected fusion in {', '.join(FUSIONS)}, got {self.fusion!r}.")
        if not 0.0 <= self.semantic_ratio <= 1.0:
            raise InvalidInput(f"Expected semantic_ratio in [0, 1], got {self.semantic_ratio}.")
        if not 1 <= self.candidates <= 5000:
            raise InvalidInput(f"Expected candidates in [1, 5000], got {self.candidates}.")
        if self.rrf_k < 1:
            raise InvalidInput(f"Expected rrf_k ≥ 1, got {self.rrf_k}.")
        if not -1.0 <= self.min_similarity <= 1.0:
            raise InvalidInput(f"Expected min_similarity in [-1, 1], got {self.min_similarity}.")
        if not 0.0 < self.common_share <= 1.0:
            raise InvalidInput(f"Expected common_share in (0, 1], got {self.common_share}.")


@dataclass(frozen=True)
class TermStats:
    """How many products contain each indexed term, and how many products there are."""

    df: Mapping[str, int]
    documents: int

    def is_common(self, term: str, share: float = COMMON_SHARE) -> bool:
        """Whether ``term`` (one token) is in more than ``share`` of the products, and
        in more than ``COMMON_MIN_DOCS`` of them."""
        count = self.df.get(term, 0)
        return count > COMMON_MIN_DOCS and count > share * self.documents

    @cached_property
    def holds_chinese(self) -> bool:
        """Whether any indexed term is Chinese (read once per statistics)."""
        return any(has_chinese(term) for term in self.df)


@dataclass
class QueryPlan:
    """How the query text was read: its tokens, typo corrections and synonym expansions."""

    text: str
    tokens: list[str]
    corrections: dict[str, list[str]] = field(default_factory=dict)
    synonyms: list[str] = field(default_factory=list)
    translations: list[str] = field(default_factory=list)
    common: list[str] = field(default_factory=list)
    match: str = ""
    translated_match: str = ""

    def explain(self) -> dict[str, Any]:
        return {
            "tokens": self.tokens,
            "corrections": self.corrections,
            "synonyms": self.synonyms,
            "translations": self.translations,
            "common_terms": self.common,
            "match": self.match,
        }


def plan_query(
    text: str,
    corrector: TypoCorrector | None = None,
    synonyms: SynonymSet | None = None,
    stats: TermStats | None = None,
    common_share: float = COMMON_SHARE,
    translate: bool = True,
) -> QueryPlan:
    """Analyse ``text`` and build the FTS5 expression: any token, correction, synonym or
    translation.

    With ``stats``, common tokens (see the module docstring) are left out of the
    expression when rarer terms remain, and listed in ``plan.common``. With ``translate``,
    the other language's words for the query (English glosses of Chinese words, Chinese
    words for English ones; see ``text.translations``) are matched too, by
    ``plan.translated_match``, so a Chinese query finds English listings and the reverse;
    with ``stats``, only translated tokens the index holds are kept.
    """
    tokens = analyse(text)
    plan = QueryPlan(text=text, tokens=tokens)
    terms: dict[str, bool] = {}  # FTS5 phrase -> common
    for token in dict.fromkeys(tokens):
        terms[fts_phrase(token)] = stats is not None and stats.is_common(token, common_share)
        if corrector is not None:
            fixes = corrector.corrections(token)
            if fixes:
                plan.corrections[token] = fixes
                for fix in fixes:  # stand-ins for an unknown word: always matched
                    terms.setdefault(fts_phrase(fix), False)
    if synonyms:
        for source, alternative in synonyms.expand(tokens):
            plan.synonyms.append(f"{' '.join(source)} → {' '.join(alternative)}")
            terms.setdefault(fts_phrase(" ".join(alternative)), False)
    if translate:
        plan.translations = _translations(text, tokens, stats)
        plan.translated_match = " OR ".join(fts_phrase(t) for t in plan.translations)
    rare = [phrase for phrase, common in terms.items() if not common]
    if rare:
        plan.common = [t for t in dict.fromkeys(tokens) if terms.get(fts_phrase(t))]
        plan.match = " OR ".join(rare)
    else:  # only common words: require them all
        plan.common = list(dict.fromkeys(tokens))
        plan.match = " AND ".join(terms)
    return plan


def _translations(text: str, tokens: list[str], stats: TermStats | None) -> list[str]:
    """The terms of ``text``'s translations that it lacks and the index can match.

    A one-word translation is a token; a longer one is its phrase and its head, the last
    word ("down jacket" adds "down jacket" and "jacket", not "down", which would find down
    booties): a gloss is rarely the listing's own phrase ("fish tank" for a "Glass Tank"),
    and BM25 still ranks listings with the whole phrase first.
    """
    if stats is not None and not stats.holds_chinese and not has_chinese(text):
        return []  # no Chinese listing to find: the dictionary need not even load
    found = []
    for words in translations(text):
        analysed = analyse(words)
        if not analysed or (stats is not None and not stats.df.get(analysed[-1], 0)):
            continue
        if len(analysed) > 1:
            found.append(" ".join(analysed))
        if analysed[-1] not in tokens:
            found.append(analysed[-1])
    return list(dict.fromkeys(found))


def settle_translation(
    index: ProductIndex, plan: QueryPlan, where: str = "", where_params: Sequence[Any] = ()
) -> bool:
    """Keep ``plan``'s translation only when its own words match fewer than
    ``FEW_MATCHES`` listings (under the same filters); True when it is kept."""
    if not plan.translated_match:
        return False
    if (
        plan.match
        and len(index.lexical(plan.match, FEW_MATCHES, where, where_params)) >= FEW_MATCHES
    ):
        plan.translated_match, plan.translations = "", []
        return False
    return True


def dense_query(text: str) -> str:
    """The text to embed for ``text``: a Chinese query with its English glosses added
    ("三脚架" → "三脚架 tripod"), so an English-only encoder still reads its meaning and a
    multilingual one reads it twice."""
    return f"{text} {to_english(text)}".strip() if has_chinese(text) else text


@dataclass
class Candidate:
    """A retrieved product with the evidence for its score (shown by ``--explain``)."""

    id: int
    score: float = 0.0
    lexical_rank: int | None = None
    lexical_score: float | None = None
    dense_rank: int | None = None
    similarity: float | None = None
    ranker_score: float | None = None

    def explain(self) -> dict[str, Any]:
        out = {
            "fused_score": round(self.score, 6),
            "bm25_rank": self.lexical_rank,
            "bm25_score": None if self.lexical_score is None else round(self.lexical_score, 4),
            "dense_rank": self.dense_rank,
            "similarity": None if self.similarity is None else round(self.similarity, 4),
        }
        if self.ranker_score is not None:
            out["ranker_score"] = round(self.ranker_score, 4)
        return out


def retrieve(
    index: ProductIndex,
    plan: QueryPlan,
    vector: Vector | None,
    params: RetrievalParams,
    where: str = "",
    where_params: Sequence[Any] = (),
    ranker: Ranker | None = None,
    stats: TermStats | None = None,
) -> list[Candidate]:
    """Fused candidates for ``plan`` (and the query's embedding), best first.

    ``where``/``where_params`` is an SQL condition on the ``docs`` table (alias ``d``)
    that every candidate must satisfy (filters). With a learned ``ranker`` (see
    ``ranker.py``) the top fused candidates are re-ordered by it (``stats`` gives its
    features their term weights).
    """
    ratio = params.semantic_ratio
    found: dict[int, Candidate] = {}
    if ratio < 1.0 and plan.match:
        scores = dict(index.lexical(plan.match, params.candidates, where, where_params))
        if plan.translated_match:  # listings in the other language, worth less
            for doc_id, score in index.lexical(
                plan.translated_match, params.candidates, where, where_params
            ):
                scores[doc_id] = scores.get(doc_id, 0.0) + TRANSLATION_WEIGHT * score
        ranked = sorted(scores.items(), key=lambda pair: -pair[1])[: params.candidates]
        for rank, (doc_id, score) in enumerate(ranked, start=1):
            found[doc_id] = Candidate(doc_id, lexical_rank=rank, lexical_score=score)
    if ratio > 0.0 and vector is not None:
        over_fetch = params.candidates * (4 if where else 1)
        hits = [h for h in index.dense(vector, over_fetch) if h[1] >= params.min_similarity]
        if where and hits:
            allowed = _satisfying(index, [h[0] for h in hits], where, where_params)
            hits = [h for h in hits if h[0] in allowed]
        for rank, (doc_id, similarity) in enumerate(hits[: params.candidates], start=1):
            candidate = found.setdefault(doc_id, Candidate(doc_id))
            candidate.dense_rank, candidate.similarity = rank, similarity
    if vector is not None and ratio > 0.0:
        missing = [c.id for c in found.values() if c.similarity is None]
        for doc_id, similarity in index.similarities(vector, missing).items():
            found[doc_id].similarity = similarity
    fused = fuse(list(found.values()), ratio, params.fusion, params.rrf_k)
    return ranker.rerank(index, plan, fused, stats) if ranker is not None else fused


def fuse(candidates: list[Candidate], ratio: float, fusion: str, rrf_k: int) -> list[Candidate]:
    """Set each candidate's ``score`` by ``fusion`` at ``ratio``; return them best first."""
    if fusion == "score":
        _score_fusion(candidates, ratio)
    else:
        for candidate in candidates:
            candidate.score = 0.0
            if candidate.lexical_rank is not None:
                candidate.score += (1.0 - ratio) / (rrf_k + candidate.lexical_rank)
            if candidate.dense_rank is not None:
                candidate.score += ratio / (rrf_k + candidate.dense_rank)
    return sorted(candidates, key=lambda c: (-c.score, c.id))


def _score_fusion(candidates: list[Candidate], ratio: float) -> None:
    """Convex combination of BM25 (scaled by the best) and cosine (min-max scaled)."""
    best = max((c.lexical_score or 0.0 for c in candidates), default=0.0) or 1.0
    sims = [c.similarity for c in candidates if c.similarity is not None]
    low, high = (min(sims), max(sims)) if sims else (0.0, 1.0)
    spread = (high - low) or 1.0
    for c in candidates:
        lexical = (c.lexical_score or 0.0) / best
        dense = ((c.similarity - low) / spread) if c.similarity is not None else 0.0
        c.score = (1.0 - ratio) * lexical + ratio * dense


def _satisfying(
    index: ProductIndex, ids: list[int], where: str, where_params: Sequence[Any]
) -> set[int]:
    marks = ",".join("?" * len(ids))
    rows = index.query(
        f"SELECT d.id FROM docs d WHERE d.id IN ({marks}) AND {where}", (*ids, *where_params)
    )
    return {int(r[0]) for r in rows}
