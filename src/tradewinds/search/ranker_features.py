"""Features of (query, candidate) pairs for the learned ranker (``ranker.py``).

Every feature comes from the query, the fused candidates retrieval produced (BM25 rank
and score, exact cosine, fused score) and the product's analysed text as the index stores
it (the FTS5 columns ``title``, ``details``, ``body`` hold the ``analyse``d tokens, so
nothing is re-analysed per search). Scores are also normalised within the query (relative
to the best, z-scored), because a BM25 of 12 means different things for different
queries. No product id, popularity or judgement-derived feature: a ranker must not learn
which products the training queries liked, only what makes a product match a query.

The feature order is part of a saved model (``FEATURES`` is stored with it).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import numpy as np

from tradewinds.text import analyse

if TYPE_CHECKING:
    from tradewinds.search.index import ProductIndex
    from tradewinds.search.retrieval import Candidate, QueryPlan

FEATURES: tuple[str, ...] = (
    # the query
    "query_terms",
    "query_chars",
    "query_numbers",
    "query_corrected",
    # retrieval evidence
    "bm25",
    "bm25_rel",
    "bm25_z",
    "bm25_log_rank",
    "has_bm25",
    "cosine",
    "cosine_gap",
    "cosine_z",
    "dense_log_rank",
    "fused",
    "fused_rel",
    "fused_log_rank",
    # query terms found in the product's text
    "title_cover",
    "title_idf_cover",
    "details_cover",
    "body_cover",
    "any_cover",
    "any_idf_cover",
    "title_bigrams",
    "title_phrase",
    "first_term_in_title",
    "last_term_in_title",
    "title_head_in_query",
    "title_first_in_query",
    "brand_in_query",
    "title_precision",
    "title_terms",
    "body_log_terms",
    "numbers_matched",
    "unit_mismatch",
    "title_trigram_jaccard",
)
_MISSING_RANK = 1000  # the rank of a candidate one list did not return


def _idf(df: int, documents: int) -> float:
    return math.log(1.0 + (documents - df + 0.5) / (df + 0.5))


def _trigrams(text: str) -> set[str]:
    padded = f" {text} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _z(values: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    spread = float(values.std())
    return (values - values.mean()) / spread if spread > 1e-9 else np.zeros_like(values)


def _is_number(token: str) -> bool:
    return token[:1].isdigit()


def _unit(token: str) -> str:
    """The unit of a joined number-unit token ("0.75inch" → "inch"), else ""."""
    if not _is_number(token):
        return ""
    unit = token.lstrip("0123456789.x")
    return unit if unit and unit.isalpha() else ""


def stored_text(index: ProductIndex, ids: Sequence[int]) -> dict[int, tuple[list[str], ...]]:
    """Analysed (title, details, body) tokens and the brand's tokens of ``ids``, from the index."""
    found: dict[int, tuple[list[str], ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = index.query(
            "SELECT f.rowid, f.title, f.details, f.body, d.brand FROM fts f "
            f"JOIN docs d ON d.id = f.rowid WHERE f.rowid IN ({marks})",
            chunk,
        )
        for rowid, title, details, body, brand in rows:
            found[int(rowid)] = (
                (title or "").split(),
                (details or "").split(),
                (body or "").split(),
                analyse(brand) if brand else [],
            )
    return found


def candidate_features(
    plan: QueryPlan,
    candidates: Sequence[Candidate],
    texts: Mapping[int, tuple[list[str], ...]],
    df: Mapping[str, int] | None = None,
    documents: int = 0,
) -> np.ndarray[Any, Any]:
    """The feature matrix (one row per candidate, columns as ``FEATURES``), float32.

    Parameters
    ----------
    plan
        The analysed query (its tokens and typo corrections).
    candidates
        Fused candidates, best first (their order gives ``fused_log_rank``).
    texts
        ``stored_text`` of the candidates (a missing product has empty text).
    df, documents
        Document frequencies and product count for IDF weights (without: all terms weigh 1).
    """
    n = len(candidates)
    out = np.zeros((n, len(FEATURES)), dtype=np.float64)
    if n == 0:
        return out.astype(np.float32)
    terms = list(dict.fromkeys(plan.tokens))
    # a term counts as found when it or one of its typo corrections is in the text
    variants = [{t, *plan.corrections.get(t, [])} for t in terms]
    weights = np.array(
        [_idf(df.get(t, 0), documents) if df and documents else 1.0 for t in terms] or [1.0]
    )
    query_bigrams = set(pairwise(plan.tokens))
    numbers = [t for t in terms if _is_number(t)]
    units = {_unit(t): t for t in numbers if _unit(t)}
    query_trigrams = _trigrams(" ".join(plan.tokens))
    term_set = set(terms)

    bm25 = np.array([c.lexical_score or 0.0 for c in candidates])
    cosine = np.array([c.similarity if c.similarity is not None else 0.0 for c in candidates])
    fused = np.array([c.score for c in candidates])
    out[:, 0] = len(terms)
    out[:, 1] = len(plan.text)
    out[:, 2] = len(numbers)
    out[:, 3] = float(bool(plan.corrections))
    out[:, 4] = bm25
    out[:, 5] = bm25 / (bm25.max() or 1.0)
    out[:, 6] = _z(bm25)
    out[:, 7] = [math.log1p(c.lexical_rank or _MISSING_RANK) for c in candidates]
    out[:, 8] = [c.lexical_rank is not None for c in candidates]
    out[:, 9] = cosine
    out[:, 10] = cosine.max() - cosine
    out[:, 11] = _z(cosine)
    out[:, 12] = [math.log1p(c.dense_rank or _MISSING_RANK) for c in candidates]
    out[:, 13] = fused
    out[:, 14] = fused / (fused.max() or 1.0)
    out[:, 15] = np.log1p(np.arange(1, n + 1))
    total_weight = float(weights.sum()) or 1.0
    empty: tuple[list[str], ...] = ([], [], [], [])
    for row, candidate in enumerate(candidates):
        title, details, body, brand = texts.get(candidate.id, empty)
        title_set, details_set, body_set = set(title), set(details), set(body)
        in_title = np.array([bool(v & title_set) for v in variants] or [False])
        in_details = np.array([bool(v & details_set) for v in variants] or [False])
        in_body = np.array([bool(v & body_set) for v in variants] or [False])
        anywhere = in_title | in_details | in_body
        count = max(len(terms), 1)
        title_bigrams = set(pairwise(title))
        head = next((t for t in reversed(title) if not _is_number(t)), "")
        values = out[row]
        values[16] = in_title.sum() / count
        values[17] = float((weights * in_title).sum()) / total_weight
        values[18] = in_details.sum() / count
        values[19] = in_body.sum() / count
        values[20] = anywhere.sum() / count
        values[21] = float((weights * anywhere).sum()) / total_weight
        values[22] = (
            len(query_bigrams & title_bigrams) / len(query_bigrams)
            if query_bigrams
            else in_title[0]
        )
        values[23] = _contains(title, plan.tokens)
        values[24] = bool(variants and variants[0] & title_set)
        values[25] = bool(variants and variants[-1] & title_set)
        values[26] = head in term_set
        values[27] = bool(title) and title[0] in term_set
        values[28] = bool(brand) and all(t in term_set for t in brand)
        values[29] = len(title_set & term_set) / len(title_set) if title_set else 0.0
        values[30] = len(title)
        values[31] = math.log1p(len(body))
        text_set = title_set | details_set | body_set
        values[32] = sum(t in text_set for t in numbers) / len(numbers) if numbers else 1.0
        values[33] = any(
            unit and token not in text_set and any(_unit(t) == unit for t in title_set)
            for unit, token in units.items()
        )
        title_trigrams = _trigrams(" ".join(title))
        union = len(query_trigrams | title_trigrams)
        values[34] = len(query_trigrams & title_trigrams) / union if union else 0.0
    return out.astype(np.float32)


def _contains(haystack: list[str], needle: list[str]) -> bool:
    """Whether ``needle`` occurs as a contiguous run of ``haystack``."""
    if not needle or len(needle) > len(haystack):
        return False
    width = len(needle)
    return any(haystack[i : i + width] == needle for i in range(len(haystack) - width + 1))
